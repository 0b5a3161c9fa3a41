package dev.rounds.template;

import dev.rounds.content.ScholarlyLinks;
import dev.rounds.content.Transparency;
import freemarker.template.utility.StringUtil;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * References in Vancouver style, with {@code https://doi.org/…} and PubMed links. Nothing is
 * looked up: the entry shows what its author wrote.
 */
final class References {
    private static final DateTimeFormatter CITED = DateTimeFormatter.ofPattern("yyyy MMM d", Locale.ENGLISH);

    private References() {
    }

    /** The reference as one line of HTML in Vancouver style. */
    static String html(Transparency.Reference ref) {
        StringBuilder html = new StringBuilder();
        boolean webPage = ref.url() != null && ref.doi() == null && ref.pmid() == null && ref.journal() == null;
        if (ref.authors() != null) {
            sentence(html, ref.authors());
        }
        if (ref.title() != null) {
            sentence(html, webPage ? withoutStop(ref.title()) + " [Internet]" : ref.title());
        }
        if (ref.journal() != null) {
            sentence(html, ref.journal());
            StringBuilder issue = new StringBuilder();
            if (ref.year() != null) {
                issue.append(ref.year());
            }
            if (ref.volume() != null) {
                issue.append(issue.isEmpty() ? "" : ";").append(ref.volume());
            }
            if (ref.issue() != null) {
                issue.append('(').append(ref.issue()).append(')');
            }
            if (ref.pages() != null) {
                issue.append(issue.isEmpty() ? "" : ":").append(ref.pages());
            }
            if (!issue.isEmpty()) {
                sentence(html, issue.toString());
            }
        } else if (ref.publisher() != null || ref.year() != null || ref.accessed() != null) {
            StringBuilder published = new StringBuilder();
            if (ref.publisher() != null) {
                published.append(withoutStop(ref.publisher()));
            }
            if (ref.year() != null) {
                published.append(published.isEmpty() ? "" : "; ").append(ref.year());
            }
            if (ref.accessed() != null) {
                published.append(published.isEmpty() ? "" : " ").append("[cited ").append(ref.accessed().format(CITED)).append(']');
            }
            sentence(html, published.toString());
        }
        if (ref.url() != null && ref.doi() == null) {
            space(html).append("Available from: ").append(link(ref.url(), ref.url()));
            if (ref.pmid() != null) {
                html.append('.');
            }
        }
        if (ref.doi() != null) {
            space(html).append(link(ScholarlyLinks.doiUrl(ref.doi()), "doi:" + ref.doi()));
            if (ref.pmid() != null) {
                html.append('.');
            }
        }
        if (ref.pmid() != null) {
            space(html).append("PMID: ").append(link(ScholarlyLinks.pubmedUrl(ref.pmid()), ref.pmid()));
        }
        return html.toString();
    }

    private static void sentence(StringBuilder html, String text) {
        String stripped = text.strip();
        space(html).append(StringUtil.XHTMLEnc(stripped));
        if (!stripped.endsWith(".") && !stripped.endsWith("?") && !stripped.endsWith("!")) {
            html.append('.');
        }
    }

    private static String withoutStop(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static StringBuilder space(StringBuilder html) {
        if (!html.isEmpty()) {
            html.append(' ');
        }
        return html;
    }

    private static String link(String url, String text) {
        return "<a href=\"" + StringUtil.XHTMLEnc(url) + "\">" + StringUtil.XHTMLEnc(text) + "</a>";
    }
}

package dev.rounds.template;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.List;
import java.util.Map;

/** The values templates see (documented in docs/templates.md); URLs already carry the base path. */
public final class Views {
    private Views() {
    }

    /** HTML that templates print as it is, without escaping it again. */
    public static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Site(String title, String description, String language, String baseUrl, String basePath,
                       List<Link> menu, Author author, Map<String, Author> authors, Map<String, Object> params,
                       Map<String, Object> data, String generator, List<Feed> feeds, String subscribeUrl) {

        /** A link written in site.yaml or data as a template can print it: root-relative paths get the base path. */
        public String url(String link) {
            return link.startsWith("/") && !link.startsWith("//") ? basePath + link.substring(1) : link;
        }
    }

    /**
     * The current output: {@code kind} says which template renders it; {@code feeds} are the feeds to
     * announce in its head (its section's, then the site's); {@code image} is absolute; {@code jsonLd}
     * is a ready {@code <script type="application/ld+json">} element, or null.
     */
    public record Page(String kind, String title, String description, String url, String permalink,
                       List<Feed> feeds, String image, String imageAlt, TemplateHTMLOutputModel jsonLd) {
    }

    /** A group of feeds on the subscribe page: everything, posts, notes, or one tag. */
    public record FeedGroup(String title, String description, List<Feed> feeds) {
    }

    public record Link(String title, String url) {
    }

    public record Feed(String title, String url, String type) {
    }

    public record Author(String key, String name, Map<String, Object> params) {
    }

    public record Date(String iso, String display, String time, String year) {
    }

    public record TagLink(String name, String slug, String url) {
    }

    public record Entry(String kind, String title, boolean hasTitle, String url, String permalink, Date date,
                        Date updated, TemplateHTMLOutputModel summary, TemplateHTMLOutputModel content,
                        String description, int readingTime, int wordCount, List<TagLink> tags, List<Author> authors,
                        String image, String imageAlt, boolean draft, String inReplyTo, List<String> syndication,
                        Link previous, Link next, Map<String, Object> params) {
    }

    public record Pager(List<Entry> items, int number, int total, boolean first, boolean last, String previousUrl,
                        String nextUrl, int totalItems) {
    }

    public record Tag(String name, String slug, String url, int count) {
    }

    public record Year(String year, List<Entry> entries) {
    }
}

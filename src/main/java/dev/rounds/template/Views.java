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

    /**
     * The site. {@code disclaimer} is the text of site.yaml's {@code disclaimer} or the default;
     * {@code urgent} and {@code feedback} may be null; {@code disclaimerUrl} is the site's own
     * disclaimer page or the generated one.
     */
    public record Site(String title, String description, String language, String baseUrl, String basePath,
                       List<Link> menu, Author author, Map<String, Author> authors, Map<String, Object> params,
                       Map<String, Object> data, String generator, List<Feed> feeds, String subscribeUrl,
                       String disclaimer, String emergency, String urgent, String feedback, String disclaimerUrl,
                       boolean showOverdueReviews) {

        /** A link written in site.yaml or data as a template can print it: root-relative paths get the base path. */
        public String url(String link) {
            return link.startsWith("/") && !link.startsWith("//") ? basePath + link.substring(1) : link;
        }

        /**
         * Where "Report a problem with this page" leads from the page at {@code permalink}: a mailto:
         * address gets a subject naming the page; other addresses are used as they are. Null without {@code feedback}.
         */
        public String feedbackUrl(String permalink) {
            if (feedback == null) {
                return null;
            }
            if (!feedback.regionMatches(true, 0, "mailto:", 0, 7) || feedback.contains("?")) {
                return feedback;
            }
            String subject = "Problem with " + permalink;
            return feedback + "?subject=" + java.net.URLEncoder.encode(subject, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
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

    /**
     * An author or reviewer. {@code profession}, {@code role}, {@code registration}, {@code photo}
     * (with {@code photoAlt}), {@code url} and {@code bio} may be null; {@code pageUrl} is the author page.
     */
    public record Author(String key, String name, String profession, String role, Registration registration,
                         String photo, String photoAlt, List<String> links, String url, String bio, String pageUrl,
                         Map<String, Object> params) {
    }

    /** A registration with a regulator; {@code registerUrl} may be null for a regulator Rounds does not know. */
    public record Registration(String regulator, String regulatorName, String number, String registerUrl) {
    }

    /** A declared interest; {@code type} and {@code party} may be null. */
    public record Interest(String type, String party, String description) {
    }

    /**
     * A patient story's consent: {@code status} as written ({@code explicit-written}), {@code
     * statement} what the page says about it, {@code obtained} a *date*, {@code scope} a list.
     */
    public record Consent(String status, String statement, Date obtained, List<String> scope) {
    }

    /** Who reviewed an entry: {@code author} when it is an author of the site (then {@code url} is their page). */
    public record Reviewer(String name, String profession, Registration registration, String url, Author author) {
    }

    /** An entry's review: {@code reviewed}, {@code reviewedBy} and {@code nextReview} may be missing. */
    public record Review(Date reviewed, Reviewer reviewedBy, Date nextReview, boolean overdue) {
    }

    /**
     * A reference: {@code html} is the whole entry in Vancouver style with its links; the parts
     * are there for templates that lay it out themselves (any may be null).
     */
    public record Reference(int number, TemplateHTMLOutputModel html, String authors, String title, String journal,
                            String publisher, String year, String volume, String issue, String pages, String doi,
                            String doiUrl, String pmid, String pubmedUrl, String url, Date accessed) {
    }

    public record Date(String iso, String display, String time, String year) {
    }

    public record TagLink(String name, String slug, String url) {
    }

    public record Entry(String kind, String title, boolean hasTitle, String url, String permalink, Date date,
                        Date updated, TemplateHTMLOutputModel summary, TemplateHTMLOutputModel content,
                        String description, int readingTime, int wordCount, List<TagLink> tags, List<Author> authors,
                        String image, String imageAlt, boolean draft, String inReplyTo, List<String> syndication,
                        Link previous, Link next, Map<String, Object> params, String capacity,
                        boolean interestsDeclared, List<Interest> interests, boolean sponsored, boolean patientStory,
                        Consent consent, Review review, List<Reference> references) {
    }

    public record Pager(List<Entry> items, int number, int total, boolean first, boolean last, String previousUrl,
                        String nextUrl, int totalItems) {
    }

    public record Tag(String name, String slug, String url, int count) {
    }

    public record Year(String year, List<Entry> entries) {
    }
}

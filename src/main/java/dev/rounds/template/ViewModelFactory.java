package dev.rounds.template;

import dev.rounds.config.MenuItem;
import dev.rounds.config.SiteConfig;
import dev.rounds.content.Entry;
import dev.rounds.content.EntryKind;
import dev.rounds.content.Paginator;
import dev.rounds.content.ScholarlyLinks;
import dev.rounds.content.SiteIndex;
import dev.rounds.content.Tag;
import dev.rounds.feed.FeedFormat;
import dev.rounds.feed.FeedSection;
import dev.rounds.markdown.RenderedContent;
import freemarker.core.TemplateHTMLOutputModel;
import dev.rounds.config.Author;
import dev.rounds.config.HealthSettings;
import dev.rounds.config.Registration;
import dev.rounds.content.ReviewDates;
import dev.rounds.content.Transparency;
import freemarker.template.utility.StringUtil;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Builds the values templates see from a site's index and rendered content. Each entry's view is
 * made once and shared by its own page and every list it appears on.
 */
public final class ViewModelFactory {
    private static final int NOTE_TITLE_LENGTH = 60;
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    // For shorten(), which runs for every entry: String.replaceAll would compile them at every call.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.\\-–—]+$");

    /** The URL path of the disclaimer page (the site's own, or the generated one). */
    public static final String DISCLAIMER_URL = "/disclaimer/";

    static final String DEFAULT_DISCLAIMER = "This site gives general health information, not individual medical advice. "
            + "Talk to your own doctor, nurse or pharmacist about your care.";

    private final SiteConfig config;
    /** The base URL's path and origin, parsed once: every link of every page is made with them. */
    private final String basePath;
    private final String origin;
    private final SiteIndex index;
    private final Views.Site site;
    private final Instant now;
    private final Map<String, Views.Author> authors;
    private final DateTimeFormatter displayDate;
    private final Map<String, RenderedContent> rendered;
    private final Map<String, Integer> postPositions = new HashMap<>();
    /** Each entry's view, made when first asked for, so that rendering one page does not make them all. */
    private final Map<String, Views.Entry> entries = new ConcurrentHashMap<>();

    /** @param now the moment of the build, which decides whether a review is overdue */
    public ViewModelFactory(SiteConfig config, SiteIndex index, Map<String, RenderedContent> rendered,
                            Map<String, Object> data, String generator, Instant now) {
        this.config = config;
        this.basePath = config.basePath();
        this.origin = config.origin();
        this.index = index;
        this.now = now;
        this.rendered = rendered;
        this.displayDate = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(config.language()));
        Map<String, Views.Author> authors = new LinkedHashMap<>();
        config.authors().forEach((key, author) -> authors.put(key, author(author)));
        this.authors = authors;
        HealthSettings health = config.health();
        this.site = new Views.Site(config.title(), config.description(), config.language(), config.baseUrl(),
                basePath, menu(), config.author().map(authors::get).orElse(null), authors, config.params(),
                data, generator, sectionFeeds(FeedSection.SITE), url("/subscribe/"),
                health.disclaimer() != null ? health.disclaimer() : DEFAULT_DISCLAIMER, health.emergency(), health.urgent(),
                health.feedback() == null ? null : menuUrl(health.feedback()),
                url(ownDisclaimer(index).map(Entry::url).orElse(DISCLAIMER_URL)), health.review().showOverdue());
        List<Entry> posts = index.posts();
        for (int i = 0; i < posts.size(); i++) {
            postPositions.put(posts.get(i).id(), i);
        }
    }

    private ViewModelFactory(ViewModelFactory base, SiteIndex index, Map<String, RenderedContent> rendered, Set<String> edited) {
        this.config = base.config;
        this.basePath = base.basePath;
        this.origin = base.origin;
        this.index = index;
        this.now = base.now;
        this.rendered = rendered;
        this.displayDate = base.displayDate;
        this.authors = base.authors;
        this.site = base.site;
        this.postPositions.putAll(base.postPositions);
        base.entries.forEach((id, view) -> {
            if (!edited.contains(id)) {
                entries.put(id, view);
            }
        });
    }

    /**
     * The views of a build where only the bodies of the entries {@code edited} (ids) changed: every
     * other entry keeps the view already made, since none of them shows another entry's body.
     */
    public ViewModelFactory withEdited(SiteIndex index, Map<String, RenderedContent> rendered, Set<String> edited) {
        return new ViewModelFactory(this, index, rendered, edited);
    }

    private Views.Entry makeEntryView(String id) {
        Entry entry = index.byId().get(id);
        Integer position = postPositions.get(id);
        if (position == null) {
            return entryView(entry, rendered.get(id), authors, null, null);
        }
        List<Entry> posts = index.posts();
        Views.Link newer = position > 0 ? link(posts.get(position - 1), rendered) : null;
        Views.Link older = position + 1 < posts.size() ? link(posts.get(position + 1), rendered) : null;
        return entryView(entry, rendered.get(id), authors, older, newer);
    }

    public Views.Site site() {
        return site;
    }

    public Views.Entry entry(Entry entry) {
        return entries.computeIfAbsent(entry.id(), this::makeEntryView);
    }

    public List<Views.Entry> entries(List<Entry> list) {
        List<Views.Entry> views = new ArrayList<>(list.size());
        for (Entry entry : list) {
            views.add(entry(entry));
        }
        return views;
    }

    /** A list or index page, announcing the feeds of {@code section} (may be null) and the site's. */
    public Views.Page listPage(String kind, String title, String urlPath, FeedSection section) {
        String url = url(urlPath);
        TemplateHTMLOutputModel jsonLd = kind.equals("home") && urlPath.equals("/") ? JsonLd.website(config) : null;
        return new Views.Page(kind, title, config.description(), url, config.origin() + url, feeds(section), null, null, jsonLd);
    }

    public Views.Page entryPage(Entry entry) {
        Views.Entry view = entry(entry);
        FeedSection section = switch (entry.kind()) {
            case POST -> FeedSection.POSTS;
            case NOTE -> FeedSection.NOTES;
            case PAGE -> null;
        };
        String image = view.image() == null ? null : absolute(view.image());
        return new Views.Page(entry.kind().label(), view.title(), view.description(), view.url(), view.permalink(),
                feeds(section), image, view.imageAlt(), JsonLd.entry(config, entry, view, image));
    }

    /** The feeds to announce on a page of {@code section}: the section's, then the site's. */
    public List<Views.Feed> feeds(FeedSection section) {
        List<Views.Feed> feeds = new ArrayList<>();
        if (section != null) {
            feeds.addAll(sectionFeeds(section));
        }
        feeds.addAll(sectionFeeds(FeedSection.SITE));
        return List.copyOf(feeds);
    }

    /** The three feeds of one section, titled for a feed reader's list. */
    public List<Views.Feed> sectionFeeds(FeedSection section) {
        String name = section.title() == null ? config.title() : config.title() + " – " + section.title();
        List<Views.Feed> feeds = new ArrayList<>();
        for (FeedFormat format : FeedFormat.values()) {
            feeds.add(new Views.Feed(name + " (" + format.label() + ")", url(section.path() + format.fileName()), format.mediaType()));
        }
        return feeds;
    }

    /** A link as an absolute URL: root-relative links get the site's origin. */
    public String absolute(String link) {
        return link.startsWith("/") && !link.startsWith("//") ? config.origin() + link : link;
    }

    public Views.Pager pager(Paginator.Page<Entry> page) {
        return new Views.Pager(entries(page.items()), page.number(), page.total(), page.number() == 1,
                page.number() == page.total(), page.previousUrl() == null ? null : url(page.previousUrl()),
                page.nextUrl() == null ? null : url(page.nextUrl()), page.totalItems());
    }

    public Views.Tag tag(SiteIndex.TagGroup group) {
        return new Views.Tag(group.name(), group.slug(), url(tagUrl(group.slug())), group.entries().size());
    }

    public static String tagUrl(String slug) {
        return "/tags/" + slug + "/";
    }

    /** A path from the site root ({@code /2026/03/x/}) as a link: with the base path. */
    public String url(String urlPath) {
        return basePath + (urlPath.startsWith("/") ? urlPath.substring(1) : urlPath);
    }

    public String permalink(String urlPath) {
        return origin + url(urlPath);
    }

    private List<Views.Link> menu() {
        List<Views.Link> menu = new ArrayList<>();
        for (MenuItem item : config.menu()) {
            menu.add(new Views.Link(item.title(), menuUrl(item.url())));
        }
        for (Entry page : index.pages()) {
            page.menuTitle().ifPresent(title -> {
                String url = url(page.url());
                if (menu.stream().noneMatch(link -> link.url().equals(url))) {
                    menu.add(new Views.Link(title, url));
                }
            });
        }
        return List.copyOf(menu);
    }

    /** A link written in site.yaml: root-relative paths get the base path. */
    private String menuUrl(String written) {
        return written.startsWith("/") && !written.startsWith("//") ? url(written) : written;
    }

    private Views.Link link(Entry entry, Map<String, RenderedContent> rendered) {
        return new Views.Link(title(entry, rendered.get(entry.id())), url(entry.url()));
    }

    private Views.Entry entryView(Entry entry, RenderedContent content, Map<String, Views.Author> authors,
                                  Views.Link previous, Views.Link next) {
        List<Views.TagLink> tags = new ArrayList<>();
        for (Tag tag : entry.tags()) {
            tags.add(new Views.TagLink(tag.name(), tag.slug(), url(tagUrl(tag.slug()))));
        }
        List<Views.Author> entryAuthors = entry.authors().stream().map(authors::get).toList();
        String summaryHtml = entry.summary() != null ? "<p>" + StringUtil.XHTMLEnc(entry.summary()) + "</p>" : content.summaryHtml();
        String description = entry.summary() != null ? entry.summary() : shorten(content.plainText(), 160);
        Transparency t = entry.transparency();
        return new Views.Entry(entry.kind().label(), title(entry, content), entry.kind() != EntryKind.NOTE,
                url(entry.url()), permalink(entry.url()), date(entry.date()), date(entry.updated()),
                Views.markup(summaryHtml), Views.markup(content.html()), description, content.readingMinutes(),
                content.wordCount(), List.copyOf(tags), entryAuthors, image(entry), entry.imageAlt(), entry.draft(),
                entry.inReplyTo(), entry.syndication(), previous, next, entry.params(),
                t.capacity() == null ? null : t.capacity().label(), t.interestsDeclared(),
                t.interests().stream().map(i -> new Views.Interest(i.type(), i.party(), i.description())).toList(),
                t.sponsored(), t.patientStory(), consent(t.consent()), review(entry), references(t.references()));
    }

    private Views.Consent consent(Transparency.Consent consent) {
        if (consent == null) {
            return null;
        }
        String statement = switch (consent.status()) {
            case EXPLICIT_WRITTEN -> "Shared with the patient’s consent, given in writing.";
            case EXPLICIT_VERBAL_DOCUMENTED -> "Shared with the patient’s consent, given in conversation and recorded.";
            case FULLY_ANONYMISED -> "Shared with the patient’s consent. Details have been changed so that no one can be identified.";
            case PATIENT_IS_AUTHOR -> "Shared with the patient’s consent: the patient wrote this story.";
        };
        return new Views.Consent(consent.status().key(), statement, date(consent.obtained()), consent.scope());
    }

    private Views.Review review(Entry entry) {
        Transparency.Review review = entry.transparency().review();
        if (review == null) {
            return null;
        }
        Views.Reviewer reviewer = null;
        if (review.reviewer() != null) {
            Transparency.Reviewer r = review.reviewer();
            Views.Author author = r.authorKey() == null ? null : authors.get(r.authorKey());
            reviewer = author != null
                    ? new Views.Reviewer(author.name(), author.profession(), author.registration(), author.pageUrl(), author)
                    : new Views.Reviewer(r.name(), r.profession(), null, null, null);
        }
        return new Views.Review(date(review.reviewed()), reviewer, date(review.nextReview()),
                ReviewDates.isOverdue(entry, now, config.timezone()));
    }

    private List<Views.Reference> references(List<Transparency.Reference> references) {
        List<Views.Reference> views = new ArrayList<>();
        for (Transparency.Reference ref : references) {
            views.add(new Views.Reference(views.size() + 1, Views.markup(References.html(ref)), ref.authors(), ref.title(),
                    ref.journal(), ref.publisher(), ref.year(), ref.volume(), ref.issue(), ref.pages(), ref.doi(),
                    ref.doi() == null ? null : ScholarlyLinks.doiUrl(ref.doi()), ref.pmid(),
                    ref.pmid() == null ? null : ScholarlyLinks.pubmedUrl(ref.pmid()), ref.url(), date(ref.accessed())));
        }
        return List.copyOf(views);
    }

    private Views.Author author(Author author) {
        Registration r = author.registration();
        Views.Registration registration = r == null ? null
                : new Views.Registration(r.regulator(), r.regulatorName(), r.number(), r.registerUrl());
        String photo = author.photo() == null ? null : menuUrl(author.photo());
        String homepage = author.url() == null ? null : menuUrl(author.url());
        return new Views.Author(author.key(), author.name(), author.profession(), author.role(), registration, photo,
                author.photoAlt(), author.links(), homepage, author.bio(), url(authorUrl(author)), author.params());
    }

    /**
     * The site's own disclaimer: the entry at {@code /disclaimer/}, or else a page whose slug is
     * {@code disclaimer}. Without one, Rounds generates the page at {@link #DISCLAIMER_URL}.
     */
    public static Optional<Entry> ownDisclaimer(SiteIndex index) {
        return index.all().stream().filter(entry -> entry.url().equals(DISCLAIMER_URL)).findFirst()
                .or(() -> index.pages().stream().filter(page -> page.slug().equals("disclaimer")).findFirst());
    }

    /** The URL path of an author's page: {@code /authors/amara/}. */
    public static String authorUrl(Author author) {
        return "/authors/" + author.slug() + "/";
    }

    /** The page of an author: a {@code ProfilePage}. */
    public Views.Page authorPage(Author author) {
        Views.Author view = authors.get(author.key());
        String description = view.name() + (view.profession() == null ? "" : ", " + view.profession())
                + (view.registration() == null ? "" : " (" + view.registration().regulator() + " " + view.registration().number() + ")");
        String image = view.photo() == null ? null : absolute(view.photo());
        return new Views.Page("author", view.name(), description, view.pageUrl(), config.origin() + view.pageUrl(),
                feeds(null), image, view.photo() == null ? null : view.photoAlt(), JsonLd.profile(config, view, image));
    }

    public Views.Author author(String key) {
        return authors.get(key);
    }

    /** A note's title is the start of its text; a note with no text (a photo in raw HTML) is named by its date. */
    private String title(Entry entry, RenderedContent content) {
        if (entry.title() != null) {
            return entry.title();
        }
        String start = shorten(content.plainText(), NOTE_TITLE_LENGTH);
        return start.isEmpty() ? "Note of " + entry.date().format(displayDate) : start;
    }

    private String image(Entry entry) {
        String image = entry.image();
        if (image == null || image.contains("://") || image.startsWith("//")) {
            return image;
        }
        return image.startsWith("/") ? url(image) : url(entry.folderUrl() + image);
    }

    private Views.Date date(ZonedDateTime date) {
        if (date == null) {
            return null;
        }
        return new Views.Date(date.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                date.format(displayDate), date.format(TIME_OF_DAY),
                String.valueOf(date.getYear()));
    }

    /** The start of {@code text}, about {@code length} characters, cut at a word. */
    static String shorten(String text, int length) {
        String flat = WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (flat.length() <= length) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', length);
        if (cut < length / 2) {
            cut = length;
        }
        return TRAILING_PUNCTUATION.matcher(flat.substring(0, cut)).replaceAll("") + "…";
    }
}

package dev.rounds.build;

import dev.rounds.config.SiteConfig;
import dev.rounds.content.Entry;
import dev.rounds.content.EntryKind;
import dev.rounds.content.SiteIndex;
import dev.rounds.content.Tag;
import dev.rounds.feed.AbsoluteLinks;
import dev.rounds.feed.FeedChannel;
import dev.rounds.feed.FeedFormat;
import dev.rounds.feed.FeedItem;
import dev.rounds.feed.FeedSection;
import dev.rounds.feed.FeedWriter;
import dev.rounds.feed.SitemapWriter;
import dev.rounds.feed.WrittenItem;
import dev.rounds.markdown.RenderedContent;
import dev.rounds.output.OutputFile;
import dev.rounds.template.ViewModelFactory;
import dev.rounds.template.Views;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The site's machine-readable files: feeds for every section, the sitemap, robots.txt and Netlify's _redirects. */
final class FeedPlanner {
    /** Items ROME writes as one feed: enough to share its work per feed, few enough to spread over the cores. */
    private static final int ITEM_BATCH = 32;

    private final SiteConfig config;
    private final SiteIndex index;
    private final Map<String, RenderedContent> rendered;
    private final ViewModelFactory views;
    /** The items the last build wrote, by their feed id (see {@link WrittenItem#KEPT}). */
    private final Map<String, WrittenItem> kept;

    FeedPlanner(SiteConfig config, SiteIndex index, Map<String, RenderedContent> rendered, ViewModelFactory views,
                Map<String, WrittenItem> kept) {
        this.config = config;
        this.index = index;
        this.rendered = rendered;
        this.views = views;
        this.kept = kept;
    }

    /** The site's feeds, and the items written for them (by feed id), to be kept for the next build. */
    record Feeds(List<OutputFile> files, Map<String, WrittenItem> items) {
    }

    Feeds feeds() {
        List<FeedJob> jobs = jobs();
        Map<String, WrittenItem> items = writtenItems(jobs);
        Map<String, WrittenItem> byFeedId = new HashMap<>();
        items.values().forEach(item -> byFeedId.put(item.item().id(), item));
        return new Feeds(write(jobs, items), byFeedId);
    }

    /** Just the feeds that carry any of the entries {@code ids}. */
    List<OutputFile> feedsShowing(Set<String> ids) {
        List<FeedJob> jobs = jobs().stream().filter(job -> listed(job).stream().anyMatch(entry -> ids.contains(entry.id()))).toList();
        return write(jobs, writtenItems(jobs));
    }

    private List<OutputFile> write(List<FeedJob> jobs, Map<String, WrittenItem> items) {
        return Parallel.map(jobs, job -> write(job, items)).stream().flatMap(List::stream).toList();
    }

    private List<FeedJob> jobs() {
        List<FeedJob> jobs = new ArrayList<>();
        jobs.add(new FeedJob(FeedSection.SITE, index.postsAndNotes(), "the site's feeds"));
        jobs.add(new FeedJob(FeedSection.POSTS, index.posts(), "the posts' feeds"));
        jobs.add(new FeedJob(FeedSection.NOTES, index.notes(), "the notes' feeds"));
        for (SiteIndex.TagGroup group : index.tags().values()) {
            jobs.add(new FeedJob(FeedSection.tag(group.slug(), group.name()), group.entries(), "the feeds of tag '" + group.name() + "'"));
        }
        return jobs;
    }

    private record FeedJob(FeedSection section, List<Entry> entries, String origin) {
    }

    /** The entries a feed lists: its newest, up to the limit. */
    private List<Entry> listed(FeedJob job) {
        return job.entries().subList(0, Math.min(job.entries().size(), config.feeds().limit()));
    }

    private List<OutputFile> write(FeedJob job, Map<String, WrittenItem> items) {
        List<WrittenItem> feedItems = listed(job).stream().map(entry -> items.get(entry.id())).toList();
        String title = job.section().title() == null ? config.title() : config.title() + " – " + job.section().title();
        String home = job.section() == FeedSection.POSTS ? views.permalink("/") : views.permalink(job.section().path());
        FeedChannel channel = new FeedChannel(title, config.description(), config.language(), home, siteAuthor(), feedItems);
        List<OutputFile> outputs = new ArrayList<>();
        for (FeedFormat format : FeedFormat.values()) {
            String path = job.section().path() + format.fileName();
            outputs.add(OutputFile.rendered(path.substring(1), FeedWriter.write(channel, format, views.permalink(path)), job.origin()));
        }
        return outputs;
    }

    private String siteAuthor() {
        return config.author().map(key -> config.authors().get(key).name()).orElse(config.title());
    }

    /**
     * Every entry that any of {@code jobs} lists, made into a feed item and written once in each
     * format, to be shared by every feed that lists it: taken from the items kept by the last
     * build where its feed item is the same in every field, written by ROME otherwise (in batches,
     * in parallel). The map is immutable once made and lives as long as the feeds are being written.
     */
    private Map<String, WrittenItem> writtenItems(List<FeedJob> jobs) {
        Map<String, Entry> listed = new LinkedHashMap<>();
        jobs.forEach(job -> listed(job).forEach(entry -> listed.putIfAbsent(entry.id(), entry)));
        List<Entry> entries = List.copyOf(listed.values());
        List<FeedItem> all = Parallel.map(entries, this::feedItem);
        Map<String, WrittenItem> items = new ConcurrentHashMap<>();
        List<Entry> unwritten = new ArrayList<>();
        List<FeedItem> unwrittenItems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            FeedItem item = all.get(i);
            WrittenItem earlier = kept.get(item.id());
            if (earlier != null && earlier.item().equals(item)) {
                items.put(entries.get(i).id(), earlier);
            } else {
                unwritten.add(entries.get(i));
                unwrittenItems.add(item);
            }
        }
        List<Integer> batchStarts = new ArrayList<>();
        for (int start = 0; start < unwritten.size(); start += ITEM_BATCH) {
            batchStarts.add(start);
        }
        Parallel.forEach(batchStarts, start -> {
            int end = Math.min(unwritten.size(), start + ITEM_BATCH);
            List<WrittenItem> written = WrittenItem.all(unwrittenItems.subList(start, end));
            for (int i = start; i < end; i++) {
                items.put(unwritten.get(i).id(), written.get(i - start));
            }
        });
        return Map.copyOf(items);
    }

    private FeedItem feedItem(Entry entry) {
        Views.Entry view = views.entry(entry);
        RenderedContent content = rendered.get(entry.id());
        String html = config.feeds().fullContent() || entry.kind() == EntryKind.NOTE ? content.html() : content.summaryHtml();
        if (view.image() != null && entry.kind() == EntryKind.NOTE && !html.contains(view.image())) {
            html = html + "<p><img src=\"" + view.image() + "\" alt=\"" + escape(view.imageAlt()) + "\"></p>";
        }
        // What the page says about sponsorship and consent travels with the entry into feed readers.
        if (view.sponsored()) {
            html = "<p><strong>Sponsored.</strong> This content is paid for: the declarations are on "
                    + "<a href=\"" + view.url() + "\">its page</a>.</p>\n" + html;
        }
        if (view.consent() != null) {
            html = html + "\n<p>" + escape(view.consent().statement()) + "</p>";
        }
        String image = view.image() == null ? null : views.absolute(view.image());
        return new FeedItem(view.permalink(), view.permalink(), entry.kind() == EntryKind.NOTE ? null : entry.title(),
                view.title(), AbsoluteLinks.rewrite(html, view.permalink()), entry.summary(), entry.date(), entry.updated(),
                view.authors().stream().map(Views.Author::name).toList(), entry.tags().stream().map(Tag::name).toList(), image);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    OutputFile sitemap(List<PagePlanner.PageJob> pages) {
        List<SitemapWriter.Url> urls = pages.stream()
                .filter(PagePlanner.PageJob::inSitemap)
                .map(page -> new SitemapWriter.Url(views.permalink(page.urlPath()), page.lastModified()))
                .sorted(java.util.Comparator.comparing(SitemapWriter.Url::location))
                .toList();
        return OutputFile.rendered("sitemap.xml", SitemapWriter.write(urls), "the sitemap");
    }

    OutputFile robots() {
        String robots = "User-agent: *\nAllow: /\n\nSitemap: " + views.permalink("/sitemap.xml") + "\n";
        return OutputFile.rendered("robots.txt", robots.getBytes(StandardCharsets.UTF_8), "robots.txt");
    }

    /** Netlify's redirect rules: page 1 of each list to the list, and every alias to its entry. */
    OutputFile redirects(List<PagePlanner.PageJob> pages) {
        StringBuilder rules = new StringBuilder("# Redirects for Netlify (other hosts get pages at these addresses)\n");
        for (PagePlanner.PageJob page : pages) {
            if (page.copyAt() != null) {
                rules.append(views.url(page.copyAt())).append("  ").append(views.url(page.urlPath())).append("  301\n");
            }
        }
        for (Entry entry : index.all()) {
            for (String alias : entry.aliases()) {
                rules.append(views.url(alias)).append("  ").append(views.url(entry.url())).append("  301\n");
            }
        }
        return OutputFile.rendered("_redirects", rules.toString().getBytes(StandardCharsets.UTF_8), "the _redirects file");
    }
}

package dev.rounds.build;

import dev.rounds.config.Author;
import dev.rounds.config.SiteConfig;
import dev.rounds.content.Entry;
import dev.rounds.content.Paginator;
import dev.rounds.content.SiteIndex;
import dev.rounds.diagnostic.Diagnostics;
import dev.rounds.feed.FeedSection;
import dev.rounds.output.OutputFile;
import dev.rounds.template.TemplateProblem;
import dev.rounds.template.TemplateRenderer;
import dev.rounds.template.ViewModelFactory;
import dev.rounds.template.Views;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Decides every HTML page of the site (entries, lists, tags, archive, subscribe, redirects, 404)
 * and renders them.
 */
final class PagePlanner {
    private static final int LATEST_NOTES = 5;
    /** Plans every list page, those that show no entry too. */
    private static final Predicate<List<Entry>> EVERY_PAGE = entries -> true;

    /**
     * One page to render: where it goes, with which template and values (made when it is rendered,
     * so that a site's pages are planned quickly and their values are not all held at once), and
     * what asked for it.
     *
     * @param inSitemap false for redirects and the not-found page
     * @param lastModified for the sitemap: when its content last changed, or null
     * @param copyAt a second URL path that serves the same page (page 1 of a list at {@code page/1/}), or null
     */
    record PageJob(String urlPath, String template, Supplier<Map<String, Object>> model, String origin, boolean inSitemap,
                   ZonedDateTime lastModified, String copyAt) {

        PageJob(String urlPath, String template, Supplier<Map<String, Object>> model, String origin, boolean inSitemap,
                ZonedDateTime lastModified) {
            this(urlPath, template, model, origin, inSitemap, lastModified, null);
        }

        /** The files the page is written to. */
        List<String> outputPaths() {
            return copyAt == null ? List.of(Entry.outputPathOf(urlPath)) : List.of(Entry.outputPathOf(urlPath), Entry.outputPathOf(copyAt));
        }
    }

    private final SiteConfig config;
    private final SiteIndex index;
    private final TemplateRenderer templates;
    private final ViewModelFactory views;
    private List<PageJob> jobs;

    PagePlanner(SiteConfig config, SiteIndex index, ViewModelFactory views, TemplateRenderer templates) {
        this.config = config;
        this.index = index;
        this.templates = templates;
        this.views = views;
    }

    /** Every page of the site, planned on first use. */
    List<PageJob> jobs() {
        if (jobs == null) {
            jobs = List.copyOf(plan());
        }
        return jobs;
    }

    List<OutputFile> renderAll(Diagnostics diagnostics) {
        List<OutputFile> outputs = java.util.Collections.synchronizedList(new ArrayList<>());
        renderAll(diagnostics, () -> false, outputs::add);
        return List.copyOf(outputs);
    }

    /**
     * Every page, handed to {@code into} as it is rendered (from several threads at once), so that
     * no more than a few pages are in memory; once {@code cancelled} turns true the rest are skipped.
     */
    void renderAll(Diagnostics diagnostics, BooleanSupplier cancelled, Consumer<OutputFile> into) {
        Parallel.forEach(jobs(), job -> {
            if (!cancelled.getAsBoolean()) {
                render(job, diagnostics).forEach(into);
            }
        });
    }

    /** Just the pages of one entry (its page and its aliases' redirects), without planning the rest of the site. */
    List<OutputFile> renderEntry(Entry entry, Diagnostics diagnostics) {
        List<OutputFile> outputs = new ArrayList<>();
        for (PageJob job : entryJobs(entry)) {
            outputs.addAll(render(job, diagnostics));
        }
        return outputs;
    }

    /**
     * The pages other than the entries' own that show any of the entries {@code ids} (lists, tag
     * pages, the archive, author pages), without planning the rest of the site.
     */
    List<OutputFile> renderListsShowing(Set<String> ids, Diagnostics diagnostics) {
        List<PageJob> planned = new ArrayList<>();
        planLists(planned, entries -> entries.stream().anyMatch(entry -> ids.contains(entry.id())));
        return Parallel.map(planned, job -> render(job, diagnostics)).stream().flatMap(List::stream).toList();
    }

    private List<OutputFile> render(PageJob job, Diagnostics diagnostics) {
        try {
            byte[] html = templates.render(job.template(), job.model().get());
            OutputFile page = OutputFile.rendered(Entry.outputPathOf(job.urlPath()), html, job.origin());
            return job.copyAt() == null ? List.of(page)
                    : List.of(page, OutputFile.rendered(Entry.outputPathOf(job.copyAt()), html, job.origin() + " (as page 1)"));
        } catch (TemplateProblem problem) {
            diagnostics.add(problem.diagnostic());
            return List.of();
        }
    }

    private List<PageJob> plan() {
        List<PageJob> planned = new ArrayList<>();
        for (Entry entry : index.all()) {
            planned.addAll(entryJobs(entry));
        }
        planLists(planned, EVERY_PAGE);
        ZonedDateTime newest = index.postsAndNotes().isEmpty() ? null : lastChanged(index.postsAndNotes().get(0));

        Map<String, Object> tagsModel = model(views.listPage("tags", "Tags", "/tags/", null));
        tagsModel.put("tags", index.tags().values().stream().map(views::tag).toList());
        planned.add(new PageJob("/tags/", "tags.ftlh", () -> tagsModel, "the tag index", true, newest));

        Map<String, Object> subscribeModel = model(views.listPage("subscribe", "Subscribe", "/subscribe/", null));
        subscribeModel.put("feedGroups", feedGroups());
        planned.add(new PageJob("/subscribe/", "subscribe.ftlh", () -> subscribeModel, "the subscribe page", true, null));

        if (ViewModelFactory.ownDisclaimer(index).isEmpty()) {
            Map<String, Object> disclaimerModel = model(views.listPage("disclaimer", "Disclaimer", ViewModelFactory.DISCLAIMER_URL, null));
            planned.add(new PageJob(ViewModelFactory.DISCLAIMER_URL, "disclaimer.ftlh", () -> disclaimerModel, "the disclaimer page", true, null));
        }

        planned.add(new PageJob("/404.html", "404.ftlh", () -> model(views.listPage("404", "Page not found", "/404.html", null)),
                "the not-found page", false, null));
        return planned;
    }

    /** The pages that list entries, those of them whose entries {@code shows} accepts. */
    private void planLists(List<PageJob> planned, Predicate<List<Entry>> shows) {
        List<Entry> latestNotes = index.notes().subList(0, Math.min(LATEST_NOTES, index.notes().size()));
        paginated(planned, index.posts(), "/", "home", null, FeedSection.POSTS, "the home page", Map.of(), latestNotes, shows);
        paginated(planned, index.notes(), "/notes/", "notes", "Notes", FeedSection.NOTES, "the notes stream", Map.of(), null, shows);
        for (SiteIndex.TagGroup group : index.tags().values()) {
            paginated(planned, group.entries(), ViewModelFactory.tagUrl(group.slug()), "tag", "Tagged “" + group.name() + "”",
                    FeedSection.tag(group.slug(), group.name()), "the tag page of '" + group.name() + "'",
                    Map.of("tag", views.tag(group)), null, shows);
        }
        if (shows.test(index.posts())) {
            Map<String, Object> archiveModel = model(views.listPage("archive", "Archive", "/archive/", FeedSection.POSTS));
            List<Views.Year> years = new ArrayList<>();
            index.postsByYear().forEach((year, posts) -> years.add(new Views.Year(String.valueOf(year), views.entries(posts))));
            archiveModel.put("years", years);
            planned.add(new PageJob("/archive/", "archive.ftlh", () -> archiveModel, "the archive", true,
                    index.posts().isEmpty() ? null : lastChanged(index.posts().get(0))));
        }
        for (Author author : config.authors().values()) {
            authorPage(author, shows).ifPresent(planned::add);
        }
    }

    private List<PageJob> entryJobs(Entry entry) {
        List<PageJob> planned = new ArrayList<>();
        planned.add(new PageJob(entry.url(), entry.kind().label() + ".ftlh", () -> {
            Map<String, Object> model = model(views.entryPage(entry));
            model.put("entry", views.entry(entry));
            return model;
        }, entry.id(), true, lastChanged(entry)));
        for (String alias : entry.aliases()) {
            planned.add(redirect(alias, entry, entry.id() + " (alias " + alias + ")"));
        }
        return planned;
    }

    /** An author's page: their profile, the posts they wrote and the entries they reviewed, newest first. */
    private Optional<PageJob> authorPage(Author author, Predicate<List<Entry>> shows) {
        List<Entry> written = index.posts().stream().filter(post -> post.authors().contains(author.key())).toList();
        List<Entry> reviewed = index.all().stream()
                .filter(entry -> entry.transparency().review() != null && entry.transparency().review().reviewer() != null
                        && author.key().equals(entry.transparency().review().reviewer().authorKey()))
                .sorted(SiteIndex.NEWEST_FIRST).toList();
        if (shows != EVERY_PAGE && !shows.test(written) && !shows.test(reviewed)) {
            return Optional.empty();
        }
        Supplier<Map<String, Object>> model = () -> {
            Map<String, Object> values = model(views.authorPage(author));
            values.put("author", views.author(author.key()));
            values.put("posts", views.entries(written));
            values.put("reviewed", views.entries(reviewed));
            return values;
        };
        ZonedDateTime newest = written.isEmpty() ? null : lastChanged(written.get(0));
        return Optional.of(new PageJob(ViewModelFactory.authorUrl(author), "author.ftlh", model,
                "the author page of '" + author.key() + "'", true, newest));
    }

    private List<Views.FeedGroup> feedGroups() {
        List<Views.FeedGroup> groups = new ArrayList<>();
        groups.add(new Views.FeedGroup("Everything", "Every post and every note, newest first.", views.sectionFeeds(FeedSection.SITE)));
        groups.add(new Views.FeedGroup("Posts", "Only the longer articles.", views.sectionFeeds(FeedSection.POSTS)));
        groups.add(new Views.FeedGroup("Notes", "Only the short notes.", views.sectionFeeds(FeedSection.NOTES)));
        for (SiteIndex.TagGroup group : index.tags().values()) {
            groups.add(new Views.FeedGroup("Tagged “" + group.name() + "”", "Posts and notes about " + group.name() + ".",
                    views.sectionFeeds(FeedSection.tag(group.slug(), group.name()))));
        }
        return groups;
    }

    /**
     * The pages of one list, those of them whose entries {@code shows} accepts; {@code latestNotes}
     * (the home page's; null for other lists) are shown on each of them too.
     */
    private void paginated(List<PageJob> planned, List<Entry> entries, String firstUrl, String kind, String title, FeedSection section,
                           String origin, Map<String, Object> extra, List<Entry> latestNotes, Predicate<List<Entry>> shows) {
        boolean showsLatestNotes = latestNotes != null && !latestNotes.isEmpty() && shows.test(latestNotes);
        for (Paginator.Page<Entry> page : Paginator.paginate(entries, config.paginate(), firstUrl)) {
            if (!showsLatestNotes && !shows.test(page.items())) {
                continue;
            }
            String pageTitle = page.number() == 1 ? title
                    : title == null ? "Page " + page.number() + " of " + page.total()
                    : title + ", page " + page.number() + " of " + page.total();
            Supplier<Map<String, Object>> model = () -> {
                Map<String, Object> values = model(views.listPage(kind, pageTitle, page.url(), section));
                values.put("pager", views.pager(page));
                values.putAll(extra);
                if (latestNotes != null) {
                    values.put("latestNotes", views.entries(latestNotes));
                }
                return values;
            };
            ZonedDateTime newest = page.items().isEmpty() ? null : page.items().stream().map(PagePlanner::lastChanged)
                    .max(ZonedDateTime::compareTo).orElse(null);
            // Page 1 is also served at page/1/ as the same page, whose canonical link names the
            // first URL: a meta-refresh redirect there would be the one page of every site that
            // browser-driven accessibility checkers cannot load. _redirects adds a real 301 on Netlify.
            planned.add(new PageJob(page.url(), kind + ".ftlh", model,
                    origin + (page.number() > 1 ? " (page " + page.number() + ")" : ""), true, newest,
                    page.number() == 1 ? Paginator.pageUrl(firstUrl, 1) + "page/1/" : null));
        }
    }

    private PageJob redirect(String fromPath, Entry to, String origin) {
        return new PageJob(fromPath, "redirect.ftlh", () -> {
            Map<String, Object> model = model(views.listPage("redirect", views.entry(to).title(), fromPath, null));
            model.put("target", views.permalink(to.url()));
            return model;
        }, origin, false, null);
    }

    private Map<String, Object> model(Views.Page page) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site());
        model.put("page", page);
        return model;
    }

    static ZonedDateTime lastChanged(Entry entry) {
        if (entry.updated() != null && (entry.date() == null || entry.updated().isAfter(entry.date()))) {
            return entry.updated();
        }
        return entry.date();
    }
}

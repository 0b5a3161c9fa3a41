package dev.rounds.build;

import dev.rounds.config.SiteConfig;
import dev.rounds.content.Entry;
import dev.rounds.content.EntryKind;
import dev.rounds.content.Paginator;
import dev.rounds.content.SiteIndex;
import dev.rounds.diagnostic.Diagnostics;
import dev.rounds.markdown.RenderedContent;
import dev.rounds.output.OutputFile;
import dev.rounds.template.TemplateProblem;
import dev.rounds.template.TemplateRenderer;
import dev.rounds.template.ViewModelFactory;
import dev.rounds.template.Views;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decides every page of the site (entries, lists, tags, archive, redirects, 404) and renders them. */
final class PagePlanner {
    private static final int LATEST_NOTES = 5;

    /** One page to render: where it goes, with which template and values, and what asked for it. */
    private record PageJob(String urlPath, String template, Map<String, Object> model, String origin) {
    }

    private final SiteConfig config;
    private final SiteIndex index;
    private final TemplateRenderer templates;
    private final ViewModelFactory views;

    PagePlanner(SiteConfig config, SiteIndex index, Map<String, RenderedContent> rendered, Map<String, Object> data,
                String generator, TemplateRenderer templates) {
        this.config = config;
        this.index = index;
        this.templates = templates;
        this.views = new ViewModelFactory(config, index, rendered, data, generator);
    }

    List<OutputFile> renderAll(Diagnostics diagnostics) {
        return plan().parallelStream()
                .map(job -> render(job, diagnostics))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<OutputFile> render(PageJob job, Diagnostics diagnostics) {
        try {
            String html = templates.render(job.template(), job.model());
            return Optional.of(OutputFile.rendered(Entry.outputPathOf(job.urlPath()), html.getBytes(StandardCharsets.UTF_8), job.origin()));
        } catch (TemplateProblem problem) {
            diagnostics.add(problem.diagnostic());
            return Optional.empty();
        }
    }

    private List<PageJob> plan() {
        List<PageJob> jobs = new ArrayList<>();
        for (Entry entry : index.all()) {
            Map<String, Object> model = model(views.entryPage(entry));
            model.put("entry", views.entry(entry));
            jobs.add(new PageJob(entry.url(), entry.kind().label() + ".ftlh", model, entry.id()));
        }
        List<Views.Entry> latestNotes = views.entries(index.notes().subList(0, Math.min(LATEST_NOTES, index.notes().size())));
        paginated(jobs, index.posts(), "/", "home", null, "the home page", Map.of("latestNotes", latestNotes));
        paginated(jobs, index.notes(), "/notes/", "notes", "Notes", "the notes stream", Map.of());
        for (SiteIndex.TagGroup group : index.tags().values()) {
            Views.Tag tag = views.tag(group);
            paginated(jobs, group.entries(), ViewModelFactory.tagUrl(group.slug()), "tag", "Tagged “" + group.name() + "”",
                    "the tag page of '" + group.name() + "'", Map.of("tag", tag));
        }
        Map<String, Object> tagsModel = model(views.page("tags", "Tags", null, "/tags/"));
        tagsModel.put("tags", index.tags().values().stream().map(views::tag).toList());
        jobs.add(new PageJob("/tags/", "tags.ftlh", tagsModel, "the tag index"));

        Map<String, Object> archiveModel = model(views.page("archive", "Archive", null, "/archive/"));
        List<Views.Year> years = new ArrayList<>();
        index.postsByYear().forEach((year, posts) -> years.add(new Views.Year(String.valueOf(year), views.entries(posts))));
        archiveModel.put("years", years);
        jobs.add(new PageJob("/archive/", "archive.ftlh", archiveModel, "the archive"));

        jobs.add(new PageJob("/404.html", "404.ftlh", model(views.page("404", "Page not found", null, "/404.html")), "the not-found page"));
        return jobs;
    }

    private void paginated(List<PageJob> jobs, List<Entry> entries, String firstUrl, String kind, String title,
                           String origin, Map<String, Object> extra) {
        for (Paginator.Page<Entry> page : Paginator.paginate(entries, config.paginate(), firstUrl)) {
            String pageTitle = page.number() == 1 ? title
                    : (title == null ? "" : title + ", ") + "page " + page.number() + " of " + page.total();
            Map<String, Object> model = model(views.page(kind, pageTitle, null, page.url()));
            model.put("pager", views.pager(page));
            model.putAll(extra);
            jobs.add(new PageJob(page.url(), kind + ".ftlh", model, origin + (page.number() > 1 ? " (page " + page.number() + ")" : "")));
        }
        String redirectUrl = Paginator.pageUrl(firstUrl, 1) + "page/1/";
        Map<String, Object> redirect = model(views.page("redirect", title == null ? config.title() : title, null, redirectUrl));
        redirect.put("target", views.permalink(firstUrl));
        jobs.add(new PageJob(redirectUrl, "redirect.ftlh", redirect, origin + " (redirect from page 1)"));
    }

    private Map<String, Object> model(Views.Page page) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site());
        model.put("page", page);
        return model;
    }

}

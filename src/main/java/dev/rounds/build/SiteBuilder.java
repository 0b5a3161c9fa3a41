package dev.rounds.build;

import dev.rounds.config.BuildOptions;
import dev.rounds.cache.KeptStore;
import dev.rounds.cache.RenderStore;
import dev.rounds.check.SiteChecks;
import dev.rounds.check.Waiver;
import dev.rounds.check.Waivers;
import dev.rounds.config.ConfigLoader;
import dev.rounds.config.Glossary;
import dev.rounds.config.ReadabilitySettings;
import dev.rounds.config.SiteConfig;
import dev.rounds.config.YamlNode;
import dev.rounds.config.YamlParser;
import dev.rounds.content.Entry;
import dev.rounds.content.EntryLoader;
import dev.rounds.content.ParsedDocument;
import dev.rounds.content.ReviewDates;
import dev.rounds.content.SiteIndex;
import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.diagnostic.Diagnostics;
import dev.rounds.diagnostic.Severity;
import dev.rounds.feed.WrittenItem;
import dev.rounds.markdown.AnchorScopes;
import dev.rounds.markdown.CachedRender;
import dev.rounds.markdown.EntryLinks;
import dev.rounds.markdown.FrontMatterSplitter;
import dev.rounds.markdown.MarkdownRenderer;
import dev.rounds.markdown.RenderedContent;
import dev.rounds.output.ImageMetadataStripper;
import dev.rounds.output.OutputFile;
import dev.rounds.output.OutputSink;
import dev.rounds.readability.Readability;
import dev.rounds.source.SourceFile;
import dev.rounds.source.SourceKind;
import dev.rounds.source.SourceScanner;
import dev.rounds.source.SourceText;
import dev.rounds.template.TemplateRenderer;
import dev.rounds.template.ThemeResolver;
import dev.rounds.template.ViewModelFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The build pipeline, one method per phase: configuration, sources, entries, index, Markdown,
 * then pages, written as they are rendered. Everything is read, converted and checked before
 * anything is written, and the sink takes a publication back when a page fails to render, so a
 * build with errors leaves the output exactly as it was.
 */
public final class SiteBuilder {
    private static final long MAX_CONTENT_BYTES = 20L * 1024 * 1024;
    /** The store of the feed items written by the last build (see {@link WrittenItem#KEPT}). */
    private static final String FEED_ITEMS = "feed-items";

    private final String generator;

    public SiteBuilder(String generator) {
        this.generator = generator;
    }

    public BuildResult build(BuildOptions options, OutputSink sink) {
        return build(options, sink, null);
    }

    /**
     * Builds the site and, when it publishes, remembers its inputs in {@code cache} (may be null) for
     * {@link #renderChanged}. A build with a cache stops early, publishing nothing and reporting no
     * errors, when a partial render cancels it ({@link BuildCache#cancelRunningBuild()}).
     */
    public BuildResult build(BuildOptions options, OutputSink sink, BuildCache cache) {
        return run(options, sink, cache, null);
    }

    /**
     * Runs every check of a build without writing anything, for {@code rounds check}. The
     * confidentiality guard also reads drafts and future entries here: a draft in a public
     * repository is already published.
     */
    public CheckResult check(BuildOptions options) {
        long start = System.nanoTime();
        Checking checking = new Checking();
        run(options, null, null, checking);
        List<Waiver> waivers = checking.waivers.stream()
                .sorted(java.util.Comparator.comparing((Waiver w) -> w.file().toString()).thenComparingInt(Waiver::line)
                        .thenComparingInt(Waiver::column))
                .toList();
        return new CheckResult(checking.diagnostics == null ? List.of() : checking.diagnostics.sorted(), waivers,
                checking.files, elapsed(start));
    }

    /** What {@code rounds check} collects beyond a build's result: every diagnostic (information too) and the waivers. */
    private static final class Checking {
        Diagnostics diagnostics;
        final List<Waiver> waivers = Collections.synchronizedList(new ArrayList<>());
        int files;
    }

    /** A build; with {@code checking}, only its checks (no sink: nothing is written). */
    private BuildResult run(BuildOptions options, OutputSink sink, BuildCache cache, Checking checking) {
        long start = System.nanoTime();
        PhaseClock clock = new PhaseClock();
        BooleanSupplier cancelled = cache == null ? () -> false : cache.cancellation();
        Diagnostics diagnostics = new Diagnostics();
        if (checking != null) {
            checking.diagnostics = diagnostics;
        }
        Path siteDir = options.siteDir().toAbsolutePath().normalize();

        ConfigLoader.Result loaded = ConfigLoader.load(siteDir, options.baseUrlOverride(), name -> ThemeResolver.exists(siteDir, name));
        diagnostics.addAll(loaded.diagnostics());
        if (loaded.config().isEmpty()) {
            return failed(diagnostics, start);
        }
        SiteConfig config = loaded.config().get();
        RenderStore store = RenderStore.open(siteDir);
        KeptStore<WrittenItem> itemStore = KeptStore.open(siteDir, FEED_ITEMS, WrittenItem.KEPT);
        clock.lap("configuration");
        checkOutputFolder(siteDir, options.outputDir(), diagnostics);
        boolean configBroken = diagnostics.hasErrors();

        SourceScanner.Scan scan = SourceScanner.scan(siteDir, options.outputDir());
        diagnostics.addAll(scan.diagnostics());
        warnAboutStrayFiles(scan.files(), diagnostics);

        Map<String, SourceDocument> documents = new ConcurrentHashMap<>();
        List<Entry> entries = loadEntries(config, scan.files(), diagnostics, cancelled, documents);
        List<Entry> published = entries.stream()
                .filter(e -> options.drafts() || !e.draft())
                .filter(e -> options.future() || e.date() == null || !e.date().toInstant().isAfter(options.now()))
                .toList();
        SiteData data = loadData(scan.files(), diagnostics);
        clock.lap("reading sources");
        if (configBroken) {
            return failed(diagnostics, start);
        }
        if (cancelled.getAsBoolean()) {
            return cancelledBuild(start);
        }
        SiteChecks checks = new SiteChecks(config.checks());
        Set<String> publishedIds = new HashSet<>();
        published.forEach(entry -> publishedIds.add(entry.id()));
        List<Waiver> waivers = checking != null ? checking.waivers : Collections.synchronizedList(new ArrayList<>());
        int checkedFiles = checkContent(checks, documents, checking != null ? null : publishedIds, scan.files(), diagnostics, waivers);
        documents.clear(); // the documents as written (front matter trees, waivers) are for the checks only
        if (checking != null) {
            checking.files = checkedFiles;
        }
        clock.lap("confidentiality");
        SiteIndex index = new SiteIndex(published);
        published.forEach(entry -> ReviewDates.overdueWarning(entry, options.now(), config.timezone()).ifPresent(diagnostics::add));
        EntryLinks links = entryLinks(scan.files(), entries, index);
        MarkdownRenderer markdown = new MarkdownRenderer(config.basePath(), data.glossary(), config.abbreviations().expandFirst(), links);
        Map<String, String> scopes = AnchorScopes.of(index.all());
        Markdown converted = renderMarkdown(markdown, scopes, index, store.kept(markdown.settings()), diagnostics, cancelled);
        Map<String, RenderedContent> rendered = converted.contents();
        clock.lap("markdown");
        if (cancelled.getAsBoolean()) {
            return cancelledBuild(start);
        }
        if (rendered.size() < published.size()) {
            index = new SiteIndex(published.stream().filter(e -> rendered.containsKey(e.id())).toList());
        }

        ThemeResolver themes = new ThemeResolver(siteDir, config.theme());
        List<OutputFile> others;
        Map<String, WrittenItem> feedItems;
        TemplateRenderer templates;
        ViewModelFactory views;
        PagePlanner pages;
        try {
            templates = new TemplateRenderer(themes);
            views = new ViewModelFactory(config, index, rendered, data.values(), generator, options.now());
            pages = new PagePlanner(config, index, views, templates);
            FeedPlanner feeds = new FeedPlanner(config, index, rendered, views, itemStore.kept(""));
            FeedPlanner.Feeds written = feeds.feeds();
            feedItems = written.items();
            others = new ArrayList<>(written.files());
            others.add(feeds.sitemap(pages.jobs()));
            others.add(feeds.robots());
            others.add(feeds.redirects(pages.jobs()));
            clock.lap("feeds and sitemap");
            others.addAll(staticFiles(scan.files(), themes, index));
        } catch (IOException | UncheckedIOException e) {
            diagnostics.add(Diagnostic.error(siteDir, 1, 1, "cannot read the theme '" + config.theme() + "': " + e.getMessage()));
            return failed(diagnostics, start);
        }
        // Every file's path is known before any page is rendered: the checks that need the whole
        // site run first, so that pages can be written (and forgotten) as they are rendered.
        List<Map.Entry<String, String>> planned = new ArrayList<>();
        pages.jobs().forEach(job -> job.outputPaths().forEach(path -> planned.add(Map.entry(path, job.origin()))));
        others.forEach(output -> planned.add(Map.entry(output.path(), output.origin())));
        checkCollisions(planned, siteDir, diagnostics);
        Set<String> outputPaths = new HashSet<>();
        planned.forEach(path -> outputPaths.add(path.getKey()));
        checkRendered(checks, config, index.all(), rendered, outputPaths, diagnostics);
        others = withoutImageMetadata(others, diagnostics);
        clock.lap("checks and static files");
        if (checking != null) {
            pages.renderAll(diagnostics, cancelled, page -> { });
            checkReadability(config, index, diagnostics);
            return failed(diagnostics, start);
        }
        if (diagnostics.hasErrors()) {
            return failed(diagnostics, start);
        }
        if (cancelled.getAsBoolean()) {
            return cancelledBuild(start);
        }

        OutputSink.Report report;
        OutputSink.Publication publication = null;
        try {
            publication = sink.begin();
            OutputSink.Publication into = publication;
            Consumer<OutputFile> write = file -> {
                try {
                    into.add(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            Parallel.forEach(others, write);
            pages.renderAll(diagnostics, () -> cancelled.getAsBoolean() || diagnostics.hasErrors(), write);
            clock.lap("pages");
            if (diagnostics.hasErrors() || cancelled.getAsBoolean()) {
                publication.abort();
                return diagnostics.hasErrors() ? failed(diagnostics, start) : cancelledBuild(start);
            }
            report = publication.commit();
            keepQuietly(() -> store.keep(markdown.settings(), converted.renders()));
            keepQuietly(() -> itemStore.keep("", feedItems));
            clock.lap("writing");
        } catch (IOException | UncheckedIOException e) {
            if (publication != null) {
                publication.abort();
            }
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            diagnostics.add(Diagnostic.error(options.outputDir().toAbsolutePath(), 1, 1, "cannot write the site: " + reason));
            return failed(diagnostics, start);
        }
        if (cache != null) {
            Map<String, SourceFile> files = new LinkedHashMap<>();
            scan.files().forEach(file -> files.put(file.relative(), file));
            Map<String, Entry> byId = new LinkedHashMap<>();
            entries.forEach(entry -> byId.put(entry.id(), entry));
            cache.remember(new BuildCache.Snapshot(options, config, Collections.unmodifiableMap(files),
                    Collections.unmodifiableMap(byId), index, Map.copyOf(rendered), data.values(), markdown, scopes, templates,
                    views, Collections.unmodifiableSet(outputPaths)), cancelled);
        }
        return new BuildResult(true, withoutInfo(diagnostics), index.posts().size(), index.notes().size(), index.pages().size(),
                planned.size(), report.written(), report.unchanged(), report.removed(), elapsed(start), clock.phases(), converted.kept());
    }

    /** The output must not be, contain, or sit inside the site's sources, which a build would overwrite. */
    private static void checkOutputFolder(Path siteDir, Path outputDir, Diagnostics diagnostics) {
        Path output = outputDir.toAbsolutePath().normalize();
        boolean inSources = output.equals(siteDir) || siteDir.startsWith(output)
                || Stream.of("content", "static", "layouts", "data", "themes").anyMatch(dir -> output.startsWith(siteDir.resolve(dir)));
        if (inSources) {
            diagnostics.add(Diagnostic.error(output, 1, 1, "the output folder would overwrite the site's own files: "
                    + "choose a folder outside the site's content/, static/, layouts/, data/ and themes/ (the default is public/)"));
        }
    }

    /**
     * The preview server's fast path: renders just the pages of the edited entries {@code changed}
     * (relative paths), on the last build remembered in {@code cache}, when the edit cannot move
     * anything else: every changed file is a published entry of that build whose front matter still
     * says the same (title, date, tags, URL…), so only its body differs. The lists, tag pages and
     * feeds that show it follow from {@link #renderListsOfChanged}. Empty when the edit is not of
     * that kind; a result with errors when an edited file has them. Once it renders, a full build
     * still running with the same cache is cancelled: its result would be older than this page.
     */
    public Optional<PartialBuild> renderChanged(BuildOptions options, BuildCache cache, Set<String> changed) {
        long start = System.nanoTime();
        BuildCache.Snapshot last = cache.last();
        if (last == null || changed.isEmpty() || !last.sameOptions(options)) {
            return Optional.empty();
        }
        Diagnostics diagnostics = new Diagnostics();
        EntryLoader loader = new EntryLoader(last.config());
        Map<String, Entry> edited = new LinkedHashMap<>();
        for (String relative : changed) {
            Entry before = last.entries().get(relative);
            SourceFile file = last.files().get(relative);
            if (before == null || file == null || !file.kind().isEntry() || !Files.isRegularFile(file.path())
                    || !last.index().byId().containsKey(relative)) {
                return Optional.empty();
            }
            Optional<SourceDocument> source = readDocument(file, diagnostics);
            source.ifPresent(read -> checkEdited(last.config(), read, diagnostics));
            Optional<Entry> after = source.map(SourceDocument::withoutWaivers).flatMap(document -> {
                EntryLoader.Result result = loader.load(document);
                diagnostics.addAll(result.diagnostics());
                return result.entry();
            });
            if (diagnostics.hasErrors()) {
                cache.cancelRunningBuild();
                return Optional.of(new PartialBuild(List.of(), diagnostics.sorted(), elapsed(start)));
            }
            if (after.isEmpty() || !sameButBody(before, after.get())) {
                return Optional.empty();
            }
            edited.put(relative, after.get());
        }
        cache.cancelRunningBuild();
        SiteIndex index = last.index().replacing(edited);
        Map<String, RenderedContent> rendered = new HashMap<>(last.rendered());
        for (Entry entry : edited.values()) {
            ReviewDates.overdueWarning(entry, options.now(), last.config().timezone()).ifPresent(diagnostics::add);
            MarkdownRenderer.Result result = last.markdown().render(entry, last.scopes().get(entry.id()));
            diagnostics.addAll(result.diagnostics());
            result.content().ifPresent(content -> rendered.put(entry.id(), content));
        }
        List<Entry> entries = edited.keySet().stream().map(index.byId()::get).toList();
        checkRendered(new SiteChecks(last.config().checks()), last.config(), entries, rendered, last.outputPaths(), diagnostics);
        if (diagnostics.hasErrors()) {
            return Optional.of(new PartialBuild(List.of(), diagnostics.sorted(), elapsed(start)));
        }
        ViewModelFactory views = last.views().withEdited(index, rendered, edited.keySet());
        PagePlanner pages = new PagePlanner(last.config(), index, views, last.templates());
        List<OutputFile> outputs = new ArrayList<>();
        for (Entry entry : entries) {
            outputs.addAll(pages.renderEntry(entry, diagnostics));
        }
        if (diagnostics.hasErrors()) {
            return Optional.of(new PartialBuild(List.of(), diagnostics.sorted(), elapsed(start)));
        }
        cache.pending(new BuildCache.Edit(last, Map.copyOf(edited), index, Collections.unmodifiableMap(rendered), views));
        return Optional.of(new PartialBuild(outputs, diagnostics.sorted(), elapsed(start)));
    }

    /**
     * The second half of the fast path: the list pages, tag pages, archive, author pages and feeds
     * that show the entries of the last {@link #renderChanged}, rendered on the same build, which
     * {@code cache} then remembers with the edit in it. Empty when there is no such edit or when a
     * full build was remembered since (it has to be built again).
     */
    public Optional<PartialBuild> renderListsOfChanged(BuildCache cache) {
        long start = System.nanoTime();
        BuildCache.Edit edit = cache.takePending();
        if (edit == null) {
            return Optional.empty();
        }
        BuildCache.Snapshot base = edit.base();
        Diagnostics diagnostics = new Diagnostics();
        Set<String> ids = edit.edited().keySet();
        PagePlanner pages = new PagePlanner(base.config(), edit.index(), edit.views(), base.templates());
        List<OutputFile> outputs = new ArrayList<>(pages.renderListsShowing(ids, diagnostics));
        outputs.addAll(new FeedPlanner(base.config(), edit.index(), edit.rendered(), edit.views(), Map.of()).feedsShowing(ids));
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        if (!cache.replace(base, base.with(edit))) {
            return Optional.empty();
        }
        return Optional.of(new PartialBuild(outputs, diagnostics.sorted(), elapsed(start)));
    }

    /**
     * The preview server's path for a change to templates only ({@code layouts/} or a theme's
     * {@code layouts/}): every page is rendered again with the new templates on the content of the
     * last build, which is not read, converted or checked again. Empty when anything else changed.
     */
    public Optional<PartialBuild> renderTemplatesChanged(BuildOptions options, BuildCache cache, Set<String> changed) {
        long start = System.nanoTime();
        BuildCache.Snapshot last = cache.last();
        if (last == null || changed.isEmpty() || !last.sameOptions(options) || !changed.stream().allMatch(SiteBuilder::isTemplate)) {
            return Optional.empty();
        }
        cache.cancelRunningBuild();
        Diagnostics diagnostics = new Diagnostics();
        Path siteDir = options.siteDir().toAbsolutePath().normalize();
        TemplateRenderer templates;
        try {
            templates = new TemplateRenderer(new ThemeResolver(siteDir, last.config().theme()));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        List<OutputFile> outputs = new PagePlanner(last.config(), last.index(), last.views(), templates).renderAll(diagnostics);
        if (diagnostics.hasErrors()) {
            return Optional.of(new PartialBuild(List.of(), diagnostics.sorted(), elapsed(start)));
        }
        if (!cache.replace(last, last.withTemplates(templates))) {
            return Optional.empty();
        }
        return Optional.of(new PartialBuild(outputs, diagnostics.sorted(), elapsed(start)));
    }

    /** A template folder of the site or of one of its themes, or a file or folder in one. */
    private static boolean isTemplate(String relative) {
        return relative.equals("layouts") || relative.startsWith("layouts/") || relative.matches("themes/[^/]+/layouts(/.*)?");
    }

    /**
     * The preview server's path for edited style sheets, scripts and other static files that are
     * not images (images have their metadata checked and removed by a full build): the new version
     * of each is published as it is. Empty unless every changed file is such a file and was there
     * at the last build.
     */
    public Optional<PartialBuild> copyStaticChanged(BuildOptions options, BuildCache cache, Set<String> changed) {
        long start = System.nanoTime();
        BuildCache.Snapshot last = cache.last();
        if (last == null || changed.isEmpty() || !last.sameOptions(options)) {
            return Optional.empty();
        }
        Path siteDir = options.siteDir().toAbsolutePath().normalize();
        String themeStatic = "themes/" + last.config().theme() + "/static/";
        Map<String, ThemeResolver.ThemeFile> themeFiles = null;
        List<OutputFile> outputs = new ArrayList<>();
        for (String relative : changed) {
            SourceFile file = last.files().get(relative);
            if (file == null || !Files.isRegularFile(file.path()) || SiteChecks.isImage(file.path().getFileName().toString())) {
                return Optional.empty();
            }
            try {
                if (file.kind() == SourceKind.STATIC) {
                    String path = relative.substring("static/".length());
                    outputs.add(OutputFile.rendered(path, Files.readAllBytes(file.path()), relative));
                } else if (file.kind() == SourceKind.THEME && relative.startsWith(themeStatic)) {
                    String path = relative.substring(themeStatic.length());
                    if (themeFiles == null) {
                        themeFiles = new ThemeResolver(siteDir, last.config().theme()).staticFiles();
                    }
                    ThemeResolver.ThemeFile themeFile = themeFiles.get(path);
                    if (themeFile != null && !last.files().containsKey("static/" + path)) {
                        outputs.add(OutputFile.rendered(path, themeFile.bytes(), themeFile.origin()));
                    }
                } else {
                    return Optional.empty();
                }
            } catch (IOException | UncheckedIOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new PartialBuild(outputs, List.of(), elapsed(start)));
    }

    /** The preview's fast path checks an edited entry as a build would (images and links wait for the full build). */
    private static void checkEdited(SiteConfig config, SourceDocument source, Diagnostics diagnostics) {
        ParsedDocument document = source.document();
        SiteChecks.DocumentReport report = new SiteChecks(config.checks()).document(document.file().path(), document.frontMatter(),
                source.frontMatterText(), source.frontMatterLine(), document.body(), document.bodyLine());
        report.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).forEach(diagnostics::add);
    }

    /** Whether two versions of an entry differ at most in their Markdown body (every other component is compared). */
    static boolean sameButBody(Entry before, Entry after) {
        for (RecordComponent component : Entry.class.getRecordComponents()) {
            if (component.getName().equals("body") || component.getName().equals("bodyLine")) {
                continue;
            }
            try {
                Method accessor = component.getAccessor();
                if (!Objects.equals(accessor.invoke(before), accessor.invoke(after))) {
                    return false;
                }
            } catch (ReflectiveOperationException e) {
                return false;
            }
        }
        return true;
    }

    /** A build stopped by {@link BuildCache#cancelRunningBuild()}: nothing published, and no errors. */
    private static BuildResult cancelledBuild(long start) {
        return new BuildResult(false, List.of(), 0, 0, 0, 0, 0, 0, 0, elapsed(start));
    }

    private static BuildResult failed(Diagnostics diagnostics, long start) {
        return new BuildResult(false, withoutInfo(diagnostics), 0, 0, 0, 0, 0, 0, 0, elapsed(start));
    }

    /** Information (such as an NHS number in the reserved test range) is for {@code rounds check}'s report only. */
    private static List<Diagnostic> withoutInfo(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().filter(d -> d.severity() != Severity.INFO).toList();
    }

    /**
     * The confidentiality guard and the source checks (alt text, headings) on every content file
     * that is published ({@code onlyIds}), or on every one when {@code onlyIds} is null, then the
     * metadata of every image beside them. Returns the number of files checked.
     */
    private static int checkContent(SiteChecks checks, Map<String, SourceDocument> documents, Set<String> onlyIds,
                                    List<SourceFile> files, Diagnostics diagnostics, List<Waiver> waivers) {
        Map<String, Map<String, String>> allowedInBundle = new ConcurrentHashMap<>();
        List<SourceDocument> checked = documents.values().stream()
                .filter(document -> onlyIds == null || onlyIds.contains(document.document().file().relative()))
                .toList();
        Parallel.forEach(checked, source -> {
            ParsedDocument document = source.document();
            SiteChecks.DocumentReport report = checks.document(document.file().path(), document.frontMatter(),
                    source.frontMatterText(), source.frontMatterLine(), document.body(), document.bodyLine());
            diagnostics.addAll(report.diagnostics());
            waivers.addAll(report.waivers());
            if (document.file().bundle() != null) {
                allowedInBundle.put(document.file().bundle(), report.allowedInFile());
            }
        });
        Set<String> publishedBundles = new HashSet<>();
        checked.forEach(source -> {
            if (source.document().file().bundle() != null) {
                publishedBundles.add(source.document().file().bundle());
            }
        });
        List<SourceFile> images = files.stream()
                .filter(file -> file.kind() == SourceKind.STATIC
                        || file.kind() == SourceKind.ENTRY_RESOURCE && (onlyIds == null || publishedBundles.contains(file.bundle())))
                .filter(file -> SiteChecks.isImage(file.path().getFileName().toString()))
                .toList();
        Parallel.forEach(images, file -> {
            try {
                Map<String, String> allowed = file.bundle() == null ? Map.of() : allowedInBundle.getOrDefault(file.bundle(), Map.of());
                diagnostics.addAll(checks.image(file.path(), Files.readAllBytes(file.path()), allowed));
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(file.path(), 1, 1, "cannot read: " + e.getClass().getSimpleName()));
            }
        });
        return checked.size() + images.size();
    }

    /** Checks that need the rendered site: links to pages and files it does not have, and notes that run long. */
    private static void checkRendered(SiteChecks checks, SiteConfig config, List<Entry> entries, Map<String, RenderedContent> rendered,
                                      Set<String> paths, Diagnostics diagnostics) {
        Parallel.forEach(entries, entry -> {
            RenderedContent content = rendered.get(entry.id());
            if (content == null) {
                return;
            }
            diagnostics.addAll(checks.links(entry.source(), entry.body(), entry.bodyLine(), content.html(), entry.url(),
                    config.basePath(), paths));
            if (entry.kind() == dev.rounds.content.EntryKind.NOTE) {
                checks.noteLength(entry.source(), entry.bodyLine(), content.plainText()).ifPresent(diagnostics::add);
            }
        });
    }

    /**
     * For {@code rounds check} only: each post's readability figures as information, and a
     * warning when they are far from the targets of the site's audience.
     */
    private static void checkReadability(SiteConfig config, SiteIndex index, Diagnostics diagnostics) {
        ReadabilitySettings targets = config.health().readability();
        Parallel.forEach(index.posts(), post -> {
            Readability.Scores scores = Readability.scoreMarkdown(post.body());
            if (scores.words() == 0) {
                return;
            }
            Readability.Assessment assessment = Readability.assess(scores, targets.maxGrade(), targets.minEase());
            diagnostics.add(Diagnostic.of("readability", Severity.INFO, post.source(), 1, 1, assessment.summary()));
            if (assessment.farOff()) {
                diagnostics.add(Diagnostic.of("readability", Severity.WARNING, post.source(), 1, 1,
                        "hard to read for a " + targets.audience() + " audience: shorter sentences and shorter words help"
                                + " (readability.audience in site.yaml sets the targets)"));
            }
        });
    }

    /** JPEG and PNG files lose their metadata on the way out (the pixels are not touched). */
    private static List<OutputFile> withoutImageMetadata(List<OutputFile> outputs, Diagnostics diagnostics) {
        return Parallel.map(outputs, output -> {
            if (output.copyOf() == null || !ImageMetadataStripper.handles(output.path())) {
                return output;
            }
            try {
                byte[] bytes = Files.readAllBytes(output.copyOf());
                try {
                    return OutputFile.rendered(output.path(), ImageMetadataStripper.strip(bytes), output.origin());
                } catch (ImageMetadataStripper.MalformedImageException e) {
                    // A file that is not a whole JPEG or PNG is published as it is only when it holds no metadata block.
                    if (ImageMetadataStripper.mayHoldMetadata(bytes)) {
                        diagnostics.add(Diagnostic.error(output.copyOf(), 1, 1, "cannot remove this image's metadata safely ("
                                + e.getMessage() + "): export it again from a photo editor"));
                    }
                    return output;
                }
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(output.copyOf(), 1, 1, "cannot read: " + e.getClass().getSimpleName()));
                return output;
            }
        });
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void warnAboutStrayFiles(List<SourceFile> files, Diagnostics diagnostics) {
        for (SourceFile file : files) {
            if (file.kind() == SourceKind.STRAY_CONTENT) {
                String hint = file.relative().startsWith("data/")
                        ? "data files are YAML files directly in data/ (data/events.yaml)"
                        : "content is Markdown in content/posts/, content/notes/ or content/pages/; images go in static/ or in a post's own folder";
                diagnostics.add(Diagnostic.warning(file.path(), 1, 1, "not part of the site, so not published: " + hint));
            }
        }
    }

    /** A content file as read, with its front matter as written (for positions in the checks' findings). */
    private record SourceDocument(ParsedDocument document, String frontMatterText, int frontMatterLine) {
        /**
         * The document an entry is made from: waiver comments are for the checks only (which read the
         * document as written), so an entry's body is without them and they never reach a page or a
         * feed. Lines keep their numbers.
         */
        ParsedDocument withoutWaivers() {
            return new ParsedDocument(document.file(), document.frontMatter(), Waivers.strip(document.body()), document.bodyLine());
        }
    }

    private static List<Entry> loadEntries(SiteConfig config, List<SourceFile> files, Diagnostics diagnostics,
                                           BooleanSupplier cancelled, Map<String, SourceDocument> documents) {
        EntryLoader loader = new EntryLoader(config);
        List<SourceFile> entryFiles = files.stream().filter(file -> file.kind().isEntry()).toList();
        List<Optional<Entry>> loaded = Parallel.map(entryFiles, file -> {
            if (cancelled.getAsBoolean()) {
                return Optional.empty();
            }
            Optional<SourceDocument> source = readDocument(file, diagnostics);
            if (source.isEmpty()) {
                return Optional.empty();
            }
            documents.put(file.relative(), source.get());
            EntryLoader.Result result = loader.load(source.get().withoutWaivers());
            diagnostics.addAll(result.diagnostics());
            return result.entry();
        });
        return loaded.stream().flatMap(Optional::stream).toList();
    }

    private static Optional<SourceDocument> readDocument(SourceFile file, Diagnostics diagnostics) {
        Optional<String> text = readText(file, diagnostics);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        FrontMatterSplitter.Split split = FrontMatterSplitter.split(text.get());
        if (split.unclosed()) {
            diagnostics.add(Diagnostic.error(file.path(), 1, 1, "the front matter opened by '---' on line 1 is never closed by another '---' line"));
            return Optional.empty();
        }
        Optional<YamlNode.Mapping> frontMatter = Optional.empty();
        if (split.frontMatter().isPresent()) {
            YamlParser.Result parsed = YamlParser.parse(file.path(), split.frontMatter().get(), split.frontMatterLine());
            if (!parsed.ok()) {
                diagnostics.addAll(parsed.errors());
                return Optional.empty();
            }
            if (parsed.node().isPresent()) {
                if (!(parsed.node().get() instanceof YamlNode.Mapping mapping)) {
                    YamlNode node = parsed.node().get();
                    diagnostics.add(Diagnostic.error(file.path(), node.line(), node.column(),
                            "front matter must be keys and values (title: …), not " + node.shape()));
                    return Optional.empty();
                }
                frontMatter = Optional.of(mapping);
            }
        }
        return Optional.of(new SourceDocument(new ParsedDocument(file, frontMatter, split.body(), split.bodyLine()),
                split.frontMatter().orElse(null), split.frontMatterLine()));
    }

    private static Optional<String> readText(SourceFile file, Diagnostics diagnostics) {
        // One open for both the size and the bytes: Files.size and Files.readAllBytes would each look the path up.
        try (FileChannel channel = FileChannel.open(file.path())) {
            long size = channel.size();
            if (size > MAX_CONTENT_BYTES) {
                diagnostics.add(Diagnostic.error(file.path(), 1, 1, "too large to be a page (over 20 MB): split it"));
                return Optional.empty();
            }
            SourceText.Decoded decoded = SourceText.decode(file.path(), readAll(channel, (int) size));
            decoded.problem().ifPresent(diagnostics::add);
            return decoded.text();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(file.path(), 1, 1, "cannot read: " + e.getClass().getSimpleName()));
            return Optional.empty();
        }
    }

    /** Every byte of {@code channel}, {@code size} of them expected; more when the file grew meanwhile, as Files.readAllBytes reads. */
    private static byte[] readAll(FileChannel channel, int size) throws IOException {
        byte[] bytes = new byte[size];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                return Arrays.copyOf(bytes, buffer.position());
            }
        }
        ByteBuffer next = ByteBuffer.allocate(1);
        if (channel.read(next) < 0) {
            return bytes;
        }
        byte[] rest = Channels.newInputStream(channel).readAllBytes();
        byte[] all = Arrays.copyOf(bytes, size + 1 + rest.length);
        all[size] = next.get(0);
        System.arraycopy(rest, 0, all, size + 1, rest.length);
        return all;
    }

    /** The data files for templates ({@code site.data.NAME}), and the abbreviations of {@code data/abbreviations.yaml}. */
    private record SiteData(Map<String, Object> values, Map<String, String> glossary) {
    }

    private static SiteData loadData(List<SourceFile> files, Diagnostics diagnostics) {
        Map<String, Object> data = new TreeMap<>();
        Map<String, String> glossary = Map.of();
        for (SourceFile file : files) {
            if (file.kind() != SourceKind.DATA) {
                continue;
            }
            Optional<String> text = readText(file, diagnostics);
            if (text.isEmpty()) {
                continue;
            }
            YamlParser.Result parsed = YamlParser.parse(file.path(), text.get(), 1);
            diagnostics.addAll(parsed.errors());
            String name = file.baseName();
            parsed.node().ifPresent(node -> data.put(name, node.toPlain()));
            if (name.equals(Glossary.DATA_NAME) && parsed.node().isPresent()) {
                List<Diagnostic> problems = new ArrayList<>();
                glossary = Glossary.read(file.path(), parsed.node().get(), problems);
                diagnostics.addAll(problems);
            }
        }
        return new SiteData(Collections.unmodifiableMap(data), glossary);
    }

    /**
     * Where links between entries lead: the URL of every published entry; why each entry left out
     * of this build is not published; and the Markdown files that are neither (files of a bundle,
     * and entries whose own errors are reported), whose links are left alone.
     */
    private static EntryLinks entryLinks(List<SourceFile> files, List<Entry> loaded, SiteIndex index) {
        Map<String, String> urls = new HashMap<>();
        index.all().forEach(entry -> urls.put(entry.id(), entry.url()));
        Map<String, String> unpublished = new HashMap<>();
        for (Entry entry : loaded) {
            if (!urls.containsKey(entry.id())) {
                unpublished.put(entry.id(), entry.draft()
                        ? "a draft: it is published once 'draft: true' is removed (--drafts shows drafts in a build)"
                        : "dated " + entry.date().toLocalDate() + ", in the future: it is published from then (--future shows it in a build)");
            }
        }
        Set<String> others = new HashSet<>();
        for (SourceFile file : files) {
            boolean resource = file.kind() == SourceKind.ENTRY_RESOURCE;
            boolean failedEntry = file.kind().isEntry() && !urls.containsKey(file.relative()) && !unpublished.containsKey(file.relative());
            if (resource || failedEntry) {
                others.add(file.relative());
            }
        }
        return new EntryLinks(urls, unpublished, others);
    }

    /**
     * The Markdown phase's outcome: each entry's content, the renders to keep for the next build,
     * and how many of them were kept from the last one.
     */
    private record Markdown(Map<String, RenderedContent> contents, Map<String, CachedRender> renders, int kept) {
    }

    private interface Keeping {
        void keep() throws IOException;
    }

    /** Keeps what the next build may reuse, if it can: only that build's speed depends on it, so a read-only site folder still builds. */
    private static void keepQuietly(Keeping keeping) {
        try {
            keeping.keep();
        } catch (IOException | UncheckedIOException e) {
            // nothing kept: the next build does the work again
        }
    }

    private static Markdown renderMarkdown(MarkdownRenderer renderer, Map<String, String> scopes, SiteIndex index,
                                           Map<String, CachedRender> previous, Diagnostics diagnostics, BooleanSupplier cancelled) {
        Map<String, RenderedContent> rendered = new ConcurrentHashMap<>();
        Map<String, CachedRender> renders = new ConcurrentHashMap<>();
        AtomicInteger kept = new AtomicInteger();
        Parallel.forEach(index.all(), entry -> {
            if (cancelled.getAsBoolean()) {
                return;
            }
            String scope = scopes.get(entry.id());
            CachedRender earlier = previous.get(entry.id());
            Optional<RenderedContent> reused = earlier == null ? Optional.empty() : renderer.reuse(entry, scope, earlier);
            if (reused.isPresent()) {
                rendered.put(entry.id(), reused.get());
                renders.put(entry.id(), earlier);
                kept.incrementAndGet();
                return;
            }
            MarkdownRenderer.Result result = renderer.render(entry, scope);
            diagnostics.addAll(result.diagnostics());
            result.content().ifPresent(content -> rendered.put(entry.id(), content));
            result.reusable().ifPresent(render -> renders.put(entry.id(), render));
        });
        return new Markdown(rendered, renders, kept.get());
    }

    private static List<OutputFile> staticFiles(List<SourceFile> files, ThemeResolver themes, SiteIndex index) {
        Map<String, OutputFile> outputs = new LinkedHashMap<>();
        themes.staticFiles().forEach((path, file) -> outputs.put(path, OutputFile.rendered(path, file.bytes(), file.origin())));
        List<OutputFile> result = new ArrayList<>();
        for (SourceFile file : files) {
            if (file.kind() == SourceKind.STATIC) {
                String path = file.relative().substring("static/".length());
                outputs.remove(path);
                result.add(OutputFile.copied(path, file.path(), file.relative()));
            }
        }
        Map<String, Entry> bundles = new LinkedHashMap<>();
        for (Entry entry : index.all()) {
            if (entry.bundle() != null) {
                bundles.put(entry.bundle(), entry);
            }
        }
        for (SourceFile file : files) {
            if (file.kind() == SourceKind.ENTRY_RESOURCE) {
                Entry owner = bundles.get(file.bundle());
                if (owner != null) {
                    String inBundle = file.relative().substring(file.bundle().length() + 1);
                    String path = Entry.outputPathOf(owner.folderUrl()).replaceFirst("index\\.html$", "") + inBundle;
                    result.add(OutputFile.copied(path, file.path(), file.relative()));
                }
            }
        }
        result.addAll(0, outputs.values());
        return result;
    }

    /** Two files for one path (whatever its case) are an error naming what makes both. */
    private static void checkCollisions(List<Map.Entry<String, String>> planned, Path siteDir, Diagnostics diagnostics) {
        Map<String, Map.Entry<String, String>> byPath = new HashMap<>();
        for (Map.Entry<String, String> output : planned) {
            Map.Entry<String, String> first = byPath.putIfAbsent(output.getKey().toLowerCase(java.util.Locale.ROOT), output);
            if (first != null) {
                String message = "/" + output.getKey() + " would be written twice: by " + first.getValue() + " and by " + output.getValue();
                Path at = originFile(output.getValue(), siteDir).or(() -> originFile(first.getValue(), siteDir)).orElse(siteDir);
                diagnostics.add(Diagnostic.error(at, 1, 1, message));
            }
        }
    }

    private static Optional<Path> originFile(String origin, Path siteDir) {
        Objects.requireNonNull(origin);
        if (origin.startsWith("theme:") || origin.startsWith("the ") || origin.contains(" ")) {
            return Optional.empty();
        }
        Path path = siteDir.resolve(origin);
        return Files.exists(path) ? Optional.of(path) : Optional.empty();
    }
}

package dev.rounds.serve;

import dev.rounds.build.BuildCache;
import dev.rounds.build.BuildResult;
import dev.rounds.build.PartialBuild;
import dev.rounds.build.SiteBuilder;
import dev.rounds.config.BuildOptions;
import dev.rounds.config.ConfigLoader;
import dev.rounds.config.SiteConfig;
import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.output.LiveReloadSink;
import dev.rounds.output.MemorySink;
import dev.rounds.output.OutputFile;
import dev.rounds.output.OutputSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code rounds serve}: builds the site into memory with the same {@link SiteBuilder} as
 * {@code rounds build}, serves it with Jetty, watches the site folder and rebuilds after each change,
 * and tells open tabs to reload. A build with errors never stops it: the browser shows the errors
 * until a rebuild succeeds. Nothing is written to disk.
 */
public final class PreviewServer implements AutoCloseable {
    private static final int PORTS_TO_TRY = 50;
    private static final Duration HEARTBEAT = Duration.ofSeconds(10);
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_ANNOUNCED = 300;

    /** Why the server could not start (a taken port, an unknown address, a folder that is not a site). */
    public static final class StartFailure extends Exception {
        private static final long serialVersionUID = 1L;

        StartFailure(String message) {
            super(message);
        }
    }

    private final ServeOptions options;
    private final ServeListener listener;
    private final Path site;
    private final SiteBuilder builder;
    private final MemorySink memory = new MemorySink();
    private final OutputSink sink;
    private final EventStreams events = new EventStreams();
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final BuildCache cache = new BuildCache();
    private final Object buildLock = new Object();
    /** Guards what is served: the memory sink, {@link #state} and {@link #quickUpdates}. */
    private final Object publishLock = new Object();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Set<Diagnostic> reportedWarnings = ConcurrentHashMap.newKeySet();
    private volatile Set<Diagnostic> shownErrors = Set.of();

    private final Server server;
    private final ServerConnector connector;
    private final String origin;
    private volatile SiteState state;
    private long generation;
    private long quickUpdates;
    private FileWatcher watcher;
    private RebuildQueue quickLane;
    private RebuildQueue fullLane;
    private ScheduledExecutorService heartbeat;

    private PreviewServer(ServeOptions options, String generator, ServeListener listener, Server server,
                          ServerConnector connector, String origin) {
        this.options = options;
        this.listener = listener;
        this.site = options.siteDir().toAbsolutePath().normalize();
        this.builder = new SiteBuilder(generator);
        this.sink = options.liveReload() ? new LiveReloadSink(memory, SiteHandler.SCRIPT_PATH) : memory;
        this.server = server;
        this.connector = connector;
        this.origin = origin;
        this.state = new SiteState(instance + "-0", "/", Map.of(), List.of(), new byte[0]);
    }

    /**
     * Binds the port, builds the site, starts serving and watching. Returns once the site is served;
     * the server then runs on its own threads until {@link #close()}.
     *
     * @throws StartFailure when the folder is not a site or the address cannot be listened on
     */
    public static PreviewServer start(ServeOptions options, String generator, ServeListener listener) throws StartFailure {
        Path site = options.siteDir().toAbsolutePath().normalize();
        if (!Files.isDirectory(site)) {
            throw new StartFailure("no such site folder: " + shown(site, options.workingDirectory()));
        }
        if (!Files.isRegularFile(site.resolve(ConfigLoader.FILE_NAME))) {
            throw new StartFailure("no site.yaml in " + shown(site, options.workingDirectory())
                    + ": is this a Rounds site? (`rounds new site DIR` makes one)");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(options.bind());
        } catch (UnknownHostException e) {
            throw new StartFailure("cannot listen on '" + options.bind() + "': not a known address of this computer");
        }

        QueuedThreadPool threads = new QueuedThreadPool(32, 2);
        threads.setName("rounds-http");
        threads.setDaemon(true);
        Server server = new Server(threads);
        server.setStopTimeout(1000);
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowCauses(false);
        server.setErrorHandler(errors);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostAddress());
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        connector.setReuseAddress(true);
        int port = bind(connector, address, options, listener);
        server.addConnector(connector);

        String host = address.isAnyLocalAddress() ? "127.0.0.1"
                : address instanceof Inet6Address ? "[" + address.getHostAddress().replaceFirst("%.*$", "") + "]"
                : address.getHostAddress();
        PreviewServer preview = new PreviewServer(options, generator, listener, server, connector, "http://" + host + ":" + port);
        try {
            preview.startServing(address);
        } catch (Exception e) {
            preview.close();
            throw new StartFailure("cannot start the preview server: " + e.getMessage());
        }
        return preview;
    }

    private static int bind(ServerConnector connector, InetAddress address, ServeOptions options, ServeListener listener)
            throws StartFailure {
        int last = options.portExplicit() || options.port() == 0 ? options.port()
                : Math.min(65535, options.port() + PORTS_TO_TRY - 1);
        for (int port = options.port(); port <= last; port++) {
            connector.setPort(port);
            try {
                connector.open();
                int bound = connector.getLocalPort();
                if (port != options.port()) {
                    listener.info("Port " + options.port() + " is taken; using " + bound + " instead.");
                }
                return bound;
            } catch (IOException e) {
                closeQuietly(connector);
                if (options.portExplicit()) {
                    throw new StartFailure("port " + options.port() + " on " + options.bind()
                            + " is taken (another program, or another `rounds serve`, uses it): choose another with --port,"
                            + " or leave --port out to use the next free one");
                }
            }
        }
        throw new StartFailure("no free port between " + options.port() + " and " + last + " on " + options.bind()
                + ": choose one with --port");
    }

    private static void closeQuietly(ServerConnector connector) {
        try {
            connector.close();
        } catch (RuntimeException e) {
            // nothing was open
        }
    }

    private void startServing(InetAddress address) throws Exception {
        if (!address.isLoopbackAddress()) {
            listener.problem("warning: serving on " + options.bind() + ", not only on this computer: anyone on the network can"
                    + " open this preview, drafts included. Leave --bind out to keep it on this computer.");
        }
        fullLane = new RebuildQueue(Duration.ZERO, this::rebuild);
        quickLane = new RebuildQueue(options.debounce(), this::changed);
        watcher = new FileWatcher(site, quickLane::request);
        rebuild(Set.of("*"));
        server.setHandler(new SiteHandler(() -> state, events, options.liveReload() ? Optional.of(script()) : Optional.empty()));
        server.start();
        heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rounds-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(events::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        listener.info("Serving " + shown(site, options.workingDirectory()) + " at " + url()
                + (options.liveReload() ? " with live reload" : "") + ". Press Ctrl-C to stop.");
    }

    /** The address of the site's home page, e.g. {@code http://127.0.0.1:1313/} (with the base path, if any). */
    public URI url() {
        return URI.create(origin + state.basePath());
    }

    /** The port listened on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The number of browser tabs listening for reloads. */
    public int liveReloadStreams() {
        return events.size();
    }

    private byte[] script() {
        try (InputStream in = PreviewServer.class.getResourceAsStream("live-reload.js")) {
            if (in == null) {
                throw new IllegalStateException("live-reload.js is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * After a burst of changes (the quick lane): when only the bodies of entries changed, their pages
     * are rendered on their own and served at once, then the lists, tag pages and feeds that show
     * them. Any other change, or one the fast path cannot finish, goes to the full rebuild (the full
     * lane), as does a full rebuild the fast path interrupted.
     */
    private void changed(Set<String> paths) {
        if (closed.get()) {
            return;
        }
        boolean interrupted = fullLane.busy();
        boolean handled = false;
        try {
            handled = renderQuickly(paths);
        } catch (RuntimeException e) {
            // the full rebuild reports it
        }
        if (!handled || interrupted) {
            fullLane.request(paths);
        }
    }

    /** Whether the fast path took the change: its pages, lists and feeds are served, or its errors shown. */
    private boolean renderQuickly(Set<String> paths) throws RuntimeException {
        SiteState current = state;
        if (paths.contains("*") || !cache.hasBuild() || current.failed() && !onlyIn(current.errors(), paths)) {
            return false;
        }
        BuildOptions options = buildOptions(current.basePath());
        Optional<PartialBuild> partial = builder.renderChanged(options, cache, paths);
        if (partial.isEmpty()) {
            return renderTemplatesOrCopy(options, paths);
        }
        PartialBuild page = partial.get();
        report(page.diagnostics());
        if (page.hasErrors()) {
            showErrors(page);
            return true;
        }
        if (publishQuickly(page).isEmpty()) {
            return false;
        }
        Optional<PartialBuild> lists = builder.renderListsOfChanged(cache);
        if (lists.isEmpty() || publishQuickly(lists.get()).isEmpty()) {
            return false;
        }
        report(lists.get().diagnostics());
        listener.info(String.format(Locale.ROOT, "%s: page rendered in %d ms, its lists and feeds (%d %s) in %d ms.", describe(paths),
                page.duration().toMillis(), lists.get().outputs().size(), plural(lists.get().outputs().size(), "file"),
                lists.get().duration().toMillis()));
        return true;
    }

    /** The fast paths for templates (every page rendered again, nothing else) and for static files other than images. */
    private boolean renderTemplatesOrCopy(BuildOptions options, Set<String> paths) {
        Optional<PartialBuild> copied = builder.copyStaticChanged(options, cache, paths);
        if (copied.isPresent()) {
            if (publishQuickly(copied.get()).isEmpty()) {
                return false;
            }
            listener.info(String.format(Locale.ROOT, "%s: copied in %d ms.", describe(paths), copied.get().duration().toMillis()));
            return true;
        }
        Optional<PartialBuild> pages = builder.renderTemplatesChanged(options, cache, paths);
        if (pages.isEmpty()) {
            return false;
        }
        report(pages.get().diagnostics());
        if (pages.get().hasErrors()) {
            showErrors(pages.get());
            return true;
        }
        Optional<Set<String>> published = publishQuickly(pages.get());
        if (published.isEmpty()) {
            return false;
        }
        int changedPages = published.get().size();
        listener.info(String.format(Locale.ROOT, "%s: every page rendered again in %d ms, %d %s changed.", describe(paths),
                pages.get().duration().toMillis(), changedPages, plural(changedPages, "page")));
        return true;
    }

    /** Serves the error page for what the fast path found (the files served before stay as they were). */
    private void showErrors(PartialBuild built) {
        synchronized (publishLock) {
            quickUpdates++;
            failed(state, built.diagnostics());
        }
    }

    /** Serves what the fast path rendered and tells the open tabs what changed; empty when it could not be stored. */
    private Optional<Set<String>> publishQuickly(PartialBuild built) {
        synchronized (publishLock) {
            quickUpdates++;
            SiteState previous = state;
            Map<String, byte[]> before = memory.files();
            try {
                sink.update(built.outputs());
            } catch (IOException | UncheckedIOException e) {
                return Optional.empty();
            }
            Map<String, byte[]> after = memory.files();
            Set<String> outputs = changedOutputs(before, after);
            announce(previous, previous.basePath(), after, outputs);
            return Optional.of(outputs);
        }
    }

    /** Whether every error is in one of the files {@code paths} (relative to the site). */
    private boolean onlyIn(List<Diagnostic> errors, Set<String> paths) {
        for (Diagnostic error : errors) {
            if (error.file() == null) {
                return false;
            }
            Path file = error.file().toAbsolutePath().normalize();
            if (!file.startsWith(site) || !paths.contains(site.relativize(file).toString().replace('\\', '/'))) {
                return false;
            }
        }
        return true;
    }

    private BuildOptions buildOptions(String basePath) {
        return new BuildOptions(site, site.resolve("public"), options.drafts(), options.future(),
                Optional.of(origin + basePath), options.clock().get());
    }

    /** One full rebuild (the full lane); never throws, never runs twice at once. */
    private void rebuild(Set<String> changed) {
        synchronized (buildLock) {
            if (closed.get()) {
                return;
            }
            long quickAtStart;
            synchronized (publishLock) {
                quickAtStart = quickUpdates;
            }
            PublishOnce publish = new PublishOnce(quickAtStart);
            try {
                String basePath = basePath();
                BuildResult result = builder.build(buildOptions(basePath), publish, cache);
                boolean cancelled = !result.published() && !result.hasErrors();
                synchronized (publishLock) {
                    if (cancelled || publish.skipped || quickUpdates != quickAtStart && !result.published()) {
                        // out of date before it finished: the rebuild waiting after it publishes
                        return;
                    }
                    report(result.diagnostics());
                    if (result.published()) {
                        succeeded(state, basePath, publish.before, memory.files(), result, changed);
                    } else {
                        failed(state, result.diagnostics());
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                Diagnostic bug = Diagnostic.errorIn("rounds", 1, 1, "the build stopped on an unexpected problem (a bug in Rounds): " + e);
                listener.problem(bug.format(options.workingDirectory()));
                synchronized (publishLock) {
                    failed(state, List.of(bug));
                }
            }
        }
    }

    /**
     * The full rebuild's sink: publishes unless a page was rendered quickly since the rebuild began
     * (its result would be older than that page; the next full rebuild, already waiting, publishes).
     */
    private final class PublishOnce implements OutputSink {
        private final long quickAtStart;
        private boolean skipped;
        private Map<String, byte[]> before = Map.of();

        PublishOnce(long quickAtStart) {
            this.quickAtStart = quickAtStart;
        }

        @Override
        public Report publish(List<OutputFile> files) throws IOException {
            synchronized (publishLock) {
                if (quickUpdates != quickAtStart) {
                    skipped = true;
                    return new Report(0, files.size(), 0);
                }
                before = memory.files();
                return sink.publish(files);
            }
        }
    }

    /** Prints the problems not printed before: a warning once, an error again only after it was fixed. */
    private void report(List<Diagnostic> diagnostics) {
        Set<Diagnostic> errors = new java.util.HashSet<>();
        for (Diagnostic diagnostic : diagnostics) {
            boolean isNew = diagnostic.isError() ? !shownErrors.contains(diagnostic) : reportedWarnings.add(diagnostic);
            if (diagnostic.isError()) {
                errors.add(diagnostic);
            }
            if (isNew) {
                listener.problem(diagnostic.format(options.workingDirectory()));
            }
        }
        shownErrors = Set.copyOf(errors);
    }

    private void succeeded(SiteState previous, String basePath, Map<String, byte[]> before, Map<String, byte[]> after,
                           BuildResult result, Set<String> changed) {
        Set<String> outputs = changedOutputs(before, after);
        boolean first = generation == 0;
        String message;
        if (first) {
            message = String.format(Locale.ROOT, "Built %d %s, %d %s and %d %s in %d ms.", result.posts(), plural(result.posts(), "post"),
                    result.notes(), plural(result.notes(), "note"), result.pages(), plural(result.pages(), "page"),
                    result.duration().toMillis());
        } else {
            message = String.format(Locale.ROOT, "%s: rebuilt in %d ms, %d %s changed%s.", describe(changed),
                    result.duration().toMillis(), outputs.size(), outputs.size() == 1 ? "file" : "files",
                    previous.failed() ? "; the errors are fixed" : "");
        }
        announce(previous, basePath, after, outputs);
        listener.info(message);
    }

    /** Serves {@code after} and tells the open tabs what changed. Called with {@link #publishLock} held. */
    private void announce(SiteState previous, String basePath, Map<String, byte[]> after, Set<String> outputs) {
        boolean first = generation == 0;
        boolean recovered = previous.failed();
        boolean moved = !basePath.equals(previous.basePath());
        if (first || recovered || moved || !outputs.isEmpty()) {
            generation++;
        }
        state = new SiteState(instance + "-" + generation, basePath, after, List.of(), new byte[0]);
        if (first) {
            return;
        }
        if (recovered || moved) {
            events.broadcast("reload", state.id() + "\n*");
        } else if (outputs.stream().anyMatch(path -> !path.endsWith(".css"))) {
            events.broadcast("reload", state.id() + "\n" + urls(basePath, outputs));
        } else if (!outputs.isEmpty()) {
            events.broadcast("css", state.id());
        }
    }

    /** The addresses of changed files, one a line, for the live-reload script; {@code *} when there are very many. */
    private static String urls(String basePath, Set<String> outputs) {
        if (outputs.size() > MAX_ANNOUNCED) {
            return "*";
        }
        StringBuilder urls = new StringBuilder();
        for (String path : new java.util.TreeSet<>(outputs)) {
            String url = basePath + (path.endsWith("index.html") && (path.length() == 10 || path.endsWith("/index.html"))
                    ? path.substring(0, path.length() - "index.html".length()) : path);
            urls.append(urls.length() == 0 ? "" : "\n").append(url);
        }
        return urls.toString();
    }

    private void failed(SiteState previous, List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        boolean same = previous.failed() && previous.errors().equals(errors);
        if (!same || generation == 0) {
            generation++;
        }
        String scriptTag = LiveReloadSink.scriptTag(SiteHandler.SCRIPT_PATH);
        byte[] page = ErrorPage.render(errors, options.workingDirectory(), options.liveReload() ? Optional.of(scriptTag) : Optional.empty())
                .getBytes(StandardCharsets.UTF_8);
        state = new SiteState(instance + "-" + generation, previous.basePath(), previous.files(), errors, page);
        if (!same) {
            listener.problem(String.format(Locale.ROOT, "The site has %d %s: the browser shows %s until %s fixed; still serving.",
                    errors.size(), errors.size() == 1 ? "error" : "errors", errors.size() == 1 ? "it" : "them",
                    errors.size() == 1 ? "it is" : "they are"));
            events.broadcast("reload", state.id() + "\n*");
        }
    }

    /** The path the site is served under: the path of its baseURL ({@code /} when it has none or it is broken). */
    private String basePath() {
        ConfigLoader.Result loaded = ConfigLoader.load(site, Optional.empty(), name -> true);
        String path = loaded.config().map(SiteConfig::basePath).orElse("/");
        Optional<String> decoded = RequestPaths.clean(path);
        if (decoded.isEmpty() || !decoded.get().endsWith("/")) {
            return "/";
        }
        return decoded.get();
    }

    private static Set<String> changedOutputs(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> changed = new HashSet<>();
        after.forEach((path, bytes) -> {
            if (before.get(path) != bytes) {
                changed.add(path);
            }
        });
        for (String path : before.keySet()) {
            if (!after.containsKey(path)) {
                changed.add(path);
            }
        }
        return changed;
    }

    private static String describe(Set<String> changed) {
        if (changed.isEmpty() || changed.contains("*")) {
            return "Changes";
        }
        String first = changed.iterator().next();
        return changed.size() == 1 ? first + " changed" : first + " and " + (changed.size() - 1) + " more changed";
    }

    private static String plural(int count, String word) {
        return count == 1 ? word : word + "s";
    }

    private static String shown(Path folder, Path workingDirectory) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path base = workingDirectory.toAbsolutePath().normalize();
        if (absolute.equals(base)) {
            return "./";
        }
        return (absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString()) + "/";
    }

    /** Stops watching and serving; open event streams are ended. Safe to call more than once. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        if (watcher != null) {
            watcher.close();
        }
        if (quickLane != null) {
            quickLane.close();
        }
        if (fullLane != null) {
            fullLane.close();
        }
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        events.closeAll();
        try {
            server.stop();
        } catch (Exception e) {
            // stopping anyway: the threads are daemons
        }
        synchronized (buildLock) {
            // wait for a rebuild that was running to end
        }
    }
}

package dev.rounds.serve;

import dev.rounds.build.BuildResult;
import dev.rounds.build.SiteBuilder;
import dev.rounds.config.BuildOptions;
import dev.rounds.config.ConfigLoader;
import dev.rounds.config.SiteConfig;
import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.output.LiveReloadSink;
import dev.rounds.output.MemorySink;
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
    private final Object buildLock = new Object();
    private final AtomicBoolean closed = new AtomicBoolean();

    private final Server server;
    private final ServerConnector connector;
    private final String origin;
    private volatile SiteState state;
    private long generation;
    private FileWatcher watcher;
    private RebuildQueue queue;
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
        queue = new RebuildQueue(options.debounce(), this::rebuild);
        watcher = new FileWatcher(site, queue::request);
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

    /** One rebuild; never throws, never runs twice at once. */
    private void rebuild(Set<String> changed) {
        synchronized (buildLock) {
            if (closed.get()) {
                return;
            }
            SiteState previous = state;
            try {
                String basePath = basePath();
                BuildOptions build = new BuildOptions(site, site.resolve("public"), options.drafts(), options.future(),
                        Optional.of(origin + basePath), options.clock().get());
                Map<String, byte[]> before = memory.files();
                BuildResult result = builder.build(build, sink);
                for (Diagnostic diagnostic : result.diagnostics()) {
                    listener.problem(diagnostic.format(options.workingDirectory()));
                }
                if (result.published()) {
                    succeeded(previous, basePath, before, memory.files(), result, changed);
                } else {
                    failed(previous, result.diagnostics());
                }
            } catch (RuntimeException | StackOverflowError e) {
                Diagnostic bug = Diagnostic.errorIn("rounds", 1, 1, "the build stopped on an unexpected problem (a bug in Rounds): " + e);
                listener.problem(bug.format(options.workingDirectory()));
                failed(previous, List.of(bug));
            }
        }
    }

    private void succeeded(SiteState previous, String basePath, Map<String, byte[]> before, Map<String, byte[]> after,
                           BuildResult result, Set<String> changed) {
        Set<String> outputs = changedOutputs(before, after);
        boolean first = generation == 0;
        boolean recovered = previous.failed();
        boolean moved = !basePath.equals(previous.basePath());
        String message;
        if (first) {
            message = String.format(Locale.ROOT, "Built %d %s, %d %s and %d %s in %d ms.", result.posts(), plural(result.posts(), "post"),
                    result.notes(), plural(result.notes(), "note"), result.pages(), plural(result.pages(), "page"),
                    result.duration().toMillis());
        } else {
            message = String.format(Locale.ROOT, "%s: rebuilt in %d ms, %d %s changed%s.", describe(changed),
                    result.duration().toMillis(), outputs.size(), outputs.size() == 1 ? "file" : "files",
                    recovered ? "; the errors are fixed" : "");
        }
        if (first || recovered || moved || !outputs.isEmpty()) {
            generation++;
        }
        state = new SiteState(instance + "-" + generation, basePath, after, List.of(), new byte[0]);
        listener.info(message);
        if (first) {
            return;
        }
        if (recovered || moved || outputs.stream().anyMatch(path -> !path.endsWith(".css"))) {
            events.broadcast("reload", state.id());
        } else if (!outputs.isEmpty()) {
            events.broadcast("css", state.id());
        }
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
        listener.problem(String.format(Locale.ROOT, "The site has %d %s: the browser shows %s until %s fixed; still serving.",
                errors.size(), errors.size() == 1 ? "error" : "errors", errors.size() == 1 ? "it" : "them",
                errors.size() == 1 ? "it is" : "they are"));
        if (!same) {
            events.broadcast("reload", state.id());
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
        if (queue != null) {
            queue.close();
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

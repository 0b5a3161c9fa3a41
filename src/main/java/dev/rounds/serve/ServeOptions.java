package dev.rounds.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the preview server is asked to do.
 *
 * @param bind the address to listen on ({@code 127.0.0.1} unless the user asks otherwise)
 * @param port the first port to try
 * @param portExplicit whether the user chose the port: then a taken port is an error instead of a reason to try the next
 * @param drafts whether entries marked {@code draft: true} are shown
 * @param future whether entries dated in the future are shown
 * @param workingDirectory where paths in messages are relative to
 * @param clock the time that decides what is "future", asked at every rebuild
 * @param debounce how long to wait after a change for the rest of a burst of changes
 */
public record ServeOptions(Path siteDir, String bind, int port, boolean portExplicit, boolean liveReload,
                           boolean drafts, boolean future, Path workingDirectory, Supplier<Instant> clock,
                           Duration debounce) {

    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 1313;
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(15);

    public ServeOptions {
        Objects.requireNonNull(siteDir);
        Objects.requireNonNull(bind);
        Objects.requireNonNull(workingDirectory);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(debounce);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** The defaults of {@code rounds serve SITE}: loopback, port 1313 or the next free one, live reload, drafts and future entries shown. */
    public static ServeOptions defaults(Path siteDir) {
        return new ServeOptions(siteDir, DEFAULT_BIND, DEFAULT_PORT, false, true, true, true,
                Path.of("").toAbsolutePath(), Instant::now, DEFAULT_DEBOUNCE);
    }

    public ServeOptions withPort(int newPort, boolean explicit) {
        return new ServeOptions(siteDir, bind, newPort, explicit, liveReload, drafts, future, workingDirectory, clock, debounce);
    }

    public ServeOptions withBind(String newBind) {
        return new ServeOptions(siteDir, newBind, port, portExplicit, liveReload, drafts, future, workingDirectory, clock, debounce);
    }

    public ServeOptions withLiveReload(boolean on) {
        return new ServeOptions(siteDir, bind, port, portExplicit, on, drafts, future, workingDirectory, clock, debounce);
    }

    public ServeOptions withDrafts(boolean on) {
        return new ServeOptions(siteDir, bind, port, portExplicit, liveReload, on, future, workingDirectory, clock, debounce);
    }

    public ServeOptions withFuture(boolean on) {
        return new ServeOptions(siteDir, bind, port, portExplicit, liveReload, drafts, on, workingDirectory, clock, debounce);
    }

    public ServeOptions withWorkingDirectory(Path directory) {
        return new ServeOptions(siteDir, bind, port, portExplicit, liveReload, drafts, future, directory, clock, debounce);
    }

    public ServeOptions withClock(Supplier<Instant> newClock) {
        return new ServeOptions(siteDir, bind, port, portExplicit, liveReload, drafts, future, workingDirectory, newClock, debounce);
    }
}

package dev.rounds.serve;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Serialises rebuilds and coalesces bursts of changes (Eleventy's active-and-pending queue): at
 * most one rebuild runs and at most one more waits. A change starts a quiet period (the debounce)
 * that each further change restarts, up to ten times its length, so that the several files an
 * editor writes for one save make one rebuild; changes that come while a rebuild runs make exactly
 * one more rebuild after it.
 */
public final class RebuildQueue implements AutoCloseable {
    private final long debounceNanos;
    private final long maxWaitNanos;
    private final Consumer<Set<String>> rebuild;
    private final ScheduledExecutorService worker;

    private final Set<String> changed = new TreeSet<>();
    private boolean scheduled;
    private boolean running;
    private boolean closed;
    private long firstChange;
    private long lastChange;

    /** @param rebuild runs one rebuild with the relative paths that changed since the last one; never concurrently */
    public RebuildQueue(Duration debounce, Consumer<Set<String>> rebuild) {
        this.debounceNanos = debounce.toNanos();
        this.maxWaitNanos = debounce.toNanos() * 10;
        this.rebuild = rebuild;
        this.worker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rounds-rebuild");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Records changed paths ({@code *} or none: anything may have changed) and schedules a rebuild, unless one is already waiting to start. */
    public synchronized void request(Set<String> paths) {
        if (closed) {
            return;
        }
        changed.addAll(paths.isEmpty() ? Set.of("*") : paths);
        lastChange = System.nanoTime();
        if (scheduled || running) {
            return;
        }
        firstChange = lastChange;
        schedule(debounceNanos);
    }

    private void schedule(long delayNanos) {
        scheduled = true;
        worker.schedule(this::runOnce, delayNanos, TimeUnit.NANOSECONDS);
    }

    private void runOnce() {
        Set<String> paths;
        synchronized (this) {
            scheduled = false;
            if (closed) {
                return;
            }
            long now = System.nanoTime();
            long quiet = now - lastChange;
            if (quiet < debounceNanos && now - firstChange < maxWaitNanos) {
                schedule(debounceNanos - quiet);
                return;
            }
            running = true;
            paths = Set.copyOf(changed);
            changed.clear();
        }
        try {
            rebuild.accept(paths);
        } finally {
            synchronized (this) {
                running = false;
                if (!changed.isEmpty() && !closed) {
                    firstChange = System.nanoTime();
                    schedule(debounceNanos);
                }
            }
        }
    }

    /** Whether a rebuild is running or waiting. */
    public synchronized boolean busy() {
        return scheduled || running;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

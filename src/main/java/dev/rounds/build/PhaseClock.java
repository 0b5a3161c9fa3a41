package dev.rounds.build;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Measures the phases of one build in order, for `rounds build --timings` and the benchmark. */
final class PhaseClock {
    private final Map<String, Duration> phases = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Ends the phase that ran since the previous lap. */
    void lap(String phase) {
        long now = System.nanoTime();
        phases.merge(phase, Duration.ofNanos(now - last), Duration::plus);
        last = now;
    }

    Map<String, Duration> phases() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(phases));
    }
}

package dev.rounds.diagnostic;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/** Collects the diagnostics of one build from any thread; duplicates are reported once. */
public final class Diagnostics {
    private final ConcurrentLinkedQueue<Diagnostic> found = new ConcurrentLinkedQueue<>();
    private volatile boolean errors;

    public void add(Diagnostic diagnostic) {
        found.add(diagnostic);
        if (diagnostic.isError()) {
            errors = true;
        }
    }

    public void addAll(List<Diagnostic> diagnostics) {
        diagnostics.forEach(this::add);
    }

    /** Whether an error was added (asked once per page while a site renders, so it is a flag). */
    public boolean hasErrors() {
        return errors;
    }

    /** Every distinct diagnostic, ordered by file and position. */
    public List<Diagnostic> sorted() {
        return found.stream().distinct().sorted(Diagnostic.ORDER).collect(Collectors.toUnmodifiableList());
    }
}

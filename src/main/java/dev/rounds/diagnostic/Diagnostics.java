package dev.rounds.diagnostic;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/** Collects the diagnostics of one build from any thread; duplicates are reported once. */
public final class Diagnostics {
    private final ConcurrentLinkedQueue<Diagnostic> found = new ConcurrentLinkedQueue<>();

    public void add(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    public void addAll(List<Diagnostic> diagnostics) {
        found.addAll(diagnostics);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Diagnostic::isError);
    }

    /** Every distinct diagnostic, ordered by file and position. */
    public List<Diagnostic> sorted() {
        return found.stream().distinct().sorted(Diagnostic.ORDER).collect(Collectors.toUnmodifiableList());
    }
}

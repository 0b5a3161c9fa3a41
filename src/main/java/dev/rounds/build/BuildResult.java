package dev.rounds.build;

import dev.rounds.diagnostic.Diagnostic;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a build did. {@code published} is false when any error stopped it from writing;
 * {@code phases} holds how long each phase of a published build took, in order;
 * {@code keptRenders} counts the entries whose Markdown was reused from the last build.
 */
public record BuildResult(boolean published, List<Diagnostic> diagnostics, int posts, int notes, int pages,
                          int files, int written, int unchanged, int removed, Duration duration,
                          Map<String, Duration> phases, int keptRenders) {

    BuildResult(boolean published, List<Diagnostic> diagnostics, int posts, int notes, int pages, int files, int written,
                int unchanged, int removed, Duration duration) {
        this(published, diagnostics, posts, notes, pages, files, written, unchanged, removed, duration, Map.of(), 0);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long warnings() {
        return diagnostics.stream().filter(d -> d.severity() == dev.rounds.diagnostic.Severity.WARNING).count();
    }
}

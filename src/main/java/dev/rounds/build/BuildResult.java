package dev.rounds.build;

import dev.rounds.diagnostic.Diagnostic;
import java.time.Duration;
import java.util.List;

/**
 * What a build did. {@code published} is false when any error stopped it from writing.
 */
public record BuildResult(boolean published, List<Diagnostic> diagnostics, int posts, int notes, int pages,
                          int files, int written, int unchanged, int removed, Duration duration) {

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long warnings() {
        return diagnostics.stream().filter(d -> d.severity() == dev.rounds.diagnostic.Severity.WARNING).count();
    }
}

package dev.rounds.build;

import dev.rounds.check.Waiver;
import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.diagnostic.Severity;
import java.time.Duration;
import java.util.List;

/**
 * What {@code rounds check} found: every diagnostic (information included), and every waiver
 * written in the site, for a reviewer to audit.
 *
 * @param files how many content and image files were checked
 */
public record CheckResult(List<Diagnostic> diagnostics, List<Waiver> waivers, int files, Duration duration) {
    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
        waivers = List.copyOf(waivers);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}

package dev.rounds.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.build.BuildResult;
import dev.rounds.build.CheckResult;
import dev.rounds.build.SiteBuilder;
import dev.rounds.config.BuildOptions;
import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.output.MemorySink;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The example site passes every check with no warning (ArchitectureTest keeps metadata-extractor in the check package). */
class ExampleSiteChecksTest {
    private static final Path EXAMPLE = Path.of("content-example");

    private static BuildOptions options() {
        return new BuildOptions(EXAMPLE, EXAMPLE.resolve("public"), false, false, Optional.empty(), Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void theExampleSiteBuildsAndChecksWithNoFinding() {
        BuildResult built = new SiteBuilder("test").build(options(), new MemorySink());
        assertThat(built.diagnostics()).extracting(d -> d.format(Path.of(""))).isEmpty();
        CheckResult checked = new SiteBuilder("test").check(options());
        assertThat(checked.diagnostics()).filteredOn(d -> d.severity() != dev.rounds.diagnostic.Severity.INFO)
                .extracting(d -> d.format(Path.of(""))).isEmpty();
    }

    @Test
    void diagnosticsNameTheirRule() {
        Diagnostic diagnostic = Diagnostic.of(Rules.PHONE, dev.rounds.diagnostic.Severity.WARNING, Path.of("a.md"), 3, 4, "a phone number");
        assertThat(diagnostic.format(Path.of(""))).isEqualTo("a.md:3:4: warning: a phone number [phone]");
    }
}

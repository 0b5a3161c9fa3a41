package dev.rounds.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
    private static final Path WORK = Path.of("/srv/clinician/blog").toAbsolutePath();

    @Test
    void formatsAsPathLineColumnSeverityMessage() {
        Diagnostic d = Diagnostic.error(WORK.resolve("content/posts/x.md"), 3, 8, "'date' is not a valid date");
        assertThat(d.format(WORK)).isEqualTo("content/posts/x.md:3:8: error: 'date' is not a valid date");
        assertThat(Diagnostic.warning(WORK.resolve("site.yaml"), 2, 1, "unknown setting").format(WORK))
                .isEqualTo("site.yaml:2:1: warning: unknown setting");
    }

    @Test
    void pathOutsideTheWorkingDirectoryIsAbsolute() {
        Path elsewhere = Path.of("/tmp/site/content/posts/x.md").toAbsolutePath();
        assertThat(Diagnostic.error(elsewhere, 1, 1, "m").format(WORK)).isEqualTo(elsewhere + ":1:1: error: m");
        Path sibling = Path.of("/srv/clinician/blog-old/site.yaml").toAbsolutePath();
        assertThat(Diagnostic.error(sibling, 1, 1, "m").where(WORK)).isEqualTo(sibling.toString());
    }

    @Test
    void relativeFileIsShownRelativeToTheWorkingDirectory() {
        Path cwd = Path.of("").toAbsolutePath();
        assertThat(Diagnostic.error(Path.of("content/x.md"), 1, 1, "m").where(cwd)).isEqualTo("content/x.md");
    }

    @Test
    void sourceWithoutAFileIsNamedByItsLabel() {
        assertThat(Diagnostic.errorIn("theme:clinic/post.ftlh", 12, 5, "oops").format(WORK))
                .isEqualTo("theme:clinic/post.ftlh:12:5: error: oops");
    }

    @Test
    void positionsAreAtLeastOne() {
        Diagnostic d = Diagnostic.error(WORK.resolve("a.md"), 0, -3, "m");
        assertThat(d.line()).isEqualTo(1);
        assertThat(d.column()).isEqualTo(1);
    }

    @Test
    void diagnosticsAreOrderedByFileThenPositionAndReportedOnce() {
        Diagnostics all = new Diagnostics();
        Diagnostic b = Diagnostic.error(WORK.resolve("b.md"), 1, 1, "b");
        Diagnostic a2 = Diagnostic.error(WORK.resolve("a.md"), 10, 2, "a2");
        Diagnostic a1 = Diagnostic.warning(WORK.resolve("a.md"), 2, 9, "a1");
        all.add(b);
        all.addAll(List.of(a2, a1, b));
        assertThat(all.sorted()).containsExactly(a1, a2, b);
        assertThat(all.hasErrors()).isTrue();
        Diagnostics warnings = new Diagnostics();
        warnings.add(a1);
        assertThat(warnings.hasErrors()).isFalse();
    }
}

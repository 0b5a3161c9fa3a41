package dev.rounds.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test helpers themselves: a checker that never fails would make every "valid HTML" test pass. */
class TestSupportTest {
    @TempDir
    Path dir;

    @Test
    void validatorReportsErrorsWithFileAndMessage() throws IOException {
        Path page = dir.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=en><head><title>x</title></head><body>"
                + "<p>a<td>b</td><img src=a.png></p><p id=x></p><p id=x></p></body></html>\n");
        assertThat(HtmlValidator.shared().errors(page))
                .anySatisfy(error -> assertThat(error).startsWith(page.toString() + ":1.").contains("Stray start tag “td”"))
                .anySatisfy(error -> assertThat(error).contains("“alt” attribute"))
                .anySatisfy(error -> assertThat(error).contains("Duplicate ID"));
    }

    @Test
    void validatorIgnoresInfoAndWarnings() throws IOException {
        Path page = dir.resolve("ok.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>x</title>"
                + "<script type=\"text/javascript\"></script></head><body><p>Fine.</p></body></html>\n");
        assertThat(HtmlValidator.shared().errors(page)).isEmpty();
    }

    @Test
    void validatorReportsAMissingDoctype() throws IOException {
        Path page = dir.resolve("quirks.html");
        Files.writeString(page, "<html><head><title>x</title></head><body></body></html>\n");
        assertThat(HtmlValidator.shared().errors(page)).isNotEmpty();
    }

    @Test
    void linkCheckerFindsBrokenLinksOnly() throws IOException {
        Files.createDirectories(dir.resolve("site/about"));
        Files.writeString(dir.resolve("site/about/index.html"), "<p>About</p>");
        Files.writeString(dir.resolve("site/a file.txt"), "x");
        Files.writeString(dir.resolve("site/index.html"), "<a href=\"/about/\">ok</a><a href=\"/about/#team\">ok</a>"
                + "<a href=\"/about\">ok</a><a href=\"/a%20file.txt\">ok</a><a href=\"/missing/\">broken</a>"
                + "<img src=\"/gone.png\" alt=\"\"><a href=\"//cdn.example/x\">external</a><a href=\"https://x.example/\">external</a>"
                + "<a href=\"/../../etc/passwd\">outside</a>");
        assertThat(LinkChecker.brokenLinks(dir.resolve("site"), "/"))
                .containsExactlyInAnyOrder("index.html: /missing/", "index.html: /gone.png", "index.html: /../../etc/passwd");
    }

    @Test
    void snapshotSeesEveryKindOfChange() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "a");
        Snapshot.ageFiles(dir);
        Snapshot before = Snapshot.of(dir);
        assertThat(Snapshot.of(dir)).isEqualTo(before);
        Files.writeString(dir.resolve("a.txt"), "a");
        assertThat(Snapshot.of(dir)).as("same bytes, rewritten").isNotEqualTo(before);
        Snapshot.ageFiles(dir);
        Files.writeString(dir.resolve("b.txt"), "b");
        assertThat(Snapshot.of(dir)).as("file added").isNotEqualTo(before);
    }

    @Test
    void runCapturesExitCodeAndStreams() {
        Run run = TestSite.run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isNotBlank();
        assertThat(run.err()).isEmpty();
    }
}

package dev.rounds.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.testing.Run;
import dev.rounds.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: usage errors, help, version, and the build command's options. */
class CliTest {
    @TempDir
    Path dir;

    @Test
    void unknownOptionIsAUsageError() {
        Run run = TestSite.in(dir).build("--nope");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--nope");
        assertThat(run.out()).isEmpty();
        assertThat(dir.resolve("public")).doesNotExist();
    }

    @Test
    void unknownCommandIsAUsageError() {
        Run run = TestSite.run("bild");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bild");
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = TestSite.run();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("build");
    }

    @Test
    void missingOptionValueIsAUsageError() {
        Run run = TestSite.in(dir).build("--base-url");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--base-url");
    }

    @Test
    void tooManySiteFoldersIsAUsageError() {
        Run run = TestSite.run("build", dir.toString(), dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void helpListsTheCommands() {
        Run run = TestSite.run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("build").contains("--version").contains("--help");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void buildHelpMentionsEveryOption() {
        Run run = TestSite.run("build", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--output", "-o", "--drafts", "--future", "--base-url", "SITE", "--help", "--version");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpCommandShowsTheBuildHelp() {
        Run run = TestSite.run("help", "build");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--drafts", "--future");
    }

    @Test
    void versionPrintsAVersion() {
        Run run = TestSite.run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).matches("Rounds \\d+\\.\\d+\\.\\d+.*");
        assertThat(TestSite.run("build", "--version").out().strip()).isEqualTo(run.out().strip());
    }

    @Test
    void generatorMetaCarriesTheVersion() {
        TestSite site = TestSite.in(dir);
        site.build().assertClean();
        String version = TestSite.run("--version").out().strip();
        assertThat(site.page("/").select("meta[name=generator]").attr("content")).isEqualTo(version);
    }

    @Test
    void baseUrlOptionOverridesSiteYaml() {
        TestSite site = TestSite.in(dir).post("2026-01-05-a.md", "title: A", "a");
        site.build("--base-url", "https://preview.example.net/sub").assertClean();
        assertThat(site.page("/2026/01/a/").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://preview.example.net/sub/2026/01/a/");
        assertThat(site.page("/2026/01/a/").select("link[rel=stylesheet]").attr("href")).isEqualTo("/sub/css/clinic.css");
    }

    @Test
    void baseUrlOptionStandsInForAMissingBaseUrl() {
        TestSite site = TestSite.in(dir).config("title: No address\n");
        site.build("--base-url", "https://example.com/").assertClean();
        assertThat(site.page("/").select("link[rel=canonical]").attr("href")).isEqualTo("https://example.com/");
    }

    @Test
    void invalidBaseUrlOptionIsAnError() {
        Run run = TestSite.in(dir).build("--base-url", "not a url");
        run.assertFailed();
        assertThat(run.err()).contains("--base-url");
    }

    @Test
    void summaryLineCountsWhatWasBuilt() {
        TestSite site = TestSite.in(dir)
                .post("2026-01-05-a.md", "title: A", "a")
                .note("2026-01-06-0900.md", null, "n")
                .note("2026-01-07-0900.md", null, "m")
                .page("about.md", "title: About", "p");
        Run run = site.build().assertClean();
        assertThat(run.out().lines().toList()).singleElement().asString()
                .startsWith("Built 1 post, 2 notes and 1 page into ")
                .contains(site.output().toString());
    }

    @Test
    void warningsAreCountedInTheSummary() {
        TestSite site = TestSite.in(dir).config(TestSite.MINIMAL_CONFIG + "colour: blue\nfont: serif\n");
        Run run = site.build().assertOk();
        assertThat(run.warnings()).hasSize(2);
        assertThat(run.out()).contains("2 warnings");
    }

    @Test
    void failedBuildSaysHowManyErrors() {
        TestSite site = TestSite.in(dir).post("x.md", "tags: [a]", "No title and no date.");
        Run run = site.build();
        run.assertFailed();
        assertThat(run.errLines()).last().asString().isEqualTo("Build failed: 2 errors; nothing was written.");
    }
}

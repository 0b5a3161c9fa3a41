package dev.rounds.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.build.BuildResult;
import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks besides confidentiality: alt text, links, heading levels, note length; and the site's own settings. */
class ContentChecksTest {
    @TempDir
    Path dir;

    private static List<Diagnostic> rule(List<Diagnostic> diagnostics, String rule) {
        return diagnostics.stream().filter(d -> rule.equals(d.rule())).toList();
    }

    @Test
    void imagesNeedAltText() {
        SiteFixture site = new SiteFixture(dir).bytes("static/a.png", TestImages.encode("png"))
                .post("pictures", "![](/a.png)\n\n<img src=\"/a.png\">\n\n<img src=\"/a.png\" alt=\"\">\n\n"
                        + "![A chart of results](/a.png)\n\n```\n![](/a.png)\n```\n\nUse `![](x.png)` for nothing.\n");
        List<Diagnostic> found = rule(site.build().diagnostics(), Rules.ALT_TEXT);
        assertThat(found).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, 1, Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple(6, 1, Severity.ERROR));
    }

    @Test
    void brokenInternalLinksAreErrors() {
        SiteFixture site = new SiteFixture(dir)
                .post("first", "See [the second](/2025/01/second/) and [nothing](/2025/01/missing/).\n\n![Logo](/images/logo.png)\n")
                .post("second", "See [about](/about/#team) and [a file](/files/leaflet.pdf), [a relative one](elsewhere.pdf).\n")
                .file("content/pages/about.md", "---\ntitle: About\n---\nAbout us.\n");
        List<Diagnostic> found = rule(site.build().diagnostics(), Rules.BROKEN_LINK);
        assertThat(found).extracting(d -> d.file().getFileName().toString(), Diagnostic::line, Diagnostic::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-01-10-first.md", 4, 50),
                        org.assertj.core.groups.Tuple.tuple("2025-01-10-first.md", 6, 9),
                        org.assertj.core.groups.Tuple.tuple("2025-01-10-second.md", 4, 40));
    }

    @Test
    void linksAreCheckedUnderABasePath() {
        SiteFixture site = new SiteFixture(dir).file("site.yaml", "title: T\nbaseURL: https://example.org/blog/\n")
                .post("first", "See [the second](/2025/01/second/) and [gone](/2025/01/gone/).\n").post("second", "Hello.\n");
        assertThat(rule(site.build().diagnostics(), Rules.BROKEN_LINK)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("/2025/01/gone/"));
    }

    @Test
    void headingsThatSkipALevelAreWarnings() {
        SiteFixture site = new SiteFixture(dir).post("outline", "## Fine\n\n#### Skips\n\n## Back\n\n### Fine\n\n```\n# code\n#### code\n```\n")
                .post("shifted", "# Top\n\n## Fine\n\n#### Skips\n");
        List<Diagnostic> found = rule(site.build().diagnostics(), Rules.HEADING_LEVEL);
        assertThat(found).extracting(d -> d.file().getFileName().toString(), Diagnostic::line, Diagnostic::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-01-10-outline.md", 6, Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("2025-01-10-shifted.md", 8, Severity.WARNING));
    }

    @Test
    void longNotesAreWarnings() {
        SiteFixture site = new SiteFixture(dir).file("content/notes/2025-01-10-0930.md", "A short note.\n")
                .file("content/notes/2025-01-10-1030.md", "Long. ".repeat(90) + "\n");
        assertThat(rule(site.build().diagnostics(), Rules.NOTE_LENGTH)).singleElement()
                .satisfies(d -> assertThat(d.file().getFileName().toString()).isEqualTo("2025-01-10-1030.md"));
        site.file("site.yaml", SiteFixture.SITE_YAML + "notes:\n  max_length: 1000\n");
        assertThat(rule(site.build().diagnostics(), Rules.NOTE_LENGTH)).isEmpty();
    }

    @Test
    void aSiteAddsItsOwnIdentifierPatterns() {
        SiteFixture site = new SiteFixture(dir).file("site.yaml", SiteFixture.SITE_YAML
                        + "confidentiality:\n  patterns:\n    - id: trust-number\n      pattern: 'RTH-\\d{6}'\n")
                .post("case", "Trust number RTH-123456 on the letter.\n\n<!-- rounds:allow trust-number \"the sample on the trust's own leaflet\" -->\nSample RTH-000000.\n");
        BuildResult result = site.build();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("trust-number");
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.column()).isEqualTo(14);
            assertThat(d.isError()).isTrue();
            assertThat(d.message()).doesNotContain("RTH-123456");
        });
    }

    @Test
    void badConfidentialitySettingsAreErrorsAtTheirLines() {
        SiteFixture site = new SiteFixture(dir).file("site.yaml", SiteFixture.SITE_YAML
                + "confidentiality:\n  mode: loud\n  patterns:\n    - id: trust-number\n      pattern: 'RTH-(\\d{6}'\n  colour: red\n");
        List<Diagnostic> found = site.build().diagnostics();
        assertThat(found).extracting(Diagnostic::line, Diagnostic::severity).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(4, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(7, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(8, Severity.WARNING));
    }

    @Test
    void theSitesOwnAddressesAreNotFindings() {
        SiteFixture site = new SiteFixture(dir).file("site.yaml", SiteFixture.SITE_YAML
                        + "contact: clinic@sugar.example\nfeedback: \"mailto:web@sugar.example\"\nauthor: amara\n"
                        + "authors:\n  amara:\n    name: Dr Amara Okafor\n    email: amara@sugar.example\n")
                .post("contact", "Write to clinic@sugar.example, web@sugar.example or Amara@sugar.example; not someone@else.example.\n");
        assertThat(site.build().diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.EMAIL);
            assertThat(d.column()).isEqualTo(78);
        });
    }

    @Test
    void checkReportsReadabilityAndWarnsWhenFarOff() {
        SiteFixture site = new SiteFixture(dir).post("plain", "Check your feet every day. Look for cuts. Ask for help.\n")
                .post("dense", "Multidisciplinary interdisciplinary cardiovascular pharmacological considerations necessitate "
                        + "comprehensive individualised therapeutic optimisation notwithstanding considerable organisational "
                        + "heterogeneity and administrative complexity throughout contemporary institutional environments.\n");
        assertThat(site.build().diagnostics()).isEmpty();
        List<Diagnostic> found = rule(site.check().diagnostics(), "readability");
        assertThat(found).filteredOn(d -> d.severity() == Severity.INFO).hasSize(2);
        assertThat(found).filteredOn(d -> d.severity() == Severity.WARNING).singleElement()
                .satisfies(d -> assertThat(d.file().getFileName().toString()).isEqualTo("2025-01-10-dense.md"));
    }
}

package dev.rounds.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.build.BuildResult;
import dev.rounds.build.CheckResult;
import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waivers in place, with a reason; whole-file waivers; confidentiality.mode: warn; and builds refusing errors. */
class WaiverTest {
    @TempDir
    Path dir;

    private static String nhs(String stem) {
        return Labelled.number("nhs", stem);
    }

    private static List<Diagnostic> rule(List<Diagnostic> diagnostics, String rule) {
        return diagnostics.stream().filter(d -> rule.equals(d.rule())).toList();
    }

    @Test
    void anNhsNumberStopsTheBuildAndNothingIsWritten() {
        SiteFixture site = new SiteFixture(dir).post("case", "Intro.\n\nHer NHS number is " + nhs("943 476 591_") + ".\n");
        BuildResult result = site.build();
        assertThat(result.published()).isFalse();
        assertThat(site.sink.files()).isEmpty();
        Diagnostic error = rule(result.diagnostics(), Rules.NHS_NUMBER).get(0);
        assertThat(error.severity()).isEqualTo(Severity.ERROR);
        assertThat(error.line()).isEqualTo(6);
        assertThat(error.column()).isEqualTo(19);
        assertThat(error.format(dir)).startsWith("content/posts/2025-01-10-case.md:6:19: error: an NHS number (943 *** **19")
                .endsWith("[nhs-number]").doesNotContain(nhs("943 476 591_"));
    }

    @Test
    void aWaiverOnTheLineBeforeWaivesTheFindingAndNeverReachesThePage() {
        SiteFixture site = new SiteFixture(dir).post("case", "Intro.\n\n<!-- rounds:allow nhs-number \"the NHS's published example number\" -->\n"
                + "The example NHS number is " + nhs("943 476 591_") + ".\n");
        BuildResult result = site.build();
        assertThat(result.diagnostics()).isEmpty();
        String page = site.page("2025/01/case/index.html");
        assertThat(page).doesNotContain("rounds:allow").doesNotContain("published example number").contains("The example NHS number is");
        assertThat(site.check().waivers()).singleElement().satisfies(waiver -> {
            assertThat(waiver.rule()).isEqualTo("nhs-number");
            assertThat(waiver.reason()).isEqualTo("the NHS's published example number");
            assertThat(waiver.line()).isEqualTo(6);
            assertThat(waiver.waived()).isEqualTo(1);
            assertThat(waiver.wholeFile()).isFalse();
        });
    }

    @Test
    void aWaiverAtTheEndOfTheLineWaivesThatLine() {
        SiteFixture site = new SiteFixture(dir).post("case", "Call 07911 123456 today.  <!-- rounds:allow phone \"the clinic's own mobile\" -->\n");
        BuildResult result = site.build();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(site.page("2025/01/case/index.html")).doesNotContain("rounds:allow").doesNotContain("<br")
                .contains("Call 07911 123456 today.</p>");
    }

    @Test
    void aWaiverWithoutAReasonIsAnError() {
        SiteFixture site = new SiteFixture(dir).post("case", "<!-- rounds:allow phone -->\nCall 07911 123456 today.\n");
        BuildResult result = site.build();
        assertThat(result.published()).isFalse();
        Diagnostic waiver = rule(result.diagnostics(), Rules.WAIVER).get(0);
        assertThat(waiver.isError()).isTrue();
        assertThat(waiver.line()).isEqualTo(4);
        assertThat(waiver.column()).isEqualTo(1);
        assertThat(waiver.message()).contains("without a reason");
        assertThat(rule(result.diagnostics(), Rules.PHONE)).hasSize(1);
    }

    @Test
    void aWaiverOfAnUnknownRuleIsAnErrorAndAnUnusedOneAWarning() {
        SiteFixture site = new SiteFixture(dir).post("case", "<!-- rounds:allow nhs-numbr \"typo\" -->\nText.\n\n"
                + "<!-- rounds:allow phone \"nothing here\" -->\nNo number.\n");
        List<Diagnostic> found = rule(site.build().diagnostics(), Rules.WAIVER);
        assertThat(found).extracting(Diagnostic::severity, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.ERROR, 4), org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 7));
    }

    @Test
    void anUnclosedWaiverIsAnError() {
        SiteFixture site = new SiteFixture(dir).post("case", "Text.\n\n<!-- rounds:allow phone \"the ward\"\nCall 07911 123456.\n");
        assertThat(rule(site.build().diagnostics(), Rules.WAIVER)).singleElement()
                .satisfies(d -> assertThat(d.line()).isEqualTo(6));
    }

    @Test
    void oneWaiverWaivesOneFinding() {
        SiteFixture site = new SiteFixture(dir).post("case", "<!-- rounds:allow phone \"the ward's number\" -->\n"
                + "Call 07911 123456 or 07911 654321.\n");
        List<Diagnostic> phones = rule(site.build().diagnostics(), Rules.PHONE);
        assertThat(phones).singleElement().satisfies(d -> assertThat(d.column()).isEqualTo(22));
    }

    @Test
    void confidentialityAllowWaivesARuleForTheWholeFile() {
        SiteFixture site = new SiteFixture(dir).file("content/posts/2025-01-10-case.md", "---\ntitle: Case\nconfidentiality:\n"
                + "  allow:\n    - rule: phone\n      reason: \"the practice's published numbers\"\n---\n"
                + "Call 07911 123456.\n\nOr 020 7123 4567.\n");
        BuildResult result = site.build();
        assertThat(result.diagnostics()).isEmpty();
        CheckResult check = site.check();
        assertThat(check.waivers()).singleElement().satisfies(waiver -> {
            assertThat(waiver.wholeFile()).isTrue();
            assertThat(waiver.waived()).isEqualTo(2);
            assertThat(waiver.line()).isEqualTo(5);
        });
    }

    @Test
    void confidentialityAllowWithoutAReasonIsAnError() {
        SiteFixture site = new SiteFixture(dir).file("content/posts/2025-01-10-case.md", "---\ntitle: Case\nconfidentiality:\n"
                + "  allow:\n    - rule: phone\n---\nCall 07911 123456.\n");
        BuildResult result = site.build();
        assertThat(result.published()).isFalse();
        assertThat(rule(result.diagnostics(), Rules.WAIVER)).singleElement()
                .satisfies(d -> assertThat(d.line()).isEqualTo(5));
    }

    @Test
    void modeWarnTurnsConfidentialityErrorsIntoWarnings() {
        SiteFixture site = new SiteFixture(dir).file("site.yaml", SiteFixture.SITE_YAML + "confidentiality:\n  mode: warn\n")
                .post("case", "Her NHS number is " + nhs("943 476 591_") + ".\n");
        BuildResult result = site.build();
        assertThat(result.published()).isTrue();
        assertThat(rule(result.diagnostics(), Rules.NHS_NUMBER)).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void findingsInFrontMatterArePositionedAtTheValue() {
        SiteFixture site = new SiteFixture(dir).file("content/posts/2025-01-10-case.md",
                "---\ntitle: \"Mr A, NHS number " + nhs("450 557 710_") + "\"\nsummary: A plain summary.\n---\nBody.\n");
        Diagnostic error = rule(site.build().diagnostics(), Rules.NHS_NUMBER).get(0);
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(26);
    }

    @Test
    void aPatientStoryNeedsAConsentRecord() {
        SiteFixture site = new SiteFixture(dir).file("content/posts/2025-01-10-story.md",
                "---\ntitle: A story\npatient_story: true\n---\nShared with permission.\n");
        // the transparency work reads the consent record itself, and names this rule in its message
        assertThat(site.build().diagnostics()).filteredOn(d -> d.message().contains(Rules.PATIENT_STORY_CONSENT)).singleElement()
                .satisfies(d -> assertThat(d.line()).isEqualTo(3));
        site.file("content/posts/2025-01-10-story.md", "---\ntitle: A story\npatient_story: true\n"
                + "consent: {status: explicit-written, obtained: 2024-01-10, scope: [site]}\n---\nShared with permission.\n");
        assertThat(site.build().diagnostics()).isEmpty();
    }

    @Test
    void infoIsOnlyInTheCheckReport() {
        SiteFixture site = new SiteFixture(dir).post("case", "The training NHS number " + nhs("999 123 457_") + " is not real.\n");
        assertThat(site.build().diagnostics()).isEmpty();
        assertThat(rule(site.check().diagnostics(), Rules.NHS_NUMBER)).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void checkAlsoReadsDrafts() {
        SiteFixture site = new SiteFixture(dir).file("content/posts/2025-01-10-draft.md",
                "---\ntitle: Draft\ndraft: true\n---\nHer NHS number is " + nhs("943 476 591_") + ".\n");
        assertThat(site.build().published()).isTrue();
        assertThat(site.check().hasErrors()).isTrue();
    }

    @Test
    void thePreviewsFastPathChecksAnEditedEntryAndStripsItsWaivers() throws Exception {
        SiteFixture site = new SiteFixture(dir).post("case", "Nothing yet.\n");
        dev.rounds.build.SiteBuilder builder = new dev.rounds.build.SiteBuilder("Rounds test");
        dev.rounds.build.BuildCache cache = new dev.rounds.build.BuildCache();
        dev.rounds.config.BuildOptions options = new dev.rounds.config.BuildOptions(dir, dir.resolve("public"), true, true,
                java.util.Optional.empty(), java.time.Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(builder.build(options, new dev.rounds.output.MemorySink(), cache).published()).isTrue();
        String file = "content/posts/2025-01-10-case.md";

        site.post("case", "Her NHS number is " + nhs("943 476 591_") + ".\n");
        var partial = builder.renderChanged(options, cache, java.util.Set.of(file));
        assertThat(partial).isPresent();
        assertThat(rule(partial.get().diagnostics(), Rules.NHS_NUMBER)).singleElement().satisfies(d -> assertThat(d.isError()).isTrue());

        site.post("case", "<!-- rounds:allow nhs-number \"the NHS's published example\" -->\nThe NHS number " + nhs("943 476 591_") + ".\n");
        partial = builder.renderChanged(options, cache, java.util.Set.of(file));
        assertThat(partial).isPresent();
        assertThat(partial.get().diagnostics()).isEmpty();
        assertThat(partial.get().outputs()).allSatisfy(page ->
                assertThat(new String(page.bytes(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("rounds:allow"));
    }
}

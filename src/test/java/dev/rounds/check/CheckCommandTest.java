package dev.rounds.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rounds check}: the text report grouped by file, JSON, waivers, and exit codes. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private SiteFixture siteWithFindings() {
        return new SiteFixture(dir)
                .post("alpha", "Intro.\n\nHer NHS number is " + Labelled.number("nhs", "943 476 591_") + ".\n")
                .post("beta", "Call me on 07911 123456.\n\n<!-- rounds:allow postcode \"the hospital's public address\" -->\nLeeds LS1 3EX.\n");
    }

    @Test
    void aCleanSiteExitsZero() {
        SiteFixture site = new SiteFixture(dir).post("clean", "Take 500 mg twice a day.\n");
        SiteFixture.Run run = site.cli("check", dir.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out().strip()).endsWith("0 errors, 0 warnings");
    }

    @Test
    void theTextReportIsGroupedByFileWithASummaryAndExitsOneOnErrors() {
        SiteFixture.Run run = siteWithFindings().cli("check", dir.toString());
        assertThat(run.code()).isEqualTo(1);
        String alpha = dir.resolve("content/posts/2025-01-10-alpha.md").toString();
        String beta = dir.resolve("content/posts/2025-01-10-beta.md").toString();
        assertThat(run.out()).contains(alpha + ":6:19: error: an NHS number (943 *** **19")
                .contains(beta + ":4:12: warning: a UK phone number (079** ****56) [phone]")
                .contains(alpha + ":6:19: error:" + "").contains("\n\n" + beta)
                .doesNotContain(Labelled.number("nhs", "943 476 591_")).doesNotContain("07911 123456");
        assertThat(run.out().strip()).endsWith("1 error, 1 warning");
    }

    @Test
    void jsonHasTheSameFindings() throws Exception {
        SiteFixture.Run run = siteWithFindings().cli("check", "--format", "json", dir.toString());
        assertThat(run.code()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        java.util.List<JsonNode> findings = new java.util.ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (!finding.get("severity").asText().equals("info")) {
                findings.add(finding);
            }
        });
        assertThat(findings).hasSize(2);
        JsonNode first = findings.get(0);
        assertThat(first.get("rule").asText()).isEqualTo("nhs-number");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("line").asInt()).isEqualTo(6);
        assertThat(first.get("column").asInt()).isEqualTo(19);
        assertThat(first.get("file").asText()).endsWith("content/posts/2025-01-10-alpha.md");
        assertThat(report.get("summary").get("errors").asInt()).isEqualTo(1);
        assertThat(report.get("summary").get("warnings").asInt()).isEqualTo(1);
        assertThat(report.get("waivers")).hasSize(1);
        assertThat(report.get("waivers").get(0).get("reason").asText()).isEqualTo("the hospital's public address");
        assertThat(run.out()).doesNotContain(Labelled.number("nhs", "943 476 591_"));
    }

    @Test
    void waiversAreListedForReview() {
        SiteFixture.Run run = siteWithFindings().cli("check", "--waivers", dir.toString());
        assertThat(run.out()).contains("Waivers (1):")
                .contains("2025-01-10-beta.md:6:1: postcode \"the hospital's public address\" (waives 1 finding)");
    }

    @Test
    void aMissingSiteIsAnErrorAndABadOptionIsWrongUsage() {
        assertThat(new SiteFixture(dir).cli("check", dir.resolve("nowhere").toString()).code()).isEqualTo(1);
        assertThat(new SiteFixture(dir).cli("check", "--format", "xml", dir.toString()).code()).isEqualTo(2);
        assertThat(new SiteFixture(dir).cli("check", "--nonsense").code()).isEqualTo(2);
    }

    @Test
    void buildRefusesWhatCheckReports() {
        SiteFixture site = siteWithFindings();
        SiteFixture.Run run = site.cli("build", dir.toString(), "-o", dir.resolve("out").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("[nhs-number]").contains("nothing was written");
        assertThat(dir.resolve("out/index.html")).doesNotExist();
    }
}

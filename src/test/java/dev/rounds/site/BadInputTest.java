package dev.rounds.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rounds.testing.Run;
import dev.rounds.testing.Snapshot;
import dev.rounds.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken sources: each is reported at its file, line and column with exit code 1, and a failed
 * build leaves the previously built public/ folder exactly as it was.
 */
class BadInputTest {
    private static final Duration SECONDS = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    /** A good site, built once, so that a later failed build can be checked to leave public/ alone. */
    private TestSite builtSite() {
        TestSite site = TestSite.in(dir)
                .post("2026-01-05-good.md", "title: Good\ntags: [feet]", "A good post.")
                .note("2026-01-06-0900.md", null, "A good note.")
                .page("about.md", "title: About", "About us.");
        site.build().assertClean();
        return site;
    }

    /** Builds a good site, breaks it, rebuilds: the build fails and public/ is byte-for-byte untouched. */
    private Run failsLeavingOutputAlone(Consumer<TestSite> breakIt) {
        TestSite site = builtSite();
        Snapshot before = site.snapshot();
        assertThat(before.files()).containsKey("index.html");
        breakIt.accept(site);
        Run run = site.build();
        run.assertFailed();
        assertThat(run.err()).contains("nothing was written");
        assertThat(run.out()).isEmpty();
        assertThat(site.snapshot()).as("public/ after a failed build").isEqualTo(before);
        return run;
    }

    private static String post(String frontMatter) {
        return TestSite.withFrontMatter(frontMatter, "Body.");
    }

    @Test
    void malformedFrontMatterYamlIsReportedWhereTheProblemIs() {
        Run run = failsLeavingOutputAlone(site -> site.file("content/posts/2026-01-05-good.md",
                "---\ntitle: Good\nsummary: a: b\n---\nBody.\n"));
        assertThat(run.errors()).singleElement().asString()
                .contains("content/posts/2026-01-05-good.md:3:11: error: invalid YAML")
                .contains("mapping values are not allowed");
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        Run run = failsLeavingOutputAlone(site -> site.file("content/posts/2026-01-05-good.md", "---\ntitle: Good\n\nBody.\n"));
        assertThat(run.errors()).singleElement().asString()
                .contains("content/posts/2026-01-05-good.md:1:1: error:").contains("never closed");
    }

    @Test
    void postWithoutTitleIsAnErrorOfTheWholeFile() {
        Run run = failsLeavingOutputAlone(site -> site.file("content/posts/2026-01-05-good.md", post("tags: [feet]")));
        assertThat(run.errors()).singleElement().asString()
                .contains("content/posts/2026-01-05-good.md:1:1: error: a post needs a title");
    }

    @Test
    void pageWithoutTitleIsAnError() {
        Run run = failsLeavingOutputAlone(site -> site.file("content/pages/about.md", "Just text, no front matter.\n"));
        assertThat(run.errors()).singleElement().asString().contains("content/pages/about.md:1:1: error: a page needs a title");
    }

    @Test
    void postWithoutDateIsAnError() {
        Run run = failsLeavingOutputAlone(site -> site.post("undated.md", "title: Undated", "Body."));
        assertThat(run.errors()).singleElement().asString().contains("content/posts/undated.md:1:1: error: a post needs a date");
    }

    @Test
    void impossibleDateInAFileNameIsNamedInTheError() {
        Run run = failsLeavingOutputAlone(site -> site
                .post("2026-02-30-leap.md", "title: Leap", "x")
                .note("2026-01-05-2460.md", null, "Late."));
        assertThat(run.err()).containsPattern("content/posts/2026-02-30-leap\\.md:1:1: error: .*2026-02-30")
                .containsPattern("content/notes/2026-01-05-2460\\.md:1:1: error: .*(2460|24:60)");
    }

    @Test
    void unparseableDatePointsAtTheValue() {
        Run run = failsLeavingOutputAlone(site -> site.file("content/posts/2026-01-05-good.md",
                post("title: Good\ndate: 2026-02-30")));
        assertThat(run.errors()).singleElement().asString()
                .contains("content/posts/2026-01-05-good.md:3:7: error:")
                .contains("'date' is not a valid date: '2026-02-30'");
    }

    @Test
    void unparseableDateInAnIndentedValuePointsAtTheValue() {
        Run run = failsLeavingOutputAlone(site -> site.file("content/posts/2026-01-05-good.md",
                post("title: Good\nupdated:    \"last tuesday\"")));
        assertThat(run.errors()).singleElement().asString()
                .contains("content/posts/2026-01-05-good.md:3:13: error:")
                .contains("'updated' is not a valid date: 'last tuesday'");
    }

    @Test
    void mappingWhereAListIsExpectedIsAnErrorAtTheValue() {
        Run run = failsLeavingOutputAlone(site -> site.file("content/posts/2026-01-05-good.md",
                post("title: Good\ntags: {a: 1}")));
        assertThat(run.errors()).singleElement().asString()
                .contains("content/posts/2026-01-05-good.md:3:7: error:")
                .contains("'tags' must be a list");
    }

    @Test
    void nonBooleanDraftIsAnErrorAtTheValue() {
        Run run = failsLeavingOutputAlone(site -> site.file("content/posts/2026-01-05-good.md",
                post("title: Good\ndraft: maybe")));
        assertThat(run.errors()).singleElement().asString()
                .contains("content/posts/2026-01-05-good.md:3:8: error:")
                .contains("'draft' must be true or false, not 'maybe'");
    }

    @Test
    void listWhereTextIsExpectedIsAnErrorAtTheValue() {
        Run run = failsLeavingOutputAlone(site -> site.file("content/posts/2026-01-05-good.md",
                post("title:\n  - one\n  - two")));
        assertThat(run.errors()).anySatisfy(line -> assertThat(line)
                .contains("content/posts/2026-01-05-good.md:3:3: error:")
                .contains("'title' must be text"));
    }

    @Test
    void titleOfTheWrongTypeIsOneErrorNotTwo() {
        Run run = failsLeavingOutputAlone(site -> site.file("content/posts/2026-01-05-good.md",
                post("title:\n  - one\n  - two")));
        assertThat(run.errors()).singleElement().asString()
                .contains("content/posts/2026-01-05-good.md:3:3: error:")
                .contains("'title' must be text");
    }

    @Test
    void duplicateKeyIsAnErrorAtTheSecondKey() {
        Run run = failsLeavingOutputAlone(site -> site.file("content/posts/2026-01-05-good.md",
                post("title: Good\ntags: [a]\ntitle: Again")));
        assertThat(run.errors()).singleElement().asString()
                .contains("content/posts/2026-01-05-good.md:4:1: error:")
                .contains("duplicate key 'title'")
                .contains("line 2");
    }

    @Test
    void frontMatterThatIsNotAMappingIsAnError() {
        Run run = failsLeavingOutputAlone(site -> site.file("content/posts/2026-01-05-good.md",
                post("- just\n- a list")));
        assertThat(run.errors()).singleElement().asString()
                .contains("content/posts/2026-01-05-good.md:2:1: error:").contains("front matter must be keys and values");
    }

    @Test
    void unknownAuthorIsAnErrorAtTheName() {
        Run run = failsLeavingOutputAlone(site -> site.file("content/posts/2026-01-05-good.md",
                post("title: Good\nauthors:\n  - nobody")));
        assertThat(run.errors()).singleElement().asString()
                .contains("content/posts/2026-01-05-good.md:4:5: error:").contains("unknown author 'nobody'");
    }

    @Test
    void imageWithoutAltTextIsAnError() {
        Run run = failsLeavingOutputAlone(site -> site.file("content/posts/2026-01-05-good.md",
                post("title: Good\nimage: photo.jpg")));
        assertThat(run.errors()).singleElement().asString()
                .contains("content/posts/2026-01-05-good.md:3:8: error:").contains("image_alt");
    }

    @Test
    void slugWithoutLettersIsAnError() {
        Run run = failsLeavingOutputAlone(site -> site.file("content/posts/2026-01-05-good.md",
                post("title: Good\nslug: \"!!!\"")));
        assertThat(run.errors()).singleElement().asString()
                .contains("content/posts/2026-01-05-good.md:3:7: error:").contains("slug");
    }

    @Test
    void templateErrorPointsAtTheTemplatesLine() {
        Run run = failsLeavingOutputAlone(site -> site.file("layouts/post.ftlh", """
                <#import "base.ftlh" as base>
                <@base.layout>
                <h1>${entry.title}</h1>
                <p>${entry.nosuch.deeper}</p>
                </@base.layout>
                """));
        assertThat(run.errors()).singleElement().asString()
                .contains("layouts/post.ftlh:4:")
                .contains("entry.nosuch");
    }

    @Test
    void templateSyntaxErrorPointsAtTheTemplatesLine() {
        Run run = failsLeavingOutputAlone(site -> site.file("layouts/page.ftlh", """
                <#import "base.ftlh" as base>
                <@base.layout>
                <h1>${entry.title</h1>
                </@base.layout>
                """));
        assertThat(run.errors()).isNotEmpty().allSatisfy(line -> assertThat(line).contains("layouts/page.ftlh:3:"));
    }

    @Test
    void errorInAShippedTemplateIsNamedAsTheThemesFile() {
        Run run = failsLeavingOutputAlone(site -> site.file("layouts/base.ftlh", "<#macro other>x</#macro>\n"));
        assertThat(run.errors()).isNotEmpty().anySatisfy(line -> assertThat(line).startsWith("theme:clinic/").contains(".ftlh:"));
    }

    @Test
    void unknownThemePointsAtTheThemeLine() {
        Run run = failsLeavingOutputAlone(site -> site.config(TestSite.MINIMAL_CONFIG + "theme: nosuch\n"));
        assertThat(run.errors()).singleElement().asString()
                .contains("site.yaml:3:8: error: unknown theme 'nosuch'");
    }

    @Test
    void themeNameThatIsAPathIsAnError() {
        Run run = failsLeavingOutputAlone(site -> site.config(TestSite.MINIMAL_CONFIG + "theme: ../../elsewhere\n"));
        assertThat(run.errors()).singleElement().asString().contains("site.yaml:3:8: error: unknown theme");
    }

    @Test
    void missingSiteYamlIsAnError() {
        Run run = failsLeavingOutputAlone(site -> site.delete("site.yaml"));
        assertThat(run.errors()).singleElement().asString().contains("site.yaml:1:1: error: no site.yaml here");
    }

    @Test
    void missingSiteFolderIsAnError() {
        Run run = TestSite.run("build", dir.resolve("nowhere").toString());
        run.assertFailed();
        assertThat(run.errors()).singleElement().asString().contains("nowhere:1:1: error: no such site folder");
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    @Test
    void brokenSiteYamlIsReportedWhereTheProblemIs() {
        Run run = failsLeavingOutputAlone(site -> site.config("title: Test\nbaseURL: https://example.org/\nmenu:\n  - title: About\n   url: /about/\n"));
        assertThat(run.errors()).singleElement().asString().containsPattern("site\\.yaml:5:\\d+: error: invalid YAML");
    }

    @Test
    void unclosedFlowListInSiteYamlIsReported() {
        Run run = failsLeavingOutputAlone(site -> site.config("title: [unclosed\nbaseURL: https://example.org/\n"));
        assertThat(run.errors()).singleElement().asString().containsPattern("site\\.yaml:\\d+:\\d+: error: invalid YAML");
    }

    @Test
    void missingBaseUrlIsAnError() {
        Run run = failsLeavingOutputAlone(site -> site.config("title: No address\n"));
        assertThat(run.errors()).singleElement().asString().contains("site.yaml:1:1: error: 'baseURL' is required");
    }

    @Test
    void invalidBaseUrlIsAnErrorAtTheValue() {
        Run run = failsLeavingOutputAlone(site -> site.config("title: T\nbaseURL: example.org\n"));
        assertThat(run.errors()).singleElement().asString().contains("site.yaml:2:10: error: 'baseURL' must be an absolute");
    }

    @Test
    void wrongTypesInSiteYamlAreErrorsAtTheirValues() {
        Run run = failsLeavingOutputAlone(site -> site.config(TestSite.MINIMAL_CONFIG + "paginate: lots\ntimezone: Mars/Olympus\n"));
        assertThat(run.errors()).hasSize(2);
        assertThat(run.err()).contains("site.yaml:3:11: error: 'paginate' must be a whole number")
                .contains("site.yaml:4:11: error: unknown time zone 'Mars/Olympus'");
    }

    @Test
    void unknownSettingIsAWarningAndTheBuildSucceeds() {
        TestSite site = TestSite.in(dir).config("title: Typo\nbaseUrl: https://example.org/\n");
        Run run = site.build("--base-url", "https://example.org/");
        run.assertOk();
        assertThat(run.warnings()).singleElement().asString()
                .contains("site.yaml:2:1: warning: unknown setting 'baseUrl'")
                .contains("did you mean 'baseURL'");
        assertThat(run.out()).contains("1 warning");
        assertThat(site.exists("/")).isTrue();
    }

    @Test
    void typoOfBaseUrlIsAWarningBesideTheMissingBaseUrlError() {
        TestSite site = TestSite.in(dir).config("title: Typo\nbaseUrl: https://example.org/\n");
        Run run = site.build();
        run.assertFailed();
        assertThat(run.err()).contains("site.yaml:2:1: warning: unknown setting 'baseUrl'")
                .contains("site.yaml:1:1: error: 'baseURL' is required");
    }

    @Test
    void invalidUtf8IsReportedAtTheFirstBadByte() {
        Run run = failsLeavingOutputAlone(site -> {
            byte[] start = "---\ntitle: Good\n---\n\nCrème brûlée ".getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[start.length + 3];
            System.arraycopy(start, 0, bytes, 0, start.length);
            bytes[start.length] = (byte) 0xFF;
            bytes[start.length + 1] = 'x';
            bytes[start.length + 2] = '\n';
            site.bytes("content/posts/2026-01-05-good.md", bytes);
        });
        assertThat(run.errors()).singleElement().asString()
                .contains("content/posts/2026-01-05-good.md:5:14: error:")
                .contains("UTF-8");
    }

    @Test
    void latin1TextIsReportedAtTheFirstBadByte() {
        Run run = failsLeavingOutputAlone(site -> site.bytes("content/posts/2026-01-05-good.md",
                "---\ntitle: Café\n---\nBody.\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(run.errors()).singleElement().asString()
                .contains("content/posts/2026-01-05-good.md:2:11: error:").contains("0xE9");
    }

    @Test
    void invalidUtf8InSiteYamlIsReported() {
        Run run = failsLeavingOutputAlone(site -> site.bytes("site.yaml",
                "title: Caf\u00e9\nbaseURL: https://example.org/\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(run.errors()).singleElement().asString().contains("site.yaml:1:11: error:").contains("UTF-8");
    }

    @Test
    void binaryFileNamedMarkdownIsAnError() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        Run run = failsLeavingOutputAlone(site -> site.bytes("content/posts/2026-01-07-photo.md", png));
        assertThat(run.errors()).singleElement().asString().contains("content/posts/2026-01-07-photo.md:1:1: error:");
    }

    @Test
    void fileWithNulBytesIsReportedAsBinary() {
        Run run = failsLeavingOutputAlone(site -> site.bytes("content/notes/2026-01-07-0900.md",
                "Some text\n\0\0\0\1\2".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(run.errors()).singleElement().asString()
                .contains("content/notes/2026-01-07-0900.md:2:1: error:").contains("binary");
    }

    @Test
    void brokenDataFileIsReportedWhereTheProblemIs() {
        Run run = failsLeavingOutputAlone(site -> site.file("data/events.yaml", "- name: Clinic\n  when: [2026\n"));
        assertThat(run.errors()).singleElement().asString().containsPattern("data/events\\.yaml:\\d+:\\d+: error: invalid YAML");
    }

    @Test
    void noteWithoutADateIsAnError() {
        Run run = failsLeavingOutputAlone(site -> site.note("thoughts.md", null, "Undated."));
        assertThat(run.errors()).singleElement().asString().contains("content/notes/thoughts.md:1:1: error: a note needs a date");
    }

    @Test
    void fileNameThatGivesAnEmptySlugIsAnError() {
        Run run = failsLeavingOutputAlone(site -> site.post("2026-01-05-!!!.md", "title: Shouting", "x"));
        assertThat(run.errors()).singleElement().asString().contains("content/posts/2026-01-05-!!!.md:1:1: error:").contains("slug");
    }

    @Test
    void replyToSomethingThatIsNotAWebAddressIsAnError() {
        Run run = failsLeavingOutputAlone(site -> site.note("2026-01-07-0900.md", "in_reply_to: my last note", "Reply."));
        assertThat(run.errors()).singleElement().asString().contains("content/notes/2026-01-07-0900.md:2:14: error:").contains("in_reply_to");
    }

    @Test
    void linkToAMissingSourceFileIsAnError() {
        Run run = failsLeavingOutputAlone(site -> site.post("2026-01-08-links.md", "title: Links", "Intro.\n\nSee [gone](2025-01-01-gone.md).\n"));
        assertThat(run.errors()).singleElement().asString().contains("content/posts/2026-01-08-links.md:6:").contains("2025-01-01-gone.md");
    }

    @Test
    void yamlAliasBombFailsWithinSeconds() {
        String bomb = """
                title: Laughs
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;
        TestSite site = builtSite();
        Snapshot before = site.snapshot();
        site.file("content/posts/2026-01-05-good.md", post(bomb));
        Run run = assertTimeoutPreemptively(SECONDS, () -> site.build());
        run.assertFailed();
        assertThat(run.errors()).singleElement().asString()
                .contains("content/posts/2026-01-05-good.md:").contains("invalid YAML").contains("alias");
        assertThat(site.snapshot()).isEqualTo(before);
    }

    @Test
    void yamlAliasBombInSiteYamlFailsWithinSeconds() {
        TestSite site = TestSite.in(dir).config(TestSite.MINIMAL_CONFIG + """
                params:
                  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                  b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                  c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                  d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                  e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                  f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                  g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                """);
        Run run = assertTimeoutPreemptively(SECONDS, () -> site.build());
        run.assertFailed();
        assertThat(run.errors()).singleElement().asString().contains("site.yaml:").contains("invalid YAML");
    }

    @Test
    void symbolicLinkLoopIsReportedNotFollowedForever() throws IOException {
        TestSite site = builtSite();
        Snapshot before = site.snapshot();
        Files.createSymbolicLink(site.path("content/posts/loop"), site.path("content"));
        Run run = assertTimeoutPreemptively(SECONDS, () -> site.build());
        run.assertFailed();
        assertThat(run.err()).contains("content/posts/loop").contains("symbolic link loop");
        assertThat(site.snapshot()).isEqualTo(before);
    }

    @Test
    void deeplyNestedQuotesFailOrRenderWithinSecondsWithoutAStackTrace() {
        TestSite site = TestSite.in(dir).post("2026-01-05-deep.md", "title: Deep", ">".repeat(50_000) + " bottom\n");
        Run run = assertTimeoutPreemptively(SECONDS, () -> site.build());
        run.assertNoStackTrace();
        assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
        if (run.exitCode() == 1) {
            assertThat(run.errors()).singleElement().asString().contains("content/posts/2026-01-05-deep.md:4:1: error:");
        }
    }

    @Test
    void deeplyNestedListsFailOrRenderWithinSecondsWithoutAStackTrace() {
        TestSite site = TestSite.in(dir).post("2026-01-05-deep.md", "title: Deep", "- ".repeat(20_000) + "bottom\n");
        Run run = assertTimeoutPreemptively(SECONDS, () -> site.build());
        run.assertNoStackTrace();
        assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
        if (run.exitCode() == 1) {
            assertThat(run.errors()).singleElement().asString().contains("content/posts/2026-01-05-deep.md:4:1: error:");
        }
    }

    @Test
    void deeplyNestedBracketsAndEmphasisRenderWithinSeconds() {
        TestSite site = TestSite.in(dir).post("2026-01-05-deep.md", "title: Deep",
                "[".repeat(20_000) + "x" + "]".repeat(20_000) + "\n\n" + "*a **b ".repeat(5_000) + "\n\n" + "<div>".repeat(10_000) + "\n");
        Run run = assertTimeoutPreemptively(SECONDS, () -> site.build());
        run.assertNoStackTrace();
        assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
    }

    @Test
    void enormousMarkdownFileBuildsWithinSeconds() {
        String paragraph = "Blood glucose rises after meals and falls with activity; HbA1c reflects about three months. ".repeat(8) + "\n\n";
        StringBuilder body = new StringBuilder();
        while (body.length() < 2_000_000) {
            body.append("## Section ").append(body.length()).append("\n\n").append(paragraph).append(paragraph).append("- a\n- b\n\n");
        }
        TestSite site = TestSite.in(dir).post("2026-01-05-huge.md", "title: Huge", body.toString());
        // A few seconds of work (the page and every feed carry the text); the limit is wide so that a
        // busy machine does not fail it, while anything quadratic in the size would still take far longer.
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> site.build());
        run.assertClean();
        assertThat(site.outputFile("/2026/01/huge/")).isRegularFile();
        assertThat(site.text("/2026/01/huge/").length()).isGreaterThan(2_000_000);
    }

    @Test
    void oddFileNamesWork() {
        TestSite site = TestSite.in(dir)
                .post("2026-01-05-hello world #1 100%.md", "title: Spaces and signs", "See [the leaflet](/files/my%20leaflet%20%232%20(100%25).pdf).")
                .post("2026-01-06-über naïve.md", "title: Unicode", "Text.")
                .post("2026-01-07-日本語.md", "title: Japanese", "Text.")
                .file("static/files/my leaflet #2 (100%).pdf", "%PDF-1.4\n");
        site.build().assertClean();
        assertThat(site.exists("/2026/01/hello-world-1-100/")).isTrue();
        assertThat(site.exists("/2026/01/uber-naive/")).isTrue();
        assertThat(site.output().resolve("files/my leaflet #2 (100%).pdf")).hasContent("%PDF-1.4");
        assertThat(site.outputFiles()).anyMatch(f -> f.startsWith("2026/01/") && f.contains("日本語") || f.contains("%E6%97%A5"));
        assertThat(dev.rounds.testing.LinkChecker.brokenLinks(site.output(), "/")).isEmpty();
    }

    @Test
    void twoEntriesWithTheSameUrlAreAnErrorNamingBoth() {
        Run run = failsLeavingOutputAlone(site -> site
                .post("2026-01-20-same.md", "title: First", "1")
                .post("2026-01-25-other.md", "title: Second\nslug: same", "2"));
        assertThat(run.err()).contains("content/posts/2026-01-20-same.md").contains("content/posts/2026-01-25-other.md")
                .contains("2026/01/same/");
    }

    @Test
    void entryAtTheUrlOfAGeneratedPageIsAnError() {
        Run run = failsLeavingOutputAlone(site -> site.page("tags.md", "title: Tags", "My own tags page."));
        assertThat(run.err()).contains("content/pages/tags.md").contains("tag index").contains("tags/");
    }

    @Test
    void staticFileAtTheUrlOfAnEntryIsAnError() {
        Run run = failsLeavingOutputAlone(site -> site.file("static/about/index.html", "<!DOCTYPE html><title>x</title>"));
        assertThat(run.err()).contains("content/pages/about.md").contains("static/about/index.html");
    }

    @Test
    void aliasAtAnotherEntrysUrlIsAnErrorNamingBoth() {
        Run run = failsLeavingOutputAlone(site -> site.post("2026-01-08-new.md", "title: New\naliases: [/about/]", "Moved."));
        assertThat(run.err()).contains("content/posts/2026-01-08-new.md").contains("content/pages/about.md").contains("about/");
    }

    @Test
    void aliasOutsideTheSiteIsAnErrorAtTheAlias() {
        Run run = failsLeavingOutputAlone(site -> site.post("2026-01-08-new.md", "title: New\naliases: [../../escape/]", "Moved."));
        assertThat(run.errors()).singleElement().asString().contains("content/posts/2026-01-08-new.md:3:11: error:").contains("alias");
    }

    @Test
    void aliasThatLooksLikeAnotherHostIsAnErrorAtTheAlias() {
        Run run = failsLeavingOutputAlone(site -> site
                .post("2026-01-08-new.md", "title: New\naliases: [\"//evil.example/x\"]", "Moved.")
                .post("2026-01-09-other.md", "title: Other", "Changes the lists and feeds."));
        assertThat(run.errors()).singleElement().asString().contains("content/posts/2026-01-08-new.md:3:11: error:").contains("alias");
    }

    @Test
    void everyErrorOfABuildIsReportedTogether() {
        Run run = failsLeavingOutputAlone(site -> site
                .file("content/posts/2026-01-05-good.md", post("tags: [feet]"))
                .note("2026-01-07-0900.md", "date: soon", "Bad date.")
                .page("contact.md", "title: Contact\ndraft: perhaps", "x")
                .file("layouts/post.ftlh", "${nosuch}\n"));
        assertThat(run.errors()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(run.err())
                .contains("content/posts/2026-01-05-good.md:1:1: error:")
                .contains("content/notes/2026-01-07-0900.md:2:7: error:")
                .contains("content/pages/contact.md:3:8: error:");
        assertThat(run.err()).containsPattern("Build failed: \\d+ errors; nothing was written\\.");
    }

    @Test
    void siteYamlErrorsAndContentErrorsAreReportedTogether() {
        Run run = failsLeavingOutputAlone(site -> site
                .config(TestSite.MINIMAL_CONFIG + "theme: nosuch\n")
                .file("content/posts/2026-01-05-good.md", post("tags: [feet]")));
        assertThat(run.err()).contains("site.yaml:3:8: error: unknown theme")
                .contains("content/posts/2026-01-05-good.md:1:1: error: a post needs a title");
    }

    @Test
    void strayFileInContentIsAWarning() {
        TestSite site = TestSite.in(dir).file("content/photo.jpg", "x").file("content/posts/notes.txt", "x");
        Run run = site.build();
        run.assertOk();
        assertThat(run.warnings()).hasSize(2).allSatisfy(line -> assertThat(line).contains("not part of the site"));
    }
}

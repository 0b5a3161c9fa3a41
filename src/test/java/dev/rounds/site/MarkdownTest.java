package dev.rounds.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.testing.HtmlValidator;
import dev.rounds.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Markdown becomes: headings, tables, task lists, footnotes, summaries, reading time, encodings. */
class MarkdownTest {
    @TempDir
    Path dir;

    private Document post(String frontMatter, String body) {
        TestSite site = TestSite.in(dir).post("2026-01-05-test.md", frontMatter, body);
        site.build().assertClean();
        return site.page("/2026/01/test/");
    }

    @Test
    void bodyHeadingsMoveUnderThePageTitle() {
        Document page = post("title: The title", "# Introduction\n\nText.\n\n## Details\n\nMore.\n");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("The title");
        assertThat(page.select(".entry-content h2").first().ownText()).isEqualTo("Introduction");
        assertThat(page.select(".entry-content h3").first().ownText()).isEqualTo("Details");
    }

    @Test
    void bodyWithoutHashHeadingsKeepsItsLevels() {
        Document page = post("title: The title", "## Section\n\n### Part\n");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select(".entry-content h2").first().ownText()).isEqualTo("Section");
        assertThat(page.select(".entry-content h3").first().ownText()).isEqualTo("Part");
    }

    @Test
    void headingsHaveIdsAndAnchorLinks() {
        Document page = post("title: T", "## Foot care\n\nText.\n");
        Element heading = page.selectFirst(".entry-content h2");
        assertThat(heading).isNotNull();
        assertThat(heading.id()).isEqualTo("foot-care");
        Element anchor = heading.selectFirst("a[href=#foot-care]");
        assertThat(anchor).as("anchor link in %s", heading).isNotNull();
        assertThat(anchor.text()).as("an anchor link has a name for screen readers").isNotBlank();
    }

    @Test
    void headingIdsNeverClashWithTheThemesIds() {
        Document page = post("title: T", "## Main\n\nText.\n\n## Top\n");
        Set<String> seen = new HashSet<>();
        for (Element element : page.select("[id]")) {
            assertThat(seen.add(element.id())).as("id '%s' is used once", element.id()).isTrue();
        }
        assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(page.getElementById("main").tagName()).isEqualTo("main");
    }

    @Test
    void tableAlignmentIsAClassNotAnAttribute() {
        Document page = post("title: T", "| Left | Centre | Right |\n|:-----|:------:|------:|\n| a | b | c |\n");
        assertThat(page.select("table")).hasSize(1);
        assertThat(page.select("th.align-left").text()).isEqualTo("Left");
        assertThat(page.select("th.align-center").text()).isEqualTo("Centre");
        assertThat(page.select("th.align-right").text()).isEqualTo("Right");
        assertThat(page.select("td.align-center").text()).isEqualTo("b");
        assertThat(page.select("[align]")).isEmpty();
        assertThat(page.select("table [style], table[style]")).isEmpty();
    }

    @Test
    void taskListsAreDisabledCheckboxes() {
        Document page = post("title: T", "- [x] Check feet\n- [ ] Book eye screening\n");
        List<Element> boxes = page.select("input[type=checkbox]");
        assertThat(boxes).hasSize(2);
        assertThat(boxes).allSatisfy(box -> {
            assertThat(box.hasAttr("disabled")).isTrue();
            assertThat(box.hasAttr("readonly")).isFalse();
        });
        assertThat(boxes.get(0).hasAttr("checked")).isTrue();
        assertThat(boxes.get(1).hasAttr("checked")).isFalse();
        assertThat(page.select("li").eachText()).contains("Check feet", "Book eye screening");
    }

    @Test
    void footnotesLinkToTheirText() {
        Document page = post("title: T", "HbA1c is an average.[^avg]\n\n[^avg]: Over about three months.\n");
        Element reference = page.selectFirst(".entry-content sup a[href^=#]");
        assertThat(reference).isNotNull();
        String target = reference.attr("href").substring(1);
        Element footnote = page.getElementById(target);
        assertThat(footnote).as("footnote #%s", target).isNotNull();
        assertThat(footnote.text()).contains("Over about three months.");
    }

    @Test
    void markdownFeaturesGiveValidHtml() {
        TestSite site = TestSite.in(dir).post("2026-01-05-all.md", "title: Everything", """
                # Top heading

                ## Main

                Text with a footnote.[^1] And ~~struck~~ text, and https://example.com/auto.

                | a | b |
                |:-:|--:|
                | 1 | 2 |

                - [x] done
                - [ ] not done

                > A quote

                ```
                code
                ```

                [^1]: The note.
                """);
        site.build().assertClean();
        assertThat(HtmlValidator.shared().errors(site.outputFile("/2026/01/all/"))).isEmpty();
        assertThat(HtmlValidator.shared().errors(site.outputFile("/"))).isEmpty();
    }

    @Test
    void headingIdsOfSeveralNotesOnOneListPageAreUnique() {
        TestSite site = TestSite.in(dir)
                .note("2026-01-05-0900.md", null, "## Update\n\nFirst.\n")
                .note("2026-01-06-0900.md", null, "## Update\n\nSecond.\n");
        site.build().assertClean();
        assertIdsUnique(site, "/notes/", "/");
    }

    @Test
    void footnoteIdsOfSeveralNotesOnOneListPageAreUnique() {
        TestSite site = TestSite.in(dir)
                .note("2026-01-05-0900.md", null, "First.[^1]\n\n[^1]: One.\n")
                .note("2026-01-06-0900.md", null, "Second.[^1]\n\n[^1]: Two.\n");
        site.build().assertClean();
        assertIdsUnique(site, "/notes/", "/");
        Document notes = site.page("/notes/");
        for (Element reference : notes.select("a.footnote-ref")) {
            Element target = notes.getElementById(reference.attr("href").substring(1));
            assertThat(target).isNotNull();
            assertThat(target.closest("article")).as("a note's footnote link stays in its note").isEqualTo(reference.closest("article"));
        }
    }

    private static void assertIdsUnique(TestSite site, String... urls) {
        for (String url : urls) {
            Document page = site.page(url);
            Set<String> seen = new HashSet<>();
            for (Element element : page.select("[id]")) {
                assertThat(seen.add(element.id())).as("id '%s' is used once on %s", element.id(), url).isTrue();
            }
            assertThat(HtmlValidator.shared().errors(site.outputFile(url))).as("Nu checker on %s", url).isEmpty();
        }
    }

    @Test
    void hashHeadingsInsideQuotesAndListsDoNotAddAnotherH1() {
        Document page = post("title: The title", "Intro.\n\n> # Heading in a quote\n\n- # Heading in a list\n");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("The title");
    }

    @Test
    void headingIdsNeverClashWithIdsOfTheThemesTemplates() {
        TestSite site = TestSite.in(dir)
                .post("2026-01-05-a.md", "title: A", "Text.")
                .note("2026-01-06-0900.md", null, "## Posts heading\n\n## Notes heading\n\nA note.\n");
        site.build().assertClean();
        assertIdsUnique(site, "/");
    }

    @Test
    void summaryLeavesFootnoteReferencesOut() {
        TestSite site = TestSite.in(dir).post("2026-01-05-fn.md", "title: Fn", "Opening with a note.[^1]\n\n[^1]: The note.\n");
        site.build().assertClean();
        Element summary = site.page("/").selectFirst("article.summary .p-summary");
        assertThat(summary).isNotNull();
        assertThat(summary.text()).isEqualTo("Opening with a note.");
        assertThat(summary.select("a, sup")).isEmpty();
    }

    @Test
    void rawHtmlRootRelativeLinksGetTheBasePathHoweverTheyAreQuoted() {
        TestSite site = TestSite.in(dir)
                .config("title: T\nbaseURL: https://example.org/blog/\n")
                .file("static/images/x.png", "x")
                .page("about.md", "title: About", "About.")
                .post("2026-01-05-raw.md", "title: Raw", "<img src='/images/x.png' alt='one'> <a href=/about/>two</a> "
                        + "<img srcset=\"/images/x.png 2x\" src=\"/images/x.png\" alt=\"three\">\n");
        site.build().assertClean();
        Document page = site.page("/2026/01/raw/");
        assertThat(page.select(".entry-content img").eachAttr("src")).containsOnly("/blog/images/x.png");
        assertThat(page.select(".entry-content a").attr("href")).isEqualTo("/blog/about/");
        assertThat(page.select(".entry-content img[srcset]").attr("srcset")).isEqualTo("/blog/images/x.png 2x");
    }

    @Test
    void codeThatShowsHtmlIsNotRewrittenForTheBasePath() {
        TestSite site = TestSite.in(dir)
                .config("title: T\nbaseURL: https://example.org/blog/\n")
                .post("2026-01-05-code.md", "title: Code", "Write `<a href=\"/about/\">` like this:\n\n```html\n<img src=\"/x.png\">\n```\n");
        site.build().assertClean();
        Document page = site.page("/2026/01/code/");
        assertThat(page.select(".entry-content code").eachText()).containsExactly("<a href=\"/about/\">", "<img src=\"/x.png\">");
    }

    @Test
    void linksToOtherSourceFilesBecomeTheirUrls() {
        TestSite site = TestSite.in(dir)
                .post("2026-01-05-a.md", "title: A", "See [B](2026-02-01-b.md), [about](../pages/about.md) and [B's part](2026-02-01-b.md#part).")
                .post("2026-02-01-b.md", "title: B", "## Part\n")
                .page("about.md", "title: About", "About.");
        site.build().assertClean();
        assertThat(site.page("/2026/01/a/").select(".entry-content a").eachAttr("href"))
                .containsExactly("/2026/02/b/", "/about/", "/2026/02/b/#part");
    }

    @Test
    void rootRelativeLinkToASourceFileIsResolvedOrReported() {
        TestSite site = TestSite.in(dir)
                .post("2026-01-05-a.md", "title: A", "Text.")
                .page("about.md", "title: About", "Back to [A](/content/posts/2026-01-05-a.md).");
        dev.rounds.testing.Run run = site.build();
        run.assertNoStackTrace();
        if (run.exitCode() == 0) {
            assertThat(site.page("/about/").select(".entry-content a").attr("href")).isEqualTo("/2026/01/a/");
        } else {
            assertThat(run.errors()).singleElement().asString().contains("content/pages/about.md:4:");
        }
    }

    @Test
    void summaryIsTheTextBeforeTheMoreMarker() {
        TestSite site = TestSite.in(dir).post("2026-01-05-more.md", "title: More",
                "First paragraph.\n\nSecond paragraph.\n\n<!--more-->\n\nAfter the fold.\n");
        site.build().assertClean();
        Element summary = site.page("/").selectFirst("article.summary .p-summary");
        assertThat(summary).isNotNull();
        assertThat(summary.text()).contains("First paragraph.", "Second paragraph.").doesNotContain("After the fold");
        assertThat(site.page("/2026/01/more/").select(".entry-content").text())
                .contains("First paragraph.", "After the fold.").doesNotContain("more");
    }

    @Test
    void summaryIsTheFirstParagraphWithoutAMarker() {
        TestSite site = TestSite.in(dir).post("2026-01-05-first.md", "title: First",
                "## A heading\n\nOpening paragraph.\n\nSecond paragraph.\n");
        site.build().assertClean();
        Element summary = site.page("/").selectFirst("article.summary .p-summary");
        assertThat(summary).isNotNull();
        assertThat(summary.text()).isEqualTo("Opening paragraph.");
    }

    @Test
    void summaryFromFrontMatterWinsAndIsEscaped() {
        TestSite site = TestSite.in(dir).post("2026-01-05-sum.md", "title: Sum\nsummary: \"Written <b>summary</b>\"",
                "Body paragraph.\n");
        site.build().assertClean();
        Document home = site.page("/");
        assertThat(home.select("article.summary .p-summary").text()).isEqualTo("Written <b>summary</b>");
        assertThat(home.select("article.summary .p-summary b")).isEmpty();
        assertThat(site.page("/2026/01/sum/").select("meta[name=description]").attr("content")).isEqualTo("Written <b>summary</b>");
    }

    @Test
    void readingTimeIsWholeMinutesAtTwoHundredWordsAMinute() {
        TestSite site = TestSite.in(dir)
                .post("2026-01-05-long.md", "title: Long", "word ".repeat(450))
                .post("2026-01-06-short.md", "title: Short", "Only a few words here.");
        site.build().assertClean();
        assertThat(site.page("/2026/01/long/").select(".byline .meta").text()).contains("3 min read");
        assertThat(site.page("/2026/01/short/").select(".byline .meta").text()).contains("1 min read");
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreAccepted() {
        String text = "\uFEFF---\r\ntitle: Windows post\r\ntags:\r\n  - crlf\r\n---\r\n# Heading\r\n\r\nLine one\r\nline two.\r\n";
        TestSite site = TestSite.in(dir).bytes("content/posts/2026-01-05-windows.md", text.getBytes(StandardCharsets.UTF_8));
        site.build().assertClean();
        Document page = site.page("/2026/01/windows/");
        assertThat(page.select("h1").text()).isEqualTo("Windows post");
        assertThat(page.title()).startsWith("Windows post");
        assertThat(page.select(".entry-content h2").first().ownText()).isEqualTo("Heading");
        assertThat(site.exists("/tags/crlf/")).isTrue();
        assertThat(site.text("/2026/01/windows/")).doesNotContain("\r").doesNotContain("\uFEFF");
    }

    @Test
    void byteOrderMarkIsAcceptedInSiteYaml() {
        TestSite site = TestSite.in(dir)
                .bytes("site.yaml", ("\uFEFF" + TestSite.MINIMAL_CONFIG.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        site.build().assertClean();
        assertThat(site.page("/").title()).isEqualTo("Test Clinic");
    }

    @Test
    void rawHtmlAndLinksArePassedThrough() {
        Document page = post("title: T", "A [link](https://www.nhs.uk/) and <abbr title=\"glycated haemoglobin\">HbA1c</abbr>.\n");
        assertThat(page.select(".entry-content a[href=https://www.nhs.uk/]").text()).isEqualTo("link");
        assertThat(page.select(".entry-content abbr").attr("title")).isEqualTo("glycated haemoglobin");
    }
}

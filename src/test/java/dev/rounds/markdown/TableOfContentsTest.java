package dev.rounds.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableOfContentsTest {
    @TempDir
    Path dir;

    @Test
    void tocMarkerListsTheHeadingsInOrderWhereItStands() {
        SmallSite site = new SmallSite(dir).file("content/posts/2026-01-05-insulin.md", """
                ---
                title: Starting insulin
                ---
                Before the contents.

                [TOC]

                ## Why insulin
                ### How it works
                ### When it helps
                #### Too deep to list
                ## Your first dose
                ## Hypos
                """);
        Document page = site.build().assertClean().page("/2026/01/insulin/");
        Element content = page.selectFirst(".entry-content");
        Element toc = content.selectFirst("nav.toc");
        assertThat(toc).isNotNull();
        assertThat(toc.attr("aria-label")).isEqualTo("Contents");
        assertThat(toc.selectFirst(".toc-title").text()).isEqualTo("Contents");
        assertThat(toc.selectFirst(".toc-title").tagName()).isNotEqualTo("h1");
        assertThat(toc.elementSiblingIndex()).as("after the first paragraph").isEqualTo(1);
        assertThat(toc.select("a").eachText())
                .containsExactly("Why insulin", "How it works", "When it helps", "Your first dose", "Hypos");
        assertThat(toc.select("a").eachAttr("href"))
                .containsExactly("#why-insulin", "#how-it-works", "#when-it-helps", "#your-first-dose", "#hypos");
        assertThat(toc.select("> ol > li > ol > li > a").eachText()).containsExactly("How it works", "When it helps");
        for (Element link : toc.select("a")) {
            assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
        assertThat(content.text()).doesNotContain("[TOC]");
    }

    @Test
    void frontMatterPutsTheContentsAtTheTopAfterTheHeadingShift() {
        SmallSite site = new SmallSite(dir).file("content/pages/guide.md", """
                ---
                title: Guide
                toc: true
                ---
                Some words first.

                # Part one
                ## Detail
                ### Too deep after the shift
                # Part two
                """);
        Element content = site.build().assertClean().page("/guide/").selectFirst(".entry-content");
        Element toc = content.child(0);
        assertThat(toc.is("nav.toc")).isTrue();
        assertThat(toc.select("a").eachText()).containsExactly("Part one", "Detail", "Part two");
        assertThat(content.select("h2[id]").eachAttr("id")).containsExactly("part-one", "part-two");
        assertThat(content.select("h1")).isEmpty();
    }

    @Test
    void levelsCanBeChosenAndUnknownOptionsAreAWarningAtTheirPlace() {
        SmallSite site = new SmallSite(dir).file("content/posts/2026-01-05-deep.md", """
                ---
                title: Deep
                ---
                [TOC levels=2-4]

                ## A
                ### B
                #### C
                """).file("content/posts/2026-01-06-odd.md", """
                ---
                title: Odd
                ---
                Text.

                [TOC style=fancy]

                ## A
                """);
        SmallSite.Built built = site.build();
        Elements links = built.page("/2026/01/deep/").select("nav.toc a");
        assertThat(links.eachText()).containsExactly("A", "B", "C");
        assertThat(built.result().diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file().toString()).endsWith("2026-01-06-odd.md");
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.column()).isEqualTo(6);
            assertThat(d.message()).contains("style=fancy");
        });
    }

    @Test
    void aHashHeadingAnywhereShiftsEveryHeadingSoThePageKeepsOneH1() {
        SmallSite site = new SmallSite(dir).file("content/posts/2026-01-05-nested.md", """
                ---
                title: Nested
                ---
                Intro.

                > # In a quote

                - # In a list

                ## Second level
                """);
        Document page = site.build().assertClean().page("/2026/01/nested/");
        assertThat(page.select("h1").eachText()).containsExactly("Nested");
        assertThat(page.select(".entry-content h2").eachAttr("id")).containsExactly("in-a-quote", "in-a-list");
        assertThat(page.select(".entry-content h3").eachAttr("id")).containsExactly("second-level");
    }

    @Test
    void noHeadingsMeansNoContents() {
        SmallSite site = new SmallSite(dir).file("content/posts/2026-01-05-short.md", """
                ---
                title: Short
                toc: true
                ---
                [TOC]

                Just a paragraph.
                """);
        Document page = site.build().assertClean().page("/2026/01/short/");
        assertThat(page.select("nav.toc")).isEmpty();
        assertThat(page.selectFirst(".entry-content").text()).isEqualTo("Just a paragraph.");
    }

    @Test
    void aTocIsNeverPartOfTheSummary() {
        SmallSite site = new SmallSite(dir).file("content/posts/2026-01-05-teaser.md", """
                ---
                title: Teaser
                ---
                [TOC]

                The opening words.

                <!--more-->

                ## Later
                """);
        Document home = site.build().assertClean().page("/");
        assertThat(home.select(".p-summary nav")).isEmpty();
        assertThat(home.selectFirst(".p-summary").text()).isEqualTo("The opening words.");
    }
}

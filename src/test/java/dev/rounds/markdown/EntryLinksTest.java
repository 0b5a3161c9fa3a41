package dev.rounds.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryLinksTest {
    @TempDir
    Path dir;

    @Test
    void aLinkToAMovedPostFollowsItToItsNewUrl() {
        SmallSite site = new SmallSite(dir, "title: Test Clinic\nbaseURL: https://example.org/blog/\n")
                .file("content/posts/2024-01-10-daily-checks.md", """
                        ---
                        title: Daily checks
                        slug: checking-your-feet
                        ---
                        Look every day.

                        ## How to look
                        """)
                .file("content/posts/2026-01-05-winter.md", """
                        ---
                        title: Winter
                        ---
                        Read [daily checks](2024-01-10-daily-checks.md), [how to look](2024-01-10-daily-checks.md#how-to-look),
                        [about me](../pages/about.md) and [the leaflet](2026-01-05-winter.md?print=1#top).

                        A [reference link][checks] works too.

                        [checks]: ./2024-01-10-daily-checks.md
                        """)
                .file("content/pages/about.md", "---\ntitle: About\n---\nBack to [winter](../posts/2026-01-05-winter.md).\n");
        SmallSite.Built built = site.build().assertClean();
        Element content = built.page("/2026/01/winter/").selectFirst(".entry-content");
        assertThat(content.select("a").eachAttr("href")).containsExactly(
                "/blog/2024/01/checking-your-feet/",
                "/blog/2024/01/checking-your-feet/#how-to-look",
                "/blog/about/",
                "/blog/2026/01/winter/?print=1#top",
                "/blog/2024/01/checking-your-feet/");
        assertThat(built.page("/about/").selectFirst(".entry-content a").attr("href")).isEqualTo("/blog/2026/01/winter/");
        assertThat(built.page("/").selectFirst(".p-summary a").attr("href"))
                .as("links in list summaries are followed too").isEqualTo("/blog/2024/01/checking-your-feet/");
    }

    @Test
    void bundlesAreLinkedByTheirIndexAndLinkFromTheirFolder() {
        SmallSite site = new SmallSite(dir)
                .file("content/posts/2026-02-01-feet/index.md", "---\ntitle: Feet\n---\nSee [eyes](../2026-03-01-eyes.md) and [notes](notes.md).\n")
                .file("content/posts/2026-02-01-feet/notes.md", "A file published beside the page.\n")
                .file("content/posts/2026-03-01-eyes.md", "---\ntitle: Eyes\n---\nSee [feet](2026-02-01-feet/index.md).\n");
        SmallSite.Built built = site.build().assertClean();
        assertThat(built.page("/2026/03/eyes/").selectFirst(".entry-content a").attr("href")).isEqualTo("/2026/02/feet/");
        assertThat(built.page("/2026/02/feet/").select(".entry-content a").eachAttr("href")).containsExactly("/2026/03/eyes/", "notes.md");
    }

    @Test
    void relativeLinksAndImagesInSummariesWorkOnListPages() {
        SmallSite site = new SmallSite(dir, "title: Test Clinic\nbaseURL: https://example.org/blog/\n")
                .file("content/posts/2026-02-01-feet/index.md", """
                        ---
                        title: Feet
                        ---
                        ![A hand mirror](mirror.svg) helps; see [the steps](#steps) and [the leaflet](leaflet.pdf).

                        ## Steps
                        """)
                .file("content/posts/2026-02-01-feet/mirror.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .file("content/posts/2026-02-01-feet/leaflet.pdf", "%PDF");
        SmallSite.Built built = site.build().assertClean();
        Element summary = built.page("/").selectFirst(".p-summary");
        assertThat(summary.select("img").attr("src")).isEqualTo("/blog/2026/02/feet/mirror.svg");
        assertThat(summary.select("a").eachAttr("href")).containsExactly("/blog/2026/02/feet/#steps", "/blog/2026/02/feet/leaflet.pdf");
        Element page = built.page("/2026/02/feet/").selectFirst(".entry-content");
        assertThat(page.select("img").attr("src")).as("the page itself keeps them as written").isEqualTo("mirror.svg");
        assertThat(page.select("a:not(.heading-anchor)").eachAttr("href")).containsExactly("#steps", "leaflet.pdf");
    }

    @Test
    void bareWebAndMailAddressesInSummariesAreNotReadAsRelativeLinks() {
        SmallSite site = new SmallSite(dir, "title: Test Clinic\nbaseURL: https://example.org/blog/\n")
                .file("content/posts/2026-02-01-feet.md", """
                        ---
                        title: Feet
                        ---
                        See www.nhs.uk/feet, <https://example.org/x> or write to <clinic@example.org>.
                        """);
        SmallSite.Built built = site.build();
        Element summary = built.page("/").selectFirst(".p-summary");
        assertThat(summary.select("a").eachAttr("href"))
                .containsExactly("http://www.nhs.uk/feet", "https://example.org/x", "mailto:clinic@example.org");
        assertThat(built.page("/2026/02/feet/").select(".entry-content a").eachAttr("href"))
                .containsExactly("http://www.nhs.uk/feet", "https://example.org/x", "mailto:clinic@example.org");
    }

    @Test
    void aLinkToAMissingFileFailsAtItsLineAndColumn() {
        SmallSite site = new SmallSite(dir).file("content/posts/2026-01-05-winter.md", """
                ---
                title: Winter
                ---
                First line.

                See my «post» on [hypos](2025-05-08-hypos.md) and [about](about.md).
                """).file("content/pages/about.md", "---\ntitle: About\n---\nHello.\n");
        SmallSite.Run run = site.run();
        assertThat(run.exitCode()).isEqualTo(1);
        String file = dir.resolve("content/posts/2026-01-05-winter.md").toString();
        assertThat(run.err().lines().filter(line -> line.contains(": error: ")).toList()).containsExactly(
                file + ":6:26: error: the link to '2025-05-08-hypos.md' leads to "
                        + "content/posts/2025-05-08-hypos.md, which does not exist",
                file + ":6:59: error: the link to 'about.md' leads to content/posts/about.md, "
                        + "which does not exist (did you mean '../pages/about.md'?)");
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(dir.resolve("public")).doesNotExist();
    }

    @Test
    void aLinkToADraftFailsInANormalBuildOnly() {
        SmallSite site = new SmallSite(dir)
                .file("content/posts/2026-01-05-winter.md", "---\ntitle: Winter\n---\nSee [the plan](2026-01-20-plan.md).\n")
                .file("content/posts/2026-01-20-plan.md", "---\ntitle: Plan\ndraft: true\n---\nNot yet.\n");
        SmallSite.Built normal = site.build(false);
        assertThat(normal.result().published()).isFalse();
        assertThat(normal.errors()).singleElement().asString()
                .startsWith("4:16: the link to '2026-01-20-plan.md' leads to content/posts/2026-01-20-plan.md, which is a draft");
        SmallSite.Built drafts = site.build(true).assertClean();
        assertThat(drafts.page("/2026/01/winter/").selectFirst(".entry-content a").attr("href")).isEqualTo("/2026/01/plan/");
    }

    @Test
    void aLinkToAFuturePostFails() {
        SmallSite site = new SmallSite(dir)
                .file("content/posts/2026-01-05-winter.md", "---\ntitle: Winter\n---\nSee [spring](2027-03-01-spring.md).\n")
                .file("content/posts/2027-03-01-spring.md", "---\ntitle: Spring\n---\nSoon.\n");
        assertThat(site.build().errors()).singleElement().asString().contains("dated 2027-03-01, in the future");
    }

    @Test
    void resolvesOnlyRelativeMarkdownLinks() {
        EntryLinks links = new EntryLinks(
                Map.of("content/posts/2026-01-05-a.md", "/2026/01/a/", "content/pages/about.md", "/about/"),
                Map.of("content/posts/2026-02-01-draft.md", "a draft"),
                Set.of("content/posts/2026-03-01-b/extra.md"));
        String from = "content/posts/2026-01-05-a.md";
        assertThat(links.resolve(from, "https://example.org/x.md")).isEqualTo(EntryLinks.Resolution.UNCHANGED);
        assertThat(links.resolve(from, "/files/x.md")).isEqualTo(EntryLinks.Resolution.UNCHANGED);
        assertThat(links.resolve(from, "#top")).isEqualTo(EntryLinks.Resolution.UNCHANGED);
        assertThat(links.resolve(from, "mailto:a@example.org")).isEqualTo(EntryLinks.Resolution.UNCHANGED);
        assertThat(links.resolve(from, "leaflet.pdf")).isEqualTo(EntryLinks.Resolution.UNCHANGED);
        assertThat(links.resolve(from, "2026-03-01-b/extra.md")).isEqualTo(EntryLinks.Resolution.UNCHANGED);
        assertThat(links.resolve(from, "../pages/about.md#contact").url()).contains("/about/#contact");
        assertThat(links.resolve(from, "./../posts/../pages/ABOUT.md").problem()).get().asString()
                .contains("does not exist (did you mean '../pages/about.md'?)");
        assertThat(links.resolve(from, "2026-02-01-draft.md").problem()).get().asString().endsWith("which is a draft");
        assertThat(links.resolve(from, "../../../x.md").problem()).get().asString().contains("outside the site");
        assertThat(links.resolve("content/pages/about.md", "../posts/2026-01-05-a.md").url()).contains("/2026/01/a/");
    }

    @Test
    void writesRelativePathsBetweenSourceFiles() {
        assertThat(EntryLinks.relative("content/pages/about.md", "content/posts/2026-01-05-a.md")).isEqualTo("../posts/2026-01-05-a.md");
        assertThat(EntryLinks.relative("content/posts/2026-01-05-a.md", "content/posts/2026-01-06-b.md")).isEqualTo("2026-01-06-b.md");
        assertThat(EntryLinks.relative("content/posts/x/index.md", "content/posts/2026-01-06-b.md")).isEqualTo("../2026-01-06-b.md");
    }
}

package dev.rounds.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids in entry content: never the theme's, never repeated on a page that shows several entries. */
class ScopedIdsTest {
    @TempDir
    Path dir;

    @Test
    void listPagesWithSeveralEntriesWithFootnotesHaveNoDuplicateIds() throws IOException {
        SmallSite site = new SmallSite(dir, "title: Test Clinic\nbaseURL: https://example.org/\npaginate: 10\n");
        for (int day = 1; day <= 4; day++) {
            // Same time of day, so the notes share their slug (1430) and need another scope.
            site.file("content/notes/2026-01-0" + day + "-1430.md", """
                    ---
                    tags: [clinic]
                    ---
                    Update[^1] with a second reference[^1] and another note[^2].

                    ## Main

                    [^1]: The first footnote.
                    [^2]: The second footnote.
                    """);
        }
        site.file("content/notes/2026-02-01-0900.md", "---\nslug: main\ntags: [clinic]\n---\nA note called main[^1].\n\n[^1]: Its footnote.\n");
        site.file("content/posts/2026-01-05-post.md", "---\ntitle: Post\ntags: [clinic]\n---\nA post[^1].\n\n## Main\n\n[^1]: A footnote.\n");
        SmallSite.Run run = site.run();
        assertThat(run.exitCode()).as(run.err()).isZero();

        Path out = dir.resolve("public");
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(out)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path file : pages) {
            Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
            List<String> ids = page.select("[id]").eachAttr("id");
            assertThat(ids).as("ids of %s", out.relativize(file)).doesNotHaveDuplicates();
            for (Element link : page.select("a[href^=#]")) {
                String target = link.attr("href").substring(1);
                assertThat(page.getElementById(target)).as("target of %s in %s", link.attr("href"), out.relativize(file)).isNotNull();
            }
        }

        Document stream = Jsoup.parse(Files.readString(out.resolve("notes/index.html"), StandardCharsets.UTF_8));
        assertThat(stream.select(".footnotes li[id]")).hasSize(9);
        assertThat(stream.select(".note-content h2[id]")).hasSize(4);
        Document post = Jsoup.parse(Files.readString(out.resolve("2026/01/post/index.html"), StandardCharsets.UTF_8));
        assertThat(post.select(".entry-content h2").first().id()).isEqualTo("main-section");
        assertThat(post.select(".footnotes li").first().id()).isEqualTo("fn-post-1");
        assertThat(post.select("sup").first().id()).isEqualTo("fnref-post-1");
    }

    @Test
    void footnoteIdsAreTheSameOnTheEntrysPageAndInLists() {
        SmallSite site = new SmallSite(dir).file("content/notes/2026-01-06-0900.md", "Text[^a] and again[^a].\n\n[^a]: Note.\n");
        SmallSite.Built built = site.build().assertClean();
        for (String url : List.of("/notes/2026/01/06/0900/", "/notes/", "/")) {
            Element note = built.page(url).selectFirst(".note-content");
            assertThat(note.select("sup").eachAttr("id")).as(url).containsExactly("fnref-0900-1", "fnref-0900-1.2");
            assertThat(note.select(".footnotes li").eachAttr("id")).as(url).containsExactly("fn-0900-1");
            assertThat(note.select(".footnote-backref").eachAttr("href")).as(url).containsExactly("#fnref-0900-1", "#fnref-0900-1.2");
        }
    }

    @Test
    void headingIdsNeverTakeTheThemesOrAFootnotesId() {
        SmallSite site = new SmallSite(dir).file("content/posts/2026-01-05-ids.md", """
                ---
                title: Ids
                ---
                ## Main
                ## Main section
                ## Posts heading
                ## Year 2026
                ## Fn post 1
                ## ???
                ## Main
                """);
        Element content = site.build().assertClean().page("/2026/01/ids/").selectFirst(".entry-content");
        assertThat(content.select("h2").eachAttr("id")).containsExactly(
                "main-section", "main-section-1", "posts-heading-section", "year-2026-section", "section-fn-post-1", "section", "main-section-2");
    }

    /** Every id written literally in the clinic theme's templates is one that heading ids avoid. */
    @Test
    void theReservedIdsMatchTheClinicTemplates() throws IOException {
        Pattern id = Pattern.compile("\\sid=\"([^\"]+)\"");
        Set<String> found = new HashSet<>();
        List<Path> templates = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("themes/clinic/layouts"))) {
            walk.filter(p -> p.toString().endsWith(".ftlh")).forEach(templates::add);
        }
        assertThat(templates).isNotEmpty();
        for (Path template : templates) {
            Matcher matcher = id.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        }
        for (String written : found) {
            String example = written.replaceAll("\\$\\{[^}]*}", "2026");
            assertThat(HeadingIds.isThemeId(example)).as("theme id %s is reserved in HeadingIds", written).isTrue();
        }
        assertThat(HeadingIds.THEME_IDS).as("reserved ids that no template uses any more")
                .allSatisfy(reserved -> assertThat(found).contains(reserved));
    }
}

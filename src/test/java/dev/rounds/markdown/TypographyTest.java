package dev.rounds.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypographyTest {
    @TempDir
    Path dir;

    @Test
    void quotesDashesAndEllipsesBecomeTypographicOutsideCode() {
        SmallSite site = new SmallSite(dir).file("content/posts/2026-01-05-words.md", """
                ---
                title: Words
                ---
                "Sick-day rules" aren't hard -- take 2--3 checks a day --- and wait...

                Use `"quotes" -- here...` as typed.

                ```
                echo "no -- change..."
                ```

                See https://example.org/a--b/Crohn's_disease for more.
                """);
        Document page = site.build().assertClean().page("/2026/01/words/");
        Element content = page.selectFirst(".entry-content");
        assertThat(content.child(0).text()).isEqualTo("“Sick-day rules” aren’t hard – take 2–3 checks a day — and wait…");
        assertThat(content.selectFirst("p code").text()).isEqualTo("\"quotes\" -- here...");
        assertThat(content.selectFirst("pre").text()).isEqualTo("echo \"no -- change...\"");
        assertThat(content.selectFirst("a").attr("href")).isEqualTo("https://example.org/a--b/Crohn's_disease");
        assertThat(content.html()).doesNotContain("&ldquo;", "&ndash;", "&hellip;");
    }

    @Test
    void aNotesTitleKeepsItsQuotes() {
        SmallSite site = new SmallSite(dir).file("content/notes/2026-01-06-0900.md", "\"Flu jabs\" are open -- book now.\n");
        Document page = site.build().assertClean().page("/notes/2026/01/06/0900/");
        assertThat(page.title()).startsWith("“Flu jabs” are open – book now.");
    }
}

package dev.rounds.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalloutsTest {
    @TempDir
    Path dir;

    @Test
    void everyKindRendersAsAnAsideWithItsLabel() {
        SmallSite site = new SmallSite(dir).file("content/posts/2026-01-05-callouts.md", """
                ---
                title: Callouts
                ---
                > [!NOTE]
                > Bring your meter to clinic.

                > [!TIP]
                > Keep a spare pen needle.

                > [!IMPORTANT]
                > Never stop **background** insulin.

                > [!WARNING]
                > Pause metformin when you are being sick.
                >
                > Restart it once you are eating again.

                > [!caution]
                > Ketones above 3 need help now.
                """);
        Element content = site.build().assertClean().page("/2026/01/callouts/").selectFirst(".entry-content");
        Elements asides = content.select("aside.callout");
        assertThat(asides.eachAttr("class")).containsExactly("callout callout-note", "callout callout-tip",
                "callout callout-important", "callout callout-warning", "callout callout-caution");
        assertThat(asides.select("p.callout-label").eachText()).containsExactly("Note", "Tip", "Important", "Warning", "Caution");
        Element warning = asides.get(3);
        assertThat(warning.child(0).is("p.callout-label")).isTrue();
        assertThat(warning.select("> p:not(.callout-label)").eachText())
                .containsExactly("Pause metformin when you are being sick.", "Restart it once you are eating again.");
        assertThat(asides.get(2).selectFirst("strong").text()).isEqualTo("background");
        assertThat(content.text()).doesNotContain("[!");
        assertThat(content.select("blockquote")).isEmpty();
    }

    @Test
    void otherQuotesStayQuotes() {
        SmallSite site = new SmallSite(dir).file("content/posts/2026-01-05-quotes.md", """
                ---
                title: Quotes
                ---
                > A plain quote.

                > [!NOTE] with words after the marker

                > [!ADVICE]
                > Not a kind of callout.
                """);
        Element content = site.build().assertClean().page("/2026/01/quotes/").selectFirst(".entry-content");
        assertThat(content.select("aside")).isEmpty();
        assertThat(content.select("blockquote")).hasSize(3);
    }

    @Test
    void calloutsWorkInsideListsAndNotes() {
        SmallSite site = new SmallSite(dir).file("content/notes/2026-01-06-0900.md", """
                Clinic news.

                - First point

                  > [!TIP]
                  > Nested in a list.
                """);
        Element note = site.build().assertClean().page("/notes/2026/01/06/0900/").selectFirst(".note-content");
        assertThat(note.select("li aside.callout-tip p.callout-label").text()).isEqualTo("Tip");
    }
}

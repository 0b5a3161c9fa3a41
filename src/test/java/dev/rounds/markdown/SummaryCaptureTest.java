package dev.rounds.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.content.Entry;
import dev.rounds.content.EntryKind;
import dev.rounds.content.Transparency;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A summary captured while the page is rendered is the summary rendered on its own, whatever the first paragraph holds. */
class SummaryCaptureTest {
    private static final String[] BODIES = {
        "Plain words, *emphasis*, **strong**, `code`, ~~struck~~ and a hard  \nbreak.\n\nSecond paragraph.",
        "Links: [absolute](https://example.org/a \"title\"), [rooted](/about/), [relative](leaflet.pdf), [anchor](#steps),"
                + " [entry](2026-01-02-other.md#x) and [missing page](../pages/about.md).",
        "Images: ![rooted](/images/a.png), ![relative](mirror.svg \"t\"), ![absolute](https://example.org/b.png).",
        "Bare www.nhs.uk/feet, <https://example.org/x>, clinic@example.org and <mail@example.org>; PMID: 33782057 and 10.1136/bmj.n71.",
        "Footnote[^1] here and the NHS, COPD and NHS again.\n\n[^1]: The note.",
        "A [reference link][r] and [another].\n\n[r]: https://example.org/r\n[another]: relative/",
        "<span class=\"x\">raw</span> &amp; &copy; \\*escaped\\* <!-- comment --> \"quotes\" -- dashes...",
        "# A heading first\n\nThen the paragraph with www.example.org.",
        "- a list first\n\nThen the paragraph.",
        "Before the marker.\n\nSecond paragraph with [a link](https://example.org).\n\n<!--more-->\n\nAfter.",
        "Before the marker, with a [relative](x.pdf) link.\n\n<!-- more -->\n\nAfter.",
        "## Heading before the marker\n\nText.\n\n> quote\n\n<!--more-->\n\nAfter.",
        "> [!NOTE]\n> A callout first.\n\nThen text.",
        "| a | b |\n| --- | --- |\n| 1 | 2 |\n\nText after a table.",
        "[TOC]\n\n## One\n\nText under one.",
    };

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
    void theCapturedSummaryIsTheSummaryRenderedApart(int body) {
        EntryLinks links = new EntryLinks(Map.of("content/posts/2026-01-02-other.md", "/2026/01/other/"), Map.of(), Set.of());
        for (String basePath : List.of("/", "/blog/")) {
            MarkdownRenderer renderer = new MarkdownRenderer(basePath, Map.of("NHS", "National Health Service"), true, links);
            for (EntryKind kind : List.of(EntryKind.POST, EntryKind.NOTE)) {
                Entry entry = entry(kind, BODIES[body]);
                RenderedContent captured = renderer.render(entry, "scope").content().orElseThrow();
                RenderedContent apart = renderer.renderSummaryApart(entry, "scope").content().orElseThrow();
                assertThat(captured).isEqualTo(apart);
            }
        }
    }

    private static Entry entry(EntryKind kind, String body) {
        return new Entry("content/posts/2026-01-01-feet.md", kind, Path.of("content/posts/2026-01-01-feet.md"), null,
                kind == EntryKind.NOTE ? null : "Feet", "feet", "/2026/01/feet/", null, null, null, List.of(), List.of(), null, null,
                false, false, null, List.of(), List.of(), Optional.empty(), Map.of(), body, 5, Transparency.NONE);
    }
}

package dev.rounds.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesTest {
    @TempDir
    Path dir;

    @Test
    void tablesScrollInALabelledFocusableRegionWithAlignmentAsClasses() {
        SmallSite site = new SmallSite(dir).file("content/posts/2026-01-05-table.md", """
                ---
                title: Table
                ---
                | Test | Target |
                | :--- | :---: |
                | HbA1c | 48 |
                """);
        Element content = site.build().assertClean().page("/2026/01/table/").selectFirst(".entry-content");
        Element region = content.selectFirst("div.table-wrap");
        assertThat(region.attr("role")).isEqualTo("region");
        assertThat(region.attr("tabindex")).isEqualTo("0");
        assertThat(region.attr("aria-label")).isEqualTo("Table: Test, Target");
        assertThat(region.select("> table")).hasSize(1);
        assertThat(content.select("[align]")).isEmpty();
        assertThat(content.select("th.align-center").text()).isEqualTo("Target");
    }
}

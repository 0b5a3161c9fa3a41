package dev.rounds.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create())).toImmutable()).build();

    private static String words(String markdown) {
        return PlainText.of(PARSER.parse(markdown)).replaceAll("\\s+", " ").strip();
    }

    @Test
    void keepsTheWordsAndDropsTheMarkup() {
        assertThat(words("## Sick days\n\nTake **more** care, see [the plan](/plan/) and `ketones`.\n"))
                .isEqualTo("Sick days Take more care, see the plan and ketones.");
    }

    @Test
    void tableCellsAreSeparateWordsAndTheSeparatorRowIsLeftOut() {
        assertThat(words("| Test | Target |\n| :--- | ---: |\n| HbA1c | 48 |\n")).isEqualTo("Test Target HbA1c 48");
    }

    @Test
    void escapesAndEntitiesBecomeTheirCharacters() {
        assertThat(words("1\\. Fish &amp; chips &ndash; 5 &lt; 6\n")).isEqualTo("1. Fish & chips – 5 < 6");
    }

    @Test
    void rawHtmlIsNotText() {
        assertThat(words("Before <span class=\"x\">inside</span> after\n\n<div>block</div>\n")).isEqualTo("Before inside after");
    }
}

package dev.rounds.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', emptyValue = "", value = {
            "Foot care                 | foot-care",
            "Café Ærø Straße           | cafe-aero-strasse",
            "ØRESUND                   | oresund",
            "Œuvre complète            | oeuvre-complete",
            "Łódź                      | lodz",
            "naïve résumé              | naive-resume",
            "Don't panic               | dont-panic",
            "It’s fine                 | its-fine",
            "  --Hello,   World!--     | hello-world",
            "HbA1c: 48 mmol/mol        | hba1c-48-mmol-mol",
            "COPD                      | copd",
            "Asthma & COPD             | asthma-copd",
            "a_b.c/d                   | a-b-c-d",
            "ﬁnal                      | final",
            "²                         | 2",
            "日本語                     | 日本語",
            "!!!                       | \"\"",
            "'                         | \"\"",
    })
    void slugify(String text, String slug) {
        assertThat(Slugs.slugify(text)).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource({"COPD,copd", "Copd,copd", "copd,copd"})
    void tagsThatDifferOnlyInCaseHaveOneSlug(String tag, String slug) {
        assertThat(Slugs.slugify(tag)).isEqualTo(slug);
    }

    /** The shortcut for ASCII text against the general path, on every ASCII character and on random ASCII texts. */
    @Test
    void asciiTextsHaveTheSlugOfTheGeneralPath() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            every.append(c).append('a').append(c);
            assertThat(Slugs.asciiSlug("x" + c + "y")).isEqualTo(Slugs.slugOf("x" + c + "y"));
        }
        assertThat(Slugs.asciiSlug(every.toString())).isEqualTo(Slugs.slugOf(every.toString()));
        Random random = new Random(8);
        for (int n = 0; n < 20_000; n++) {
            char[] text = new char[random.nextInt(24)];
            for (int i = 0; i < text.length; i++) {
                text[i] = (char) (random.nextBoolean() ? " -'`_.AZaz09"
                        .charAt(random.nextInt(12)) : random.nextInt(0x80));
            }
            String ascii = new String(text);
            assertThat(Slugs.asciiSlug(ascii)).as(ascii).isEqualTo(Slugs.slugOf(ascii));
        }
    }
}

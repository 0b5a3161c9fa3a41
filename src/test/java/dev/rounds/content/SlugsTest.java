package dev.rounds.content;

import static org.assertj.core.api.Assertions.assertThat;

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
}

package dev.rounds.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Readability figures on fixed texts, checked against values worked out by hand from the formulas. */
class ReadabilityTest {

    @Test
    void countsSyllablesOfCommonWords() {
        Map<String, Integer> words = Map.ofEntries(
                Map.entry("cat", 1), Map.entry("nurse", 1), Map.entry("whole", 1), Map.entry("makes", 1),
                Map.entry("jumped", 1), Map.entry("played", 1), Map.entry("young", 1),
                Map.entry("table", 2), Map.entry("boxes", 2), Map.entry("wanted", 2), Map.entry("diet", 2),
                Map.entry("people", 2), Map.entry("nation", 2), Map.entry("special", 2), Map.entry("pages", 2),
                Map.entry("studies", 2), Map.entry("yellow", 2),
                Map.entry("exercise", 3), Map.entry("important", 3), Map.entry("period", 3), Map.entry("usual", 3),
                Map.entry("video", 3), Map.entry("sodium", 3),
                Map.entry("GP", 2), Map.entry("NHS", 3), Map.entry("HbA1c", 5));
        words.forEach((word, syllables) -> assertThat(Syllables.count(word)).as(word).isEqualTo(syllables));
    }

    @Test
    void scoresAShortTextOfOneSyllableWords() {
        // 2 sentences, 9 words, 9 syllables: FRE = 206.835 - 1.015 * 4.5 - 84.6 * 1 = 117.6675;
        // FKGL = 0.39 * 4.5 + 11.8 * 1 - 15.59 = -2.035.
        Readability.Scores scores = Readability.score("The cat sat on the mat. The dog ran.");
        assertThat(scores.sentences()).isEqualTo(2);
        assertThat(scores.words()).isEqualTo(9);
        assertThat(scores.syllables()).isEqualTo(9);
        assertThat(scores.fleschReadingEase()).isCloseTo(117.6675, within(1e-9));
        assertThat(scores.fleschKincaidGrade()).isCloseTo(-2.035, within(1e-9));
        assertThat(scores.smog()).isEmpty();
    }

    @Test
    void scoresATextWithLongerWords() {
        // Your(1) nurse(1) will(1) help(1) you(1). Exercise(3) is(1) important(3) each(1) day(1).
        // 2 sentences, 10 words, 14 syllables, 2 of three or more:
        // FRE = 206.835 - 1.015 * 5 - 84.6 * 1.4 = 83.32; FKGL = 0.39 * 5 + 11.8 * 1.4 - 15.59 = 2.88.
        Readability.Scores scores = Readability.score("Your nurse will help you. Exercise is important each day.");
        assertThat(scores.sentences()).isEqualTo(2);
        assertThat(scores.words()).isEqualTo(10);
        assertThat(scores.syllables()).isEqualTo(14);
        assertThat(scores.polysyllables()).isEqualTo(2);
        assertThat(scores.fleschReadingEase()).isCloseTo(83.32, within(1e-9));
        assertThat(scores.fleschKincaidGrade()).isCloseTo(2.88, within(1e-9));
    }

    @Test
    void givesSmogOnlyFromThirtySentences() {
        String sentence = "Exercise is important each day. ";
        assertThat(Readability.score(sentence.repeat(29)).smog()).isEmpty();
        // 30 sentences, 60 words of three syllables: SMOG = 1.0430 * sqrt(60 * 30 / 30) + 3.1291 = 11.20814...
        Readability.Scores scores = Readability.score(sentence.repeat(30));
        assertThat(scores.sentences()).isEqualTo(30);
        assertThat(scores.polysyllables()).isEqualTo(60);
        assertThat(scores.smog()).hasValueCloseTo(11.208143, within(1e-6));
    }

    @Test
    void splitsSentencesButNotAbbreviationsOrDecimals() {
        assertThat(Readability.sentences("Ask Dr. Patel, e.g. at clinic. An HbA1c of 6.5% is high! Is it? Yes"))
                .containsExactly("Ask Dr. Patel, e.g. at clinic.", " An HbA1c of 6.5% is high!", " Is it?", " Yes");
    }

    @Test
    void everyBlockEndsASentenceAndNumbersAreNotWords() {
        Readability.Scores scores = Readability.score("Check your feet\nLook for cuts\nCall 111 today.");
        assertThat(scores.sentences()).isEqualTo(3);
        assertThat(scores.words()).isEqualTo(8);
    }

    @Test
    void leavesOutCodeReferencesAndAddresses() {
        String markdown = """
                # Feet first

                Check your feet [every day](https://www.nhs.uk/feet/) with a mirror.[^1] See https://example.org/x
                or www.example.org, write to web@example.org, and read 10.1136/bmj.n71 (PMID: 33782057).
                ![A foot](foot.png)

                ```java
                int ignored = 1;
                ```

                    indented code is left out

                - Use `cream` daily
                - Keep <strong>nails</strong> short

                | When | What |
                | ---- | ---- |
                | Daily | Look |

                > [!WARNING]
                > Get help today.

                <!-- a comment -->
                [ref]: https://example.org/ref

                [^1]: Smith J. Feet. BMJ. 2020.
                    A second line of the footnote.
                """;
        assertThat(Prose.of(markdown)).isEqualTo("""
                Feet first
                Check your feet every day with a mirror. See or write to , and read .
                Use daily
                Keep nails short
                When. What
                Daily. Look
                Get help today.""");
    }

    @Test
    void assessesAgainstTheTargets() {
        Readability.Scores easy = Readability.score("The cat sat on the mat. The dog ran.");
        Readability.Assessment assessment = Readability.assess(easy, 6, 60);
        assertThat(assessment.withinTarget()).isTrue();
        assertThat(assessment.farOff()).isFalse();
        assertThat(assessment.summary()).isEqualTo("readability: Flesch Reading Ease 117.7, Flesch–Kincaid grade -2.0 "
                + "(9 words, 2 sentences); target: grade 6 or lower, ease 60 or higher");
        Readability.Scores hard = Readability.score("Comprehensive multidisciplinary cardiovascular evaluation necessitates "
                + "individualised pharmacological optimisation alongside continuous physiological observation.");
        assertThat(Readability.assess(hard, 6, 60).farOff()).isTrue();
        assertThat(Readability.assess(hard, 6, 60).withinTarget()).isFalse();
    }

    @Test
    void scoresNothingAsZero() {
        assertThat(Readability.scoreMarkdown("```\ncode only\n```\n").words()).isZero();
    }
}

package dev.rounds.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code ViewModelFactory.shorten}: descriptions and note titles. */
class ShortenTest {
    @Test
    void whitespaceBecomesSingleSpaces() {
        assertThat(ViewModelFactory.shorten("  Flu\n\tjabs   are open.  ", 160)).isEqualTo("Flu jabs are open.");
    }

    @Test
    void aLongTextIsCutAtAWordWithoutTrailingPunctuation() {
        assertThat(ViewModelFactory.shorten("Check your feet every day, and see your GP.", 28)).isEqualTo("Check your feet every day…");
    }

    @Test
    void aTextWithoutSpacesIsCutAtTheLength() {
        assertThat(ViewModelFactory.shorten("abcdefghijklmnopqrstuvwxyz", 10)).isEqualTo("abcdefghij…");
    }
}

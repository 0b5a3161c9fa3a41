package dev.rounds.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {
    @Test
    void splitsFrontMatterFromTheBody() {
        FrontMatterSplitter.Split split = FrontMatterSplitter.split("---\ntitle: Hello\ntags: [a]\n---\nBody line.\n");
        assertThat(split.frontMatter()).contains("title: Hello\ntags: [a]\n");
        assertThat(split.frontMatterLine()).isEqualTo(2);
        assertThat(split.body()).isEqualTo("Body line.\n");
        assertThat(split.bodyLine()).isEqualTo(5);
        assertThat(split.unclosed()).isFalse();
    }

    @Test
    void withoutFrontMatterTheWholeTextIsTheBody() {
        FrontMatterSplitter.Split split = FrontMatterSplitter.split("Just a note.\n");
        assertThat(split.frontMatter()).isEmpty();
        assertThat(split.body()).isEqualTo("Just a note.\n");
        assertThat(split.bodyLine()).isEqualTo(1);
        assertThat(split.unclosed()).isFalse();
    }

    @Test
    void emptyFrontMatter() {
        FrontMatterSplitter.Split split = FrontMatterSplitter.split("---\n---\nBody\n");
        assertThat(split.frontMatter()).contains("");
        assertThat(split.body()).isEqualTo("Body\n");
        assertThat(split.bodyLine()).isEqualTo(3);
    }

    @Test
    void closingLineMayBeDotsOrHaveTrailingSpaces() {
        assertThat(FrontMatterSplitter.split("---\na: 1\n...\nB").body()).isEqualTo("B");
        assertThat(FrontMatterSplitter.split("---\na: 1\n---   \nB").body()).isEqualTo("B");
    }

    @Test
    void fileThatEndsAtTheClosingLine() {
        FrontMatterSplitter.Split split = FrontMatterSplitter.split("---\ntitle: T\n---");
        assertThat(split.frontMatter()).contains("title: T\n");
        assertThat(split.body()).isEmpty();
        assertThat(split.unclosed()).isFalse();
    }

    @Test
    void unclosedFrontMatterIsFlagged() {
        FrontMatterSplitter.Split split = FrontMatterSplitter.split("---\ntitle: T\nBody without end\n");
        assertThat(split.unclosed()).isTrue();
        assertThat(split.frontMatter()).isEmpty();
    }

    @Test
    void dashesLaterInTheBodyAreAThematicBreakNotFrontMatter() {
        FrontMatterSplitter.Split split = FrontMatterSplitter.split("Intro\n\n---\n\nMore\n");
        assertThat(split.frontMatter()).isEmpty();
        assertThat(split.body()).isEqualTo("Intro\n\n---\n\nMore\n");
    }

    @Test
    void onlyTheFirstClosingLineCloses() {
        FrontMatterSplitter.Split split = FrontMatterSplitter.split("---\na: 1\n---\nText\n---\nMore\n");
        assertThat(split.frontMatter()).contains("a: 1\n");
        assertThat(split.body()).isEqualTo("Text\n---\nMore\n");
        assertThat(split.bodyLine()).isEqualTo(4);
    }
}

package dev.rounds.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbbreviationsTest {
    private static final String GLOSSARY = """
            COPD: chronic obstructive pulmonary disease
            GP: general practitioner
            HbA1c: glycated haemoglobin
            NICE: National Institute for Health and Care Excellence
            """;

    @TempDir
    Path dir;

    private Element content(SmallSite site, String url) {
        return site.build().assertClean().page(url).selectFirst(".entry-content");
    }

    @Test
    void aGlossaryAbbreviationIsWrittenOutOnceThenWrapped() {
        SmallSite site = new SmallSite(dir).file("data/abbreviations.yaml", GLOSSARY)
                .file("content/posts/2026-01-05-breathless.md", """
                        ---
                        title: Breathless
                        ---
                        People with COPD often see their GP first.

                        COPD is common, and COPD can be treated.
                        """);
        Element content = content(site, "/2026/01/breathless/");
        Element first = content.selectFirst("p");
        assertThat(first.text()).isEqualTo("People with chronic obstructive pulmonary disease (COPD) often see their general practitioner (GP) first.");
        assertThat(first.select("abbr").eachAttr("title")).containsExactly("chronic obstructive pulmonary disease", "general practitioner");
        assertThat(first.select("abbr").eachText()).containsExactly("COPD", "GP");
        Element second = content.select("p").get(1);
        assertThat(second.text()).isEqualTo("COPD is common, and COPD can be treated.");
        assertThat(second.select("abbr")).hasSize(2).allSatisfy(abbr -> {
            assertThat(abbr.text()).isEqualTo("COPD");
            assertThat(abbr.attr("title")).isEqualTo("chronic obstructive pulmonary disease");
        });
    }

    @Test
    void everyEntryWritesItsFirstUseOutAgain() {
        SmallSite site = new SmallSite(dir).file("data/abbreviations.yaml", GLOSSARY)
                .file("content/posts/2026-01-05-one.md", "---\ntitle: One\n---\nAsk your GP.\n")
                .file("content/notes/2026-01-06-0900.md", "My GP said so.\n");
        SmallSite.Built built = site.build().assertClean();
        assertThat(built.page("/2026/01/one/").selectFirst(".entry-content").text()).isEqualTo("Ask your general practitioner (GP).");
        assertThat(built.page("/notes/2026/01/06/0900/").selectFirst(".note-content").text()).isEqualTo("My general practitioner (GP) said so.");
    }

    @Test
    void codeLinksAndHeadingsAreLeftAlone() {
        SmallSite site = new SmallSite(dir).file("data/abbreviations.yaml", GLOSSARY)
                .file("content/posts/2026-01-05-alone.md", """
                        ---
                        title: Alone
                        ---
                        ## COPD and you

                        The `COPD` code, a [COPD leaflet](https://example.org/copd), and <https://example.org/COPD>.

                        ```
                        COPD in a block
                        ```

                        Then COPD in the text.
                        """);
        Element content = content(site, "/2026/01/alone/");
        assertThat(content.selectFirst("h2").select("abbr")).isEmpty();
        assertThat(content.selectFirst("h2").ownText()).isEqualTo("COPD and you");
        assertThat(content.select("code, a, pre").select("abbr")).isEmpty();
        assertThat(content.selectFirst("pre").text()).isEqualTo("COPD in a block");
        Element last = content.select("p").last();
        assertThat(last.text()).isEqualTo("Then chronic obstructive pulmonary disease (COPD) in the text.");
        assertThat(last.select("abbr")).hasSize(1);
    }

    @Test
    void anEntrysOwnDefinitionsWinOverTheGlossaryAndAreNotShown() {
        SmallSite site = new SmallSite(dir).file("data/abbreviations.yaml", GLOSSARY)
                .file("content/posts/2026-01-05-own.md", """
                        ---
                        title: Own
                        ---
                        *[GP]: general practice
                        *[DKA]: diabetic ketoacidosis

                        Your GP can check for DKA. DKA needs care.
                        """);
        Element content = content(site, "/2026/01/own/");
        assertThat(content.text()).isEqualTo(
                "Your general practice (GP) can check for diabetic ketoacidosis (DKA). DKA needs care.");
        assertThat(content.select("abbr").eachAttr("title"))
                .containsExactly("general practice", "diabetic ketoacidosis", "diabetic ketoacidosis");
        assertThat(content.html()).doesNotContain("*[");
    }

    @Test
    void theWrittenOutFormFitsItsSentence() {
        SmallSite site = new SmallSite(dir).file("data/abbreviations.yaml", GLOSSARY)
                .file("content/posts/2026-01-05-sentence.md", """
                        ---
                        title: Sentence
                        ---
                        GP surgeries are busy.

                        You will have had an **HbA1c** test.

                        The guidance from the National Institute for Health and Care Excellence (NICE) is clear: NICE says so.
                        """);
        Element content = content(site, "/2026/01/sentence/");
        assertThat(content.select("p").eachText()).containsExactly(
                "General practitioner (GP) surgeries are busy.",
                "You will have had a glycated haemoglobin (HbA1c) test.",
                "The guidance from the National Institute for Health and Care Excellence (NICE) is clear: NICE says so.");
        assertThat(content.selectFirst("abbr").attr("title")).isEqualTo("general practitioner");
    }

    @Test
    void expandFirstCanBeTurnedOff() {
        SmallSite site = new SmallSite(dir, """
                title: Test Clinic
                baseURL: https://example.org/
                abbreviations:
                  expand_first: false
                """).file("data/abbreviations.yaml", GLOSSARY)
                .file("content/posts/2026-01-05-terse.md", "---\ntitle: Terse\n---\nSee your GP.\n");
        Element content = content(site, "/2026/01/terse/");
        assertThat(content.text()).isEqualTo("See your GP.");
        assertThat(content.selectFirst("abbr").attr("title")).isEqualTo("general practitioner");
    }

    @Test
    void aGlossaryValueThatIsNotTextIsAnErrorAtItsLine() {
        SmallSite site = new SmallSite(dir).file("data/abbreviations.yaml", """
                GP: general practitioner
                DKA:
                  - diabetic
                  - ketoacidosis
                """).file("content/posts/2026-01-05-x.md", "---\ntitle: X\n---\nText.\n");
        SmallSite.Run run = site.run();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("data/abbreviations.yaml:3:3: error: 'DKA' needs its expansion as text");
    }

    @Test
    void anUnknownAbbreviationsSettingIsAWarning() {
        SmallSite site = new SmallSite(dir, """
                title: Test Clinic
                baseURL: https://example.org/
                abbreviations:
                  expandFirst: true
                """).file("content/posts/2026-01-05-x.md", "---\ntitle: X\n---\nText.\n");
        SmallSite.Run run = site.run();
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("site.yaml:4:3: warning: unknown abbreviations setting 'expandFirst' (did you mean 'expand_first'?)");
    }

    @Test
    void theListSummaryAndThePlainTextAgreeWithThePage() {
        SmallSite site = new SmallSite(dir).file("data/abbreviations.yaml", GLOSSARY)
                .file("content/notes/2026-01-06-0900.md", "COPD clinic moves to Tuesdays.\n");
        Document page = site.build().assertClean().page("/notes/2026/01/06/0900/");
        assertThat(page.title()).startsWith("Chronic obstructive pulmonary disease (COPD) clinic moves");
    }
}

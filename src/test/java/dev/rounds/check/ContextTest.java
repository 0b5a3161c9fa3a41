package dev.rounds.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.config.CheckSettings;
import dev.rounds.config.YamlNode;
import dev.rounds.config.YamlParser;
import dev.rounds.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Context for a number beyond its own line: table headers, lists of numbers, front-matter keys, positions over lines. */
class ContextTest {
    private static final Path FILE = Path.of("content/posts/x.md");
    private final SiteChecks checks = new SiteChecks(CheckSettings.DEFAULT);

    private List<Diagnostic> body(String body) {
        return checks.document(FILE, Optional.empty(), null, 2, body, 5).diagnostics().stream()
                .filter(d -> !Rules.CONTENT.contains(d.rule())).toList();
    }

    @Test
    void aTableHeaderGivesContextToItsColumn() {
        String table = "| Bed | NHS number | Seen |\n|---|---|---|\n| 4 | " + Labelled.number("nhs", "943 476 591_")
                + " | yes |\n| 5 | " + Labelled.number("nhs", "401 023 213_") + " | no |\n";
        assertThat(body(table)).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nhs-number", 7, 7), org.assertj.core.groups.Tuple.tuple("nhs-number", 8, 7));
        String other = "| Bed | Code |\n|---|---|\n| 4 | " + Labelled.number("nhs", "943 476 591_") + " |\n";
        assertThat(body(other)).isEmpty();
    }

    @Test
    void aListOfNumbersSharesTheWordBeforeIt() {
        String list = "Their NHS numbers were " + Labelled.number("nhs", "943 476 591_") + ", " + Labelled.number("nhs", "401 023 213_")
                + " and " + Labelled.number("nhs", "212 345 678_") + ".\n";
        assertThat(body(list)).extracting(Diagnostic::rule, Diagnostic::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nhs-number", 24), org.assertj.core.groups.Tuple.tuple("nhs-number", 38),
                        org.assertj.core.groups.Tuple.tuple("nhs-number", 55));
    }

    @Test
    void aFrontMatterKeyGivesContextToItsValue() {
        String yaml = "title: Case\nnhs_number: \"" + Labelled.number("nhs", "212 345 678_") + "\"\n";
        YamlNode.Mapping mapping = (YamlNode.Mapping) YamlParser.parse(FILE, yaml, 2).node().orElseThrow();
        List<Diagnostic> found = checks.document(FILE, Optional.of(mapping), yaml, 2, "Body.\n", 5).diagnostics();
        assertThat(found).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nhs-number", 3, 14));
    }

    @Test
    void positionsCountLinesOfTheBodyAndCharactersNotBytes() {
        List<Diagnostic> found = body("Line one.\n\nCafé — “quoted” — NHS " + Labelled.number("nhs", "943 476 591_") + "\n");
        assertThat(found).extracting(Diagnostic::line, Diagnostic::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7, 23));
    }

    @Test
    void codeIsScannedToo() {
        List<Diagnostic> found = body("```json\n{\"nhs\": \"" + Labelled.number("nhs", "943476591_") + "\"}\n```\n");
        assertThat(found).extracting(Diagnostic::rule, Diagnostic::line).containsExactly(org.assertj.core.groups.Tuple.tuple("nhs-number", 6));
    }
}

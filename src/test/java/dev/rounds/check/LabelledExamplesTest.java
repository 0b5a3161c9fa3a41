package dev.rounds.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.config.CheckSettings;
import dev.rounds.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The labelled examples in {@code src/test/resources/check/labelled.txt}: each line's text, as the
 * body of a post starting on line 7, must give exactly the finding its label names (rule,
 * severity, line and column), or nothing; and no message may show the value in full.
 */
class LabelledExamplesTest {
    private static final int BODY_LINE = 7;
    private static final Path FILE = Path.of("content/posts/example.md");
    private static final CheckSettings SETTINGS = new CheckSettings(false,
            List.of(new CheckSettings.CustomPattern("trust-number", Pattern.compile("\\bRTH-\\d{6}\\b"), 1, 1)),
            Set.of("hello@sugar.example"), 500);

    static Stream<Arguments> examples() throws IOException {
        List<Arguments> examples = new ArrayList<>();
        try (InputStream in = LabelledExamplesTest.class.getResourceAsStream("/check/labelled.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" \\| ", 3);
                examples.add(Arguments.of(i + 1, parts[0].strip(), parts[1].strip(), parts[2]));
            }
        }
        return examples.stream();
    }

    @ParameterizedTest(name = "line {0}: {1} {2}: {3}")
    @MethodSource("examples")
    void givesExactlyTheLabelledFinding(int labelLine, String rule, String severity, String written) {
        String expanded = Labelled.expand(written);
        int marker = expanded.indexOf("[[");
        String text = expanded.replace("[[", "").replace("]]", "");
        String value = marker < 0 ? null : expanded.substring(marker + 2, expanded.indexOf("]]"));

        SiteChecks checks = new SiteChecks(SETTINGS);
        List<Diagnostic> found = checks.document(FILE, Optional.empty(), null, 2, text + "\n", BODY_LINE).diagnostics()
                .stream().filter(d -> !Rules.CONTENT.contains(d.rule())).toList();

        if (rule.equals("none")) {
            assertThat(found).as("findings in: %s", text).isEmpty();
            return;
        }
        assertThat(found).as("findings in: %s", text).hasSize(1);
        Diagnostic diagnostic = found.get(0);
        assertThat(diagnostic.rule()).as("rule in: %s", text).isEqualTo(rule);
        assertThat(diagnostic.severity().label()).as("severity in: %s", text).isEqualTo(severity);
        assertThat(diagnostic.line()).isEqualTo(BODY_LINE);
        assertThat(diagnostic.column()).as("column in: %s", text).isEqualTo(marker + 1);
        assertThat(diagnostic.message()).as("the value is masked").doesNotContain(value);
    }
}

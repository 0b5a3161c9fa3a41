package dev.rounds.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.config.CheckSettings;
import dev.rounds.config.YamlNode;
import dev.rounds.config.YamlParser;
import dev.rounds.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A clean generated corpus of 1,000 posts gives no finding at all: false positives are measured, and must be zero. */
class CleanCorpusTest {

    @Test
    void aThousandCleanPostsGiveNoFinding() {
        SiteChecks checks = new SiteChecks(CheckSettings.DEFAULT);
        List<String[]> posts = new CleanCorpus(42).posts(1000);
        List<String> findings = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < posts.size(); i++) {
            Path file = Path.of("content/posts/post-" + i + ".md");
            String frontMatter = posts.get(i)[0];
            YamlParser.Result parsed = YamlParser.parse(file, frontMatter, 2);
            assertThat(parsed.ok()).isTrue();
            Optional<YamlNode.Mapping> mapping = parsed.node().map(YamlNode.Mapping.class::cast);
            int bodyLine = 2 + (int) frontMatter.lines().count() + 1;
            for (Diagnostic diagnostic : checks.document(file, mapping, frontMatter, 2, posts.get(i)[1], bodyLine).diagnostics()) {
                findings.add(diagnostic.format(Path.of("")));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(findings).as("findings on clean text (%d ms for 1,000 posts)", millis).isEmpty();
    }
}

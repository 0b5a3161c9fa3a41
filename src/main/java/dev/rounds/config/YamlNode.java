package dev.rounds.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the 1-based line and column where it starts in its file. Scalars keep their
 * text, so a string field takes {@code No} or {@code 7012345} as written.
 */
public sealed interface YamlNode {
    int line();

    int column();

    /** The value as plain Java objects (String, Boolean, Long, Double, List, Map, or null), for templates. */
    Object toPlain();

    /** A short name of the node's shape, for messages. */
    String shape();

    record Scalar(String text, boolean quoted, int line, int column) implements YamlNode {
        public boolean isNull() {
            return !quoted && (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL"));
        }

        public Boolean asBoolean() {
            if (quoted) {
                return null;
            }
            return switch (text) {
                case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON" -> Boolean.TRUE;
                case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF" -> Boolean.FALSE;
                default -> null;
            };
        }

        public Long asLong() {
            if (quoted || !text.matches("[-+]?[0-9][0-9_]{0,17}")) {
                return null;
            }
            return Long.parseLong(text.replace("_", ""));
        }

        @Override
        public Object toPlain() {
            if (isNull()) {
                return null;
            }
            Boolean bool = asBoolean();
            if (bool != null) {
                return bool;
            }
            Long number = asLong();
            if (number != null) {
                return number;
            }
            if (!quoted && text.matches("[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
                return Double.parseDouble(text);
            }
            return text;
        }

        @Override
        public String shape() {
            return isNull() ? "nothing" : "a single value";
        }
    }

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public Object toPlain() {
            List<Object> plain = new ArrayList<>(items.size());
            for (YamlNode item : items) {
                plain.add(item.toPlain());
            }
            return Collections.unmodifiableList(plain);
        }

        @Override
        public String shape() {
            return "a list";
        }
    }

    /** A mapping; keys are scalar texts, in the order written. */
    record Mapping(Map<String, Field> fields, int line, int column) implements YamlNode {
        public Mapping {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public YamlNode get(String key) {
            Field field = fields.get(key);
            return field == null ? null : field.value();
        }

        @Override
        public Object toPlain() {
            Map<String, Object> plain = new LinkedHashMap<>();
            fields.forEach((key, field) -> plain.put(key, field.value().toPlain()));
            return Collections.unmodifiableMap(plain);
        }

        @Override
        public String shape() {
            return "a mapping";
        }
    }

    /** One key of a mapping, with the key's own position (for unknown-key messages). */
    record Field(String key, int keyLine, int keyColumn, YamlNode value) {
    }
}

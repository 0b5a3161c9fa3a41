package dev.rounds.config;

import dev.rounds.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to the fields of a YAML mapping. A value of the wrong shape becomes an error at
 * its own line and column, and the caller gets the field's absence instead.
 */
public final class FieldReader {
    private final Path file;
    private final YamlNode.Mapping mapping;
    private final List<Diagnostic> diagnostics;

    public FieldReader(Path file, YamlNode.Mapping mapping, List<Diagnostic> diagnostics) {
        this.file = file;
        this.mapping = mapping;
        this.diagnostics = diagnostics;
    }

    public Path file() {
        return file;
    }

    /** A reader for a mapping inside this one, reporting into the same list. */
    public FieldReader nested(YamlNode.Mapping inner) {
        return new FieldReader(file, inner, diagnostics);
    }

    /**
     * The settings mapping under {@code key} (e.g. {@code feeds:}), with a warning at each key not in
     * {@code known}; empty when the key is absent (or, reported as an error, not a mapping).
     */
    public Optional<FieldReader> section(String key, Set<String> known, String what) {
        return mapping(key).map(inner -> {
            FieldReader section = nested(inner);
            section.warnUnknown(known, what);
            return section;
        });
    }

    /** The list that this reader adds its findings to, for readers of nested mappings. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public boolean has(String key) {
        YamlNode node = mapping.get(key);
        return node != null && !(node instanceof YamlNode.Scalar scalar && scalar.isNull());
    }

    public YamlNode node(String key) {
        return mapping.get(key);
    }

    /** Any scalar, as written; a list or mapping is an error. */
    public Optional<String> string(String key) {
        YamlNode node = mapping.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar.isNull() ? Optional.empty() : Optional.of(scalar.text());
        }
        error(node, "'" + key + "' must be text, not " + node.shape());
        return Optional.empty();
    }

    public Optional<Boolean> bool(String key) {
        YamlNode node = mapping.get(key);
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        if (node instanceof YamlNode.Scalar scalar && scalar.asBoolean() != null) {
            return Optional.of(scalar.asBoolean());
        }
        error(node, "'" + key + "' must be true or false, not " + describe(node));
        return Optional.empty();
    }

    public Optional<Integer> positiveInt(String key) {
        YamlNode node = mapping.get(key);
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        if (node instanceof YamlNode.Scalar scalar && scalar.asLong() != null
                && scalar.asLong() > 0 && scalar.asLong() <= 10_000) {
            return Optional.of(scalar.asLong().intValue());
        }
        error(node, "'" + key + "' must be a whole number from 1 to 10000, not " + describe(node));
        return Optional.empty();
    }

    /** A list of scalars; a single scalar counts as a list of one. */
    public List<String> stringList(String key) {
        YamlNode node = mapping.get(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar.isNull() ? List.of() : List.of(scalar.text());
        }
        if (node instanceof YamlNode.Sequence sequence) {
            List<String> values = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                    values.add(scalar.text());
                } else {
                    error(item, "each item of '" + key + "' must be text, not " + item.shape());
                }
            }
            return values;
        }
        error(node, "'" + key + "' must be a list of text values, not " + node.shape());
        return List.of();
    }

    public Optional<YamlNode.Mapping> mapping(String key) {
        YamlNode node = mapping.get(key);
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        if (node instanceof YamlNode.Mapping map) {
            return Optional.of(map);
        }
        error(node, "'" + key + "' must be a mapping of keys to values, not " + node.shape());
        return Optional.empty();
    }

    public Optional<YamlNode.Sequence> sequence(String key) {
        YamlNode node = mapping.get(key);
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        if (node instanceof YamlNode.Sequence list) {
            return Optional.of(list);
        }
        error(node, "'" + key + "' must be a list, not " + node.shape());
        return Optional.empty();
    }

    /** Every field not in {@code known}, as plain values, in the order written. */
    public Map<String, Object> others(Set<String> known) {
        Map<String, Object> others = new LinkedHashMap<>();
        mapping.fields().forEach((key, field) -> {
            if (!known.contains(key)) {
                others.put(key, field.value().toPlain());
            }
        });
        return others;
    }

    /** A warning at each key that is not in {@code known}. */
    public void warnUnknown(Set<String> known, String what) {
        mapping.fields().forEach((key, field) -> {
            if (!known.contains(key)) {
                diagnostics.add(Diagnostic.warning(file, field.keyLine(), field.keyColumn(),
                        "unknown " + what + " '" + key + "'" + suggestion(key, known)));
            }
        });
    }

    /**
     * Warns about each key not in {@code known} that looks like a misspelling of one of them (such
     * keys are otherwise kept for templates, so a typo would pass silently).
     */
    public void warnLikelyTypos(Set<String> known, String what) {
        mapping.fields().forEach((key, field) -> {
            if (!known.contains(key)) {
                String suggestion = suggestion(key, known);
                if (!suggestion.isEmpty()) {
                    diagnostics.add(Diagnostic.warning(file, field.keyLine(), field.keyColumn(),
                            "unknown " + what + " '" + key + "'" + suggestion));
                }
            }
        });
    }

    public void warning(YamlNode at, String message) {
        diagnostics.add(Diagnostic.warning(file, at.line(), at.column(), message));
    }

    public void error(YamlNode at, String message) {
        diagnostics.add(Diagnostic.error(file, at.line(), at.column(), message));
    }

    public void errorAtKey(String key, String message) {
        YamlNode.Field field = mapping.fields().get(key);
        diagnostics.add(field == null
                ? Diagnostic.error(file, mapping.line(), mapping.column(), message)
                : Diagnostic.error(file, field.value().line(), field.value().column(), message));
    }

    /** Whether {@code text} is a full http(s) address with a host. */
    public static boolean isWebAddress(String text) {
        try {
            java.net.URI uri = new java.net.URI(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String describe(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar ? "'" + scalar.text() + "'" : node.shape();
    }

    private static String suggestion(String key, Set<String> known) {
        String lower = key.toLowerCase(java.util.Locale.ROOT).replace("_", "");
        for (String candidate : known) {
            String c = candidate.toLowerCase(java.util.Locale.ROOT).replace("_", "");
            if (c.equals(lower) || editDistance(c, lower) <= 1) {
                return " (did you mean '" + candidate + "'?)";
            }
        }
        return "";
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

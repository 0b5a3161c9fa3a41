package dev.rounds.config;

import dev.rounds.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site-wide abbreviations of {@code data/abbreviations.yaml}: each key is an abbreviation as
 * it is written, each value its expansion ({@code COPD: chronic obstructive pulmonary disease}).
 */
public final class Glossary {
    /** The data file's name without its extension. */
    public static final String DATA_NAME = "abbreviations";

    private Glossary() {
    }

    /**
     * The abbreviations of the parsed file, in the order written; a value that is not text is an
     * error at its line, and is left out.
     */
    public static Map<String, String> read(Path file, YamlNode root, List<Diagnostic> diagnostics) {
        if (!(root instanceof YamlNode.Mapping mapping)) {
            diagnostics.add(Diagnostic.error(file, root.line(), root.column(),
                    "abbreviations must be written one a line as 'ABBREVIATION: expansion' (COPD: chronic obstructive pulmonary disease), not "
                            + root.shape()));
            return Map.of();
        }
        Map<String, String> glossary = new LinkedHashMap<>();
        for (YamlNode.Field field : mapping.fields().values()) {
            String abbreviation = field.key().strip();
            YamlNode value = field.value();
            if (abbreviation.isEmpty() || abbreviation.codePoints().noneMatch(Character::isLetterOrDigit)) {
                diagnostics.add(Diagnostic.error(file, field.keyLine(), field.keyColumn(),
                        "'" + field.key() + "' is not an abbreviation: it needs at least one letter or digit"));
            } else if (value instanceof YamlNode.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
                glossary.put(abbreviation, scalar.text().strip().replaceAll("\\s+", " "));
            } else {
                diagnostics.add(Diagnostic.error(file, value.line(), value.column(),
                        "'" + abbreviation + "' needs its expansion as text, e.g. '" + abbreviation + ": what it stands for'"));
            }
        }
        return Collections.unmodifiableMap(glossary);
    }
}

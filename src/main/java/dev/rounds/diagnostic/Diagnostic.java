package dev.rounds.diagnostic;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about the site's sources, positioned at a file (or a named source such as a
 * template inside the jar), a 1-based line and a 1-based column.
 *
 * @param file the file on disk, or null when the source is not a file (then {@code label} names it)
 * @param label how to name the source when there is no file, e.g. {@code theme:clinic/post.ftlh}
 * @param rule the id of the check that found it ({@code nhs-number}, {@code alt-text}), or null
 */
public record Diagnostic(Severity severity, Path file, String label, int line, int column, String message, String rule) {

    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file() == null ? "" : d.file().toString())
            .thenComparing(d -> d.label() == null ? "" : d.label())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(message);
        if (file == null && label == null) {
            throw new IllegalArgumentException("a diagnostic needs a file or a label");
        }
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    public Diagnostic(Severity severity, Path file, String label, int line, int column, String message) {
        this(severity, file, label, line, column, message, null);
    }

    public static Diagnostic error(Path file, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, file, null, line, column, message);
    }

    public static Diagnostic warning(Path file, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, file, null, line, column, message);
    }

    public static Diagnostic errorIn(String label, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, null, label, line, column, message);
    }

    /** A finding of the named check. */
    public static Diagnostic of(String rule, Severity severity, Path file, int line, int column, String message) {
        return new Diagnostic(severity, file, null, line, column, message, rule);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic withSeverity(Severity other) {
        return new Diagnostic(other, file, label, line, column, message, rule);
    }

    /** The source as a user would open it: relative to {@code workingDirectory} when below it. */
    public String where(Path workingDirectory) {
        if (file == null) {
            return label;
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path base = workingDirectory.toAbsolutePath().normalize();
        return absolute.startsWith(base) && !absolute.equals(base)
                ? base.relativize(absolute).toString()
                : absolute.toString();
    }

    /** {@code PATH:LINE:COLUMN: severity: message}, with {@code [rule]} at the end for a named check. */
    public String format(Path workingDirectory) {
        return where(workingDirectory) + ":" + line + ":" + column + ": " + severity.label() + ": " + message
                + (rule == null ? "" : " [" + rule + "]");
    }
}

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
 */
public record Diagnostic(Severity severity, Path file, String label, int line, int column, String message) {

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

    public static Diagnostic error(Path file, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, file, null, line, column, message);
    }

    public static Diagnostic warning(Path file, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, file, null, line, column, message);
    }

    public static Diagnostic errorIn(String label, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, null, label, line, column, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
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

    /** {@code PATH:LINE:COLUMN: severity: message}. */
    public String format(Path workingDirectory) {
        return where(workingDirectory) + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }
}

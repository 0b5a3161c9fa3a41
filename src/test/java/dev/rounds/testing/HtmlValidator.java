package dev.rounds.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/**
 * The Nu Html Checker, embedded: reports the errors (not the info messages or warnings) of HTML
 * files. One shared instance, because the checker is slow to start; calls are serialised.
 */
public final class HtmlValidator {
    /** A GNU-format line: {@code "URL":L.C-L.C: TYPE: MESSAGE} (the position may be missing). */
    private static final Pattern GNU_LINE = Pattern.compile("^\"(?<url>.*?)\":(?:(?<position>[0-9.\\-]+):)? (?<type>[a-z][a-z -]*?): (?<message>.*)$");

    private static HtmlValidator shared;

    private final EmbeddedValidator validator;

    private HtmlValidator() {
        validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
    }

    /** The one validator of the test run. */
    public static synchronized HtmlValidator shared() {
        if (shared == null) {
            shared = new HtmlValidator();
        }
        return shared;
    }

    /**
     * The errors in one HTML file, each as {@code FILE:LINE.COLUMN: MESSAGE}; empty when the file
     * is valid. Anything the checker reports that is not an info message counts as an error.
     */
    public synchronized List<String> errors(Path file) {
        String report;
        try {
            report = validator.validate(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            return List.of(file + ": the checker could not read it: " + e.getMessage());
        }
        List<String> errors = new ArrayList<>();
        for (String line : report.lines().toList()) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = GNU_LINE.matcher(line);
            if (!m.matches()) {
                errors.add(file + ": " + line);
                continue;
            }
            if (m.group("type").startsWith("info")) {
                continue;
            }
            String position = m.group("position") == null ? "" : m.group("position").replaceFirst("-.*", "");
            errors.add(file + ":" + position + ": " + m.group("message"));
        }
        return errors;
    }

    /** The errors of every {@code .html} file below {@code folder}. */
    public List<String> errorsInFolder(Path folder) {
        List<String> errors = new ArrayList<>();
        for (String relative : TestSite.relativeFiles(folder)) {
            if (relative.endsWith(".html")) {
                errors.addAll(errors(folder.resolve(relative)));
            }
        }
        return errors;
    }
}

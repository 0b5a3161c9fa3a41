package dev.rounds.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * One command line run through {@code Main.run}: its exit code and what it printed.
 *
 * @param out standard output
 * @param err standard error (diagnostics, one per line)
 */
public record Run(int exitCode, String out, String err) {

    /** Standard error, line by line. */
    public List<String> errLines() {
        return err.lines().toList();
    }

    /** The lines of standard error that are errors ({@code PATH:LINE:COLUMN: error: …}). */
    public List<String> errors() {
        return err.lines().filter(line -> line.contains(": error: ")).toList();
    }

    /** The lines of standard error that are warnings. */
    public List<String> warnings() {
        return err.lines().filter(line -> line.contains(": warning: ")).toList();
    }

    /** Asserts exit code 0 and no error on standard error; returns this run. */
    public Run assertOk() {
        assertThat(exitCode).as("exit code of a build expected to succeed; stderr:%n%s", err).isZero();
        assertThat(errors()).as("errors of a build expected to succeed").isEmpty();
        return this;
    }

    /** Asserts exit code 0, and nothing at all on standard error. */
    public Run assertClean() {
        assertOk();
        assertThat(err).as("standard error of a clean build").isEmpty();
        return this;
    }

    /** Asserts exit code 1 (an error in the site), with at least one error line and no stack trace. */
    public Run assertFailed() {
        assertThat(exitCode).as("exit code of a build expected to fail; stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(1);
        assertThat(errors()).as("error lines").isNotEmpty();
        assertNoStackTrace();
        return this;
    }

    /** Asserts that nothing on either stream looks like a Java stack trace. */
    public Run assertNoStackTrace() {
        for (String stream : List.of(out, err)) {
            assertThat(stream).as("output must not show a stack trace")
                    .doesNotContain("Exception", "\tat ", "at dev.rounds.", "StackOverflowError", "OutOfMemoryError");
        }
        return this;
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}

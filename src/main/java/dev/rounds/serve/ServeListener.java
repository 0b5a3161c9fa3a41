package dev.rounds.serve;

/**
 * Where the preview server's terminal lines go; the command line prints them, tests collect them.
 * Called from the server's threads, one line at a time.
 */
public interface ServeListener {

    /** Progress: the address served, each rebuild. */
    void info(String line);

    /** A problem: a diagnostic ({@code PATH:LINE:COLUMN: error: message}), a warning about the set-up. */
    void problem(String line);

    /** A listener that drops every line. */
    static ServeListener silent() {
        return new ServeListener() {
            @Override
            public void info(String line) {
            }

            @Override
            public void problem(String line) {
            }
        };
    }
}

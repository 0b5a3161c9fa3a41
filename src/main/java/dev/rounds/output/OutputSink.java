package dev.rounds.output;

import java.io.IOException;
import java.util.List;

/** Where a build's files go: a folder on disk, or memory (tests, the preview server). */
public interface OutputSink {

    /** What a write did. */
    record Report(int written, int unchanged, int removed) {
    }

    /** Publishes exactly {@code files}: writes what changed and removes what an earlier build wrote and this one does not. */
    Report publish(List<OutputFile> files) throws IOException;

    /**
     * Replaces or adds just {@code files}, leaving every other file of the last publish as it is (the
     * preview server's fast path, after one entry was edited). Sinks that only take whole sites refuse.
     */
    default Report update(List<OutputFile> files) throws IOException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " publishes whole sites only");
    }
}

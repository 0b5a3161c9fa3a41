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
}

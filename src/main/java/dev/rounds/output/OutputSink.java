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
     * Starts publishing a site whose files are handed over one at a time, from any thread, as they
     * are made, so that a large site never has to be held in memory whole. Readers of the sink see
     * no change before {@link Publication#commit()}, and {@link Publication#abort()} leaves the sink
     * as it was. By default the files are collected and published together at commit.
     */
    default Publication begin() throws IOException {
        OutputSink sink = this;
        List<OutputFile> files = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        return new Publication() {
            @Override
            public void add(OutputFile file) {
                files.add(file);
            }

            @Override
            public Report commit() throws IOException {
                return sink.publish(List.copyOf(files));
            }

            @Override
            public void abort() {
                files.clear();
            }
        };
    }

    /** One publication of a whole site: {@link #add} every file, then {@link #commit} (or {@link #abort}). */
    interface Publication {
        /** Adds one file of the site; safe to call from several threads at once. */
        void add(OutputFile file) throws IOException;

        /** Makes the site the one published: exactly the files added. */
        Report commit() throws IOException;

        /** Gives the publication up, leaving the sink as it was before {@link OutputSink#begin()}. */
        void abort();
    }

    /**
     * Replaces or adds just {@code files}, leaving every other file of the last publish as it is (the
     * preview server's fast path, after one entry was edited). Sinks that only take whole sites refuse.
     */
    default Report update(List<OutputFile> files) throws IOException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " publishes whole sites only");
    }
}

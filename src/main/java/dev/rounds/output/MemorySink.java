package dev.rounds.output;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the built site in memory. Each publish replaces the whole site at once, so a reader on another
 * thread (the preview server) sees either the previous site or the new one, never a mix.
 */
public final class MemorySink implements OutputSink {
    private volatile Map<String, byte[]> files = Map.of();

    @Override
    public synchronized Report publish(List<OutputFile> outputs) throws IOException {
        Map<String, byte[]> previous = files;
        int written = 0;
        int unchanged = 0;
        Map<String, byte[]> next = new HashMap<>(outputs.size() * 2);
        for (OutputFile output : outputs) {
            byte[] content = output.content();
            byte[] before = previous.get(output.path());
            if (Arrays.equals(before, content)) {
                unchanged++;
                content = before;
            } else {
                written++;
            }
            next.put(output.path(), content);
        }
        int removed = (int) previous.keySet().stream().filter(path -> !next.containsKey(path)).count();
        files = Collections.unmodifiableMap(next);
        return new Report(written, unchanged, removed);
    }

    @Override
    public synchronized Report update(List<OutputFile> outputs) throws IOException {
        Map<String, byte[]> next = new HashMap<>(files);
        int written = 0;
        int unchanged = 0;
        for (OutputFile output : outputs) {
            byte[] content = output.content();
            byte[] before = next.get(output.path());
            if (Arrays.equals(before, content)) {
                unchanged++;
            } else {
                written++;
                next.put(output.path(), content);
            }
        }
        files = Collections.unmodifiableMap(next);
        return new Report(written, unchanged, 0);
    }

    /** The bytes at {@code path} ({@code /} separators, no leading slash), or null. */
    public byte[] get(String path) {
        return files.get(path);
    }

    /** The paths of the site, as of the latest publish. */
    public Set<String> paths() {
        return files.keySet();
    }

    /** The whole site as of the latest publish; an unmodifiable view that later publishes do not change. */
    public Map<String, byte[]> files() {
        return files;
    }
}

package dev.rounds.output;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps the built site in memory. */
public final class MemorySink implements OutputSink {
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public Report publish(List<OutputFile> outputs) throws IOException {
        int written = 0;
        int unchanged = 0;
        Map<String, byte[]> next = new TreeMap<>();
        for (OutputFile output : outputs) {
            byte[] content = output.content();
            next.put(output.path(), content);
            if (Arrays.equals(files.get(output.path()), content)) {
                unchanged++;
            } else {
                written++;
            }
        }
        int removed = (int) files.keySet().stream().filter(path -> !next.containsKey(path)).count();
        files.keySet().retainAll(next.keySet());
        files.putAll(next);
        return new Report(written, unchanged, removed);
    }

    /** The bytes at {@code path} ({@code /} separators, no leading slash), or null. */
    public byte[] get(String path) {
        return files.get(path);
    }

    public Map<String, byte[]> files() {
        return Map.copyOf(files);
    }
}

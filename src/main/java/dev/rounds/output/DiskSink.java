package dev.rounds.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a site into a folder safely: only files whose bytes changed, each through a temporary file
 * renamed into place, then removes the files an earlier build wrote that this one no longer makes.
 * A manifest inside the folder remembers what Rounds wrote; anything else there is left alone, and
 * the folder itself is never deleted or replaced.
 */
public final class DiskSink implements OutputSink {
    /** The list of files Rounds wrote into the folder, one path per line. */
    public static final String MANIFEST = ".rounds-manifest";

    private final Path folder;

    public DiskSink(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public Report publish(List<OutputFile> outputs) throws IOException {
        Files.createDirectories(folder);
        if (!Files.isWritable(folder)) {
            throw new IOException("the output folder is not writable: " + folder);
        }
        Set<String> previous = readManifest();
        for (OutputFile output : outputs) {
            target(output.path());
        }
        AtomicInteger written = new AtomicInteger();
        try {
            outputs.parallelStream().forEach(output -> {
                try {
                    if (writeIfChanged(output)) {
                        written.incrementAndGet();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Set<String> current = new TreeSet<>();
        outputs.forEach(output -> current.add(output.path()));
        int removed = 0;
        for (String stale : previous) {
            if (!current.contains(stale) && removeStale(stale)) {
                removed++;
            }
        }
        if (!current.equals(previous)) {
            writeAtomically(folder.resolve(MANIFEST), (String.join("\n", current) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new Report(written.get(), outputs.size() - written.get(), removed);
    }

    private boolean writeIfChanged(OutputFile output) throws IOException {
        Path target = target(output.path());
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write " + output.path() + ": a folder of that name is in the way");
        }
        if (Files.isRegularFile(target)) {
            if (output.copyOf() != null) {
                if (Files.size(target) == Files.size(output.copyOf()) && Files.mismatch(target, output.copyOf()) < 0) {
                    return false;
                }
            } else if (Files.size(target) == output.bytes().length
                    && java.util.Arrays.equals(Files.readAllBytes(target), output.bytes())) {
                return false;
            }
        }
        Files.createDirectories(target.getParent());
        writeAtomically(target, output.content());
        return true;
    }

    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".rounds-" + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private boolean removeStale(String relative) throws IOException {
        Path target;
        try {
            target = target(relative);
        } catch (IOException e) {
            return false;
        }
        if (!Files.isRegularFile(target)) {
            return false;
        }
        Files.delete(target);
        for (Path dir = target.getParent(); dir != null && !dir.equals(folder) && dir.startsWith(folder); dir = dir.getParent()) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException e) {
                break;
            }
        }
        return true;
    }

    private Set<String> readManifest() throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Collections.emptySet();
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(manifest, StandardCharsets.UTF_8));
        lines.removeIf(String::isBlank);
        return new TreeSet<>(lines);
    }

    private Path target(String relative) throws IOException {
        Path target = folder.resolve(relative).normalize();
        if (!target.startsWith(folder) || target.equals(folder)) {
            throw new IOException("refusing to write outside the output folder: " + relative);
        }
        return target;
    }
}

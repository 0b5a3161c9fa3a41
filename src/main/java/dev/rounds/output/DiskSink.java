package dev.rounds.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Writes a site into a folder safely: only files whose bytes changed, then removes the files an
 * earlier build wrote that this one no longer makes. A manifest inside the folder remembers what
 * Rounds wrote; anything else there is left alone, and the folder itself is never deleted or
 * replaced. Into a folder that is missing or empty, files are written straight to their place as
 * they come (an abandoned publication removes them again); into a folder that holds a site, each
 * changed file waits in a staging folder inside it until the commit renames it into place, so a
 * build that fails half-way leaves the previous site exactly as it was.
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
        Publication publication = begin();
        try {
            for (OutputFile output : outputs) {
                publication.add(output);
            }
            return publication.commit();
        } catch (IOException | RuntimeException e) {
            publication.abort();
            throw e;
        }
    }

    @Override
    public Publication begin() throws IOException {
        boolean existed = Files.isDirectory(folder);
        boolean fresh = !existed || isEmpty(folder);
        Files.createDirectories(folder);
        if (!Files.isWritable(folder)) {
            throw new IOException("the output folder is not writable: " + folder);
        }
        return new DiskPublication(existed, fresh);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        }
    }

    private final class DiskPublication implements Publication {
        private final boolean existed;
        private final boolean fresh;
        private final Path staging;
        private final Set<String> paths = ConcurrentHashMap.newKeySet();
        private final Set<String> staged = ConcurrentHashMap.newKeySet();
        private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
        private final AtomicInteger written = new AtomicInteger();

        DiskPublication(boolean existed, boolean fresh) {
            this.existed = existed;
            this.fresh = fresh;
            this.staging = folder.resolve(".rounds-staging-" + Long.toHexString(System.nanoTime()));
        }

        @Override
        public void add(OutputFile output) throws IOException {
            Path target = target(output.path());
            if (!paths.add(output.path())) {
                throw new IOException("cannot write " + output.path() + " twice");
            }
            if (fresh) {
                write(output, target);
                written.incrementAndGet();
                return;
            }
            if (Files.isDirectory(target)) {
                throw new IOException("cannot write " + output.path() + ": a folder of that name is in the way");
            }
            if (Files.isRegularFile(target) && sameContent(output, target)) {
                return;
            }
            write(output, staging.resolve(output.path()));
            staged.add(output.path());
        }

        private void write(OutputFile output, Path to) throws IOException {
            makeFolder(to.getParent());
            if (output.copyOf() != null) {
                Files.copy(output.copyOf(), to, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.write(to, output.bytes());
            }
        }

        /** Each folder is made once, however many threads write into it. */
        private void makeFolder(Path dir) throws IOException {
            try {
                folders.computeIfAbsent(dir, made -> {
                    try {
                        Files.createDirectories(made);
                        return Boolean.TRUE;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        @Override
        public Report commit() throws IOException {
            Set<String> previous = readManifest();
            for (String path : staged) {
                Path target = target(path);
                makeFolder(target.getParent());
                try {
                    Files.move(staging.resolve(path), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(staging.resolve(path), target, StandardCopyOption.REPLACE_EXISTING);
                }
                written.incrementAndGet();
            }
            deleteTree(staging);
            Set<String> current = new TreeSet<>(paths);
            int removed = 0;
            for (String stale : previous) {
                if (!current.contains(stale) && removeStale(stale)) {
                    removed++;
                }
            }
            if (!current.equals(previous)) {
                writeAtomically(folder.resolve(MANIFEST), (String.join("\n", current) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return new Report(written.get(), paths.size() - written.get(), removed);
        }

        @Override
        public void abort() {
            try {
                if (!fresh) {
                    deleteTree(staging);
                } else if (existed) {
                    try (Stream<Path> children = Files.list(folder)) {
                        for (Path child : children.toList()) {
                            deleteTree(child);
                        }
                    }
                } else {
                    deleteTree(folder);
                }
            } catch (IOException e) {
                // what could not be removed stays; the next build overwrites or removes it
            }
        }
    }

    private static boolean sameContent(OutputFile output, Path target) throws IOException {
        if (output.copyOf() != null) {
            return Files.size(target) == Files.size(output.copyOf()) && Files.mismatch(target, output.copyOf()) < 0;
        }
        return Files.size(target) == output.bytes().length && Arrays.equals(Files.readAllBytes(target), output.bytes());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
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

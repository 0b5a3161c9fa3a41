package dev.rounds.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Values of the last successful build, by entry id, kept in one file of the site's {@code .rounds/}
 * folder so that the next build redoes only what changed (as Jekyll keeps its conversions in
 * {@code .jekyll-cache/}). The file holds only what that build published, and is written again
 * whole by each build that changes it, so an entry deleted or unpublished leaves it at the next
 * build. A store is an aid, never a source: a missing, unreadable or outdated file reads as empty.
 *
 * @param <T> what is kept for an entry
 */
public final class KeptStore<T> {
    /** The site's folder for what Rounds keeps between builds; hidden, so never read as content. */
    public static final String FOLDER = ".rounds";

    /** How the values are written to the file and read back. */
    public interface Codec<T> {
        /** The first line of the file: another kind or version of store is never read as this one. */
        String magic();

        /** The entry id that {@code value} is kept under. */
        String id(T value);

        void write(DataOutputStream out, T value) throws IOException;

        T read(DataInputStream in) throws IOException;
    }

    private final Path file;
    private final Codec<T> codec;
    private final CompletableFuture<Kept<T>> reading;

    /** What the file held: the stamp of the build that wrote it and its values. */
    private record Kept<T>(String stamp, Map<String, T> values) {
    }

    private KeptStore(Path siteDir, String fileName, Codec<T> codec) {
        this.file = siteDir.resolve(FOLDER).resolve(fileName);
        this.codec = codec;
        this.reading = CompletableFuture.supplyAsync(this::readFile, task -> {
            Thread reader = new Thread(task, "rounds-store-" + fileName);
            reader.setDaemon(true);
            reader.start();
        });
    }

    /**
     * The store {@code fileName} of the site in {@code siteDir}, read on a thread of its own from
     * now on: a build opens it early and asks for the values once it needs them.
     */
    public static <T> KeptStore<T> open(Path siteDir, String fileName, Codec<T> codec) {
        return new KeptStore<>(siteDir, fileName, codec);
    }

    /**
     * The values kept by an earlier build of this program with the same {@code settings}, by entry
     * id; empty when there are none.
     */
    public Map<String, T> kept(String settings) {
        Kept<T> kept = reading.join();
        return kept != null && kept.stamp().equals(stamp(settings)) ? kept.values() : Map.of();
    }

    private static String stamp(String settings) {
        return ProgramIdentity.CURRENT + "\n" + settings;
    }

    private Kept<T> readFile() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!in.readUTF().equals(codec.magic())) {
                return null;
            }
            String stamp = text(in);
            int count = in.readInt();
            Map<String, T> values = new HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                T value = codec.read(in);
                values.put(codec.id(value), value);
            }
            return new Kept<>(stamp, values);
        } catch (IOException | RuntimeException e) {
            // Cut short, or written by another version: the build redoes everything, as with no store.
            return null;
        }
    }

    /**
     * Keeps {@code values} (by entry id), made with {@code settings}, in place of what the file
     * holds, unless it holds exactly these already: the same stamp and, for every entry, the very
     * value read from it (a reused value is that object). Whatever else the file held, of entries
     * no longer published or of another program or settings, goes. The file is replaced whole,
     * never left half-written.
     */
    public void keep(String settings, Map<String, T> values) throws IOException {
        Kept<T> kept = reading.join();
        boolean unchanged = kept != null && kept.stamp().equals(stamp(settings)) && kept.values().size() == values.size()
                && values.entrySet().stream().allMatch(value -> kept.values().get(value.getKey()) == value.getValue());
        if (!unchanged) {
            write(settings, values);
        }
    }

    private void write(String settings, Map<String, T> values) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
                out.writeUTF(codec.magic());
                text(out, stamp(settings));
                out.writeInt(values.size());
                for (T value : values.values()) {
                    codec.write(out, value);
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes {@code text} whole (DataOutput's own writeUTF stops at 64 KB; a post can be longer). */
    public static void text(DataOutputStream out, String text) throws IOException {
        bytes(out, text.getBytes(StandardCharsets.UTF_8));
    }

    public static String text(DataInputStream in) throws IOException {
        return new String(bytes(in), StandardCharsets.UTF_8);
    }

    public static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new EOFException("a negative length");
        }
        return in.readNBytes(length);
    }

    public static void optional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            text(out, value.get());
        }
    }

    public static Optional<String> optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(text(in)) : Optional.empty();
    }

    /**
     * Which build of Rounds is running: the jar's size and time, or for classes in a folder (tests,
     * an IDE) the newest class file's time. A new build of Rounds may render differently, so its
     * stores start afresh.
     */
    static final class ProgramIdentity {
        static final String CURRENT = of(codeLocation());

        private ProgramIdentity() {
        }

        private static Path codeLocation() {
            try {
                return Path.of(KeptStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException | RuntimeException e) {
                return null;
            }
        }

        static String of(Path code) {
            if (code == null) {
                return "unknown " + System.nanoTime();
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(code, BasicFileAttributes.class);
                if (!attributes.isDirectory()) {
                    return code.getFileName() + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
                }
                try (Stream<Path> files = Files.walk(code)) {
                    long newest = files.mapToLong(path -> {
                        try {
                            return Files.getLastModifiedTime(path).toMillis();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).max().orElse(0);
                    return "classes " + newest;
                }
            } catch (IOException | UncheckedIOException e) {
                return "unknown " + System.nanoTime();
            }
        }
    }
}

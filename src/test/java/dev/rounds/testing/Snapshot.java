package dev.rounds.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a folder held at one moment: each file's path, a digest of its bytes and its modification
 * time, so that two snapshots are equal exactly when nothing was added, removed, changed or rewritten.
 */
public record Snapshot(Map<String, String> files) {

    public static Snapshot of(Path folder) {
        Map<String, String> files = new TreeMap<>();
        for (String relative : TestSite.relativeFiles(folder)) {
            Path file = folder.resolve(relative);
            try {
                FileTime time = Files.getLastModifiedTime(file);
                files.put(relative, sha256(Files.readAllBytes(file)) + " @" + time.toMillis());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Snapshot(Map.copyOf(files));
    }

    /** Sets every file's modification time to a fixed moment long ago, so that any rewrite shows. */
    public static void ageFiles(Path folder) {
        FileTime past = FileTime.fromMillis(946_684_800_000L); // 2000-01-01
        for (String relative : TestSite.relativeFiles(folder)) {
            try {
                Files.setLastModifiedTime(folder.resolve(relative), past);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(files).forEach((path, digest) -> text.append(path).append(' ').append(digest).append('\n'));
        return text.toString();
    }
}

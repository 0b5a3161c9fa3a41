package dev.rounds.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of the built site: its path inside the output folder ({@code /} separators) and its
 * bytes, either rendered in memory or copied from a source file.
 *
 * @param origin what produced it, named as a user would recognise it (a source path, "the home page")
 */
public record OutputFile(String path, byte[] bytes, Path copyOf, String origin) {

    public OutputFile {
        Objects.requireNonNull(path);
        if ((bytes == null) == (copyOf == null)) {
            throw new IllegalArgumentException("an output file has either bytes or a file to copy");
        }
    }

    public static OutputFile rendered(String path, byte[] bytes, String origin) {
        return new OutputFile(path, bytes, null, origin);
    }

    public static OutputFile copied(String path, Path source, String origin) {
        return new OutputFile(path, null, source, origin);
    }

    public byte[] content() throws IOException {
        return bytes != null ? bytes : Files.readAllBytes(copyOf);
    }
}

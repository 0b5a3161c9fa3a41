package dev.rounds.source;

import java.nio.file.Path;

/**
 * A file of the site.
 *
 * @param relative the path from the site folder, with {@code /} separators
 * @param bundle for an entry that is a folder ({@code index.md}) or a file beside one, the folder's
 *               relative path; otherwise null
 */
public record SourceFile(Path path, String relative, SourceKind kind, String bundle) {

    /** The file name without its extension. */
    public String baseName() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public boolean isBundleIndex() {
        return kind.isEntry() && bundle != null;
    }
}

package dev.rounds.markdown;

import java.util.Optional;

/** Separates YAML front matter (between {@code ---} lines at the top of a file) from the Markdown body. */
public final class FrontMatterSplitter {
    private FrontMatterSplitter() {
    }

    /**
     * @param frontMatter the YAML text, absent when the file has no front matter
     * @param frontMatterLine the file line the YAML starts on (1-based)
     * @param bodyLine the file line the body starts on (1-based)
     * @param unclosed true when a {@code ---} opens front matter that never closes
     */
    public record Split(Optional<String> frontMatter, int frontMatterLine, String body, int bodyLine, boolean unclosed) {
    }

    /** {@code text} has {@code \n} line endings and no byte-order mark. */
    public static Split split(String text) {
        if (!(text.startsWith("---\n") || text.equals("---") || text.startsWith("--- \n"))) {
            return new Split(Optional.empty(), 1, text, 1, false);
        }
        int firstNewline = text.indexOf('\n');
        int position = firstNewline < 0 ? text.length() : firstNewline + 1;
        int line = 2;
        while (position < text.length()) {
            int end = text.indexOf('\n', position);
            String current = text.substring(position, end < 0 ? text.length() : end);
            String trimmed = current.stripTrailing();
            if (trimmed.equals("---") || trimmed.equals("...")) {
                String yaml = text.substring(firstNewline + 1, position);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new Split(Optional.of(yaml), 2, body, line + 1, false);
            }
            if (end < 0) {
                break;
            }
            position = end + 1;
            line++;
        }
        return new Split(Optional.empty(), 2, text, 1, true);
    }
}

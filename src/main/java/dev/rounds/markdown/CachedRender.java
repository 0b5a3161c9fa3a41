package dev.rounds.markdown;

import dev.rounds.content.EntryKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * One entry's rendered Markdown together with everything the render read: the entry's text and
 * the fields that shape it, and where each of its links to other files led. A later build reuses
 * the render only while all of that is still the same (see {@link MarkdownRenderer#reuse}).
 *
 * @param source the entry's file, as its diagnostics would name it
 * @param bodyLength the length of the entry's Markdown text
 * @param bodyChecksum {@link #checksum} of that text
 * @param links every link destination the render looked up, in the order it met them
 */
public record CachedRender(String id, String source, String url, EntryKind kind, boolean toc, String anchorScope, int bodyLine,
                           int bodyLength, long bodyChecksum, RenderedContent content, List<LinkUse> links) {

    public CachedRender {
        links = List.copyOf(links);
    }

    /**
     * Two independent 32-bit checks of the text's UTF-8 bytes (CRC-32C and CRC-32, which the JVM
     * computes with the processor's own instructions): with the length, an edit goes unnoticed
     * only if it leaves both unchanged by chance, about once in 2^64. Keeping the text itself
     * would double the store; a cryptographic digest would cost more than the conversion it
     * saves while the JVM is warming up.
     */
    public static long checksum(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes);
        CRC32 ieee = new CRC32();
        ieee.update(bytes);
        return castagnoli.getValue() << 32 | ieee.getValue();
    }

    /** A link destination as written, and what it led to: a new URL, a problem, or neither (left as written). */
    public record LinkUse(String destination, Optional<String> url, Optional<String> problem) {
    }
}

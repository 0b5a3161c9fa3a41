package dev.rounds.source;

import dev.rounds.diagnostic.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** Turns a source file's bytes into text: UTF-8, with an optional byte-order mark and any line endings. */
public final class SourceText {
    private SourceText() {
    }

    /**
     * The decoded text with line endings made {@code \n}, or an error at the first bad byte; with a
     * text, {@code problem} may be a warning about characters that were replaced.
     */
    public record Decoded(Optional<String> text, Optional<Diagnostic> problem) {
    }

    public static Decoded decode(Path file, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // The JDK's own decoding is much faster than a reporting decoder; it marks bad bytes with
        // U+FFFD, and only then is the text decoded again to find where the first one is.
        String quick = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        // Most sources hold no byte of a control character (NUL and CR among them): then the text needs no checking
        // character by character.
        // (UTF-8 writes a character below U+0080 as that byte alone, and every byte of a longer one is 0x80 or above.)
        boolean valid = quick.indexOf('\uFFFD') < 0;
        if (valid && !hasControlByte(bytes, start)) {
            return new Decoded(Optional.of(quick), Optional.empty());
        }
        if (valid) {
            return checked(file, bytes, start, quick);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(input, output, true);
        if (result.isError()) {
            return failure(file, bytes, start, input.position(), "not valid UTF-8 (byte 0x%02X); save the file as UTF-8");
        }
        decoder.flush(output);
        output.flip();
        return checked(file, bytes, start, output.toString());
    }

    /** The bytes that decode to a control character other than tab and line feed (NUL and CR among them). */
    private static final boolean[] CONTROL = new boolean[256];

    static {
        for (int b = 0; b < 0x20; b++) {
            CONTROL[b] = b != '\t' && b != '\n';
        }
        CONTROL[0x7F] = true;
    }

    private static boolean hasControlByte(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (CONTROL[bytes[i] & 0xFF]) {
                return true;
            }
        }
        return false;
    }

    /** Valid UTF-8 {@code text} (decoded from {@code bytes}): refused when binary, with line endings made {@code \n}. */
    private static Decoded checked(Path file, byte[] bytes, int start, String text) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return failure(file, bytes, start, start + text.substring(0, nul).getBytes(StandardCharsets.UTF_8).length,
                    "a binary file, not text (byte 0x%02X)");
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return withoutControlCharacters(file, text);
    }

    /**
     * Control characters other than tab and line feed cannot be in an HTML page or a feed (a word
     * processor's manual line break is one, U+000B): each becomes a space, with a warning at the first.
     */
    private static Decoded withoutControlCharacters(Path file, String text) {
        int first = -1;
        for (int i = 0; i < text.length() && first < 0; i++) {
            if (isControl(text.charAt(i))) {
                first = i;
            }
        }
        if (first < 0) {
            return new Decoded(Optional.of(text), Optional.empty());
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < first; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = text.codePointCount(lineStart, first) + 1;
        String character = String.format("U+%04X", (int) text.charAt(first));
        return new Decoded(Optional.of(controlCharactersAsSpaces(text)), Optional.of(Diagnostic.warning(file, line, column,
                "an invisible control character (" + character + ", often a line break pasted from a word processor)"
                        + " is published as a space: delete it or press Enter instead")));
    }

    /**
     * {@code text} with each control character other than tab and line feed as a space: no HTML page
     * or feed may hold one. Also for values that put one into a text another way (a YAML escape).
     */
    public static String controlCharactersAsSpaces(String text) {
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                if (cleaned == null) {
                    cleaned = new StringBuilder(text);
                }
                cleaned.setCharAt(i, ' ');
            }
        }
        return cleaned == null ? text : cleaned.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' || c == 0x7F;
    }

    private static Decoded failure(Path file, byte[] bytes, int start, int badByte, String message) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < badByte; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        String before = new String(bytes, lineStart, badByte - lineStart, StandardCharsets.UTF_8);
        column += before.codePointCount(0, before.length());
        String text = String.format(message, bytes[badByte] & 0xFF);
        return new Decoded(Optional.empty(), Optional.of(Diagnostic.error(file, line, column, text)));
    }

}

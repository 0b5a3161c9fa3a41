package dev.rounds.template;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page as it is rendered, encoded to UTF-8 as the characters arrive: no {@code StringWriter}
 * (whose {@code StringBuffer} locks at every write) and no whole-page {@code String} to encode
 * afterwards. The bytes are those of {@code String.getBytes(UTF_8)} on everything written, a lone
 * surrogate included (it becomes {@code '?'}), also when a pair is split between two writes.
 * One page, one thread.
 */
final class Utf8Output extends Writer {
    private static final byte UNMAPPABLE = '?';

    private final char[] chunk = new char[512];
    private byte[] bytes;
    private int length;
    /** A high surrogate at the end of the last write, waiting for its low half; 0 when none. */
    private char pendingHigh;

    Utf8Output(int initialCapacity) {
        bytes = new byte[initialCapacity];
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        ensure(count);
        for (int i = offset, end = offset + count; i < end; i++) {
            char c = chars[i];
            if (c < 0x80 && pendingHigh == 0) {
                bytes[length++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(String text, int offset, int count) {
        if (count > 0 && pendingHigh == 0 && !Character.isHighSurrogate(text.charAt(offset + count - 1))) {
            // The JDK's own encoder: its ASCII check and copy are intrinsics, where the loop below
            // (after inflating the string's bytes into chars) takes each character on its own.
            String part = offset == 0 && count == text.length() ? text : text.substring(offset, offset + count);
            byte[] encoded = part.getBytes(StandardCharsets.UTF_8);
            ensureBytes(encoded.length);
            System.arraycopy(encoded, 0, bytes, length, encoded.length);
            length += encoded.length;
            return;
        }
        // Copied out in chunks: one loop over an array is much faster than charAt per character (C1).
        for (int done = 0; done < count; done += chunk.length) {
            int n = Math.min(chunk.length, count - done);
            text.getChars(offset + done, offset + done + n, chunk, 0);
            write(chunk, 0, n);
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Everything written, as UTF-8. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            ensure(1);
            bytes[length++] = UNMAPPABLE;
            pendingHigh = 0;
        }
        return Arrays.copyOf(bytes, length);
    }

    private void put(char c) {
        ensure(4);
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(high, c);
                bytes[length++] = (byte) (0xF0 | codePoint >> 18);
                bytes[length++] = (byte) (0x80 | (codePoint >> 12 & 0x3F));
                bytes[length++] = (byte) (0x80 | (codePoint >> 6 & 0x3F));
                bytes[length++] = (byte) (0x80 | (codePoint & 0x3F));
                return;
            }
            bytes[length++] = UNMAPPABLE;
        }
        if (c < 0x80) {
            bytes[length++] = (byte) c;
        } else if (c < 0x800) {
            bytes[length++] = (byte) (0xC0 | c >> 6);
            bytes[length++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[length++] = UNMAPPABLE;
        } else {
            bytes[length++] = (byte) (0xE0 | c >> 12);
            bytes[length++] = (byte) (0x80 | (c >> 6 & 0x3F));
            bytes[length++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    /** Room for {@code chars} more characters, each of them up to 3 bytes (4 for a completed pair, which is 2 characters). */
    private void ensure(int chars) {
        ensureBytes(3L * chars + 1);
    }

    private void ensureBytes(long more) {
        long needed = length + more;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.max(needed, 2L * bytes.length));
        }
    }
}

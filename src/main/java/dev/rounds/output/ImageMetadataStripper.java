package dev.rounds.output;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Removes the metadata of JPEG and PNG files on their way to the output, without decoding or
 * re-encoding a single pixel: EXIF (with its GPS position, camera serials and thumbnail), XMP,
 * IPTC, comments, MPF secondary images, PNG text chunks, and anything after the end of the image.
 * The colour profile and the orientation are kept (the orientation in a new minimal EXIF block).
 *
 * <p>It lives in {@code output} because it is a transformation of published bytes, like the other
 * output transformers, and needs no metadata library: it rewrites JPEG segments and PNG chunks.
 */
public final class ImageMetadataStripper {
    private static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "jfif", "png");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** PNG chunks that carry pixels, colour or animation; every other chunk (text, time, EXIF, private data) goes. */
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
            "iCCP", "sBIT", "pHYs", "bKGD", "hIST", "cICP", "mDCv", "cLLi", "acTL", "fcTL", "fdAT");
    private static final int ORIENTATION = 0x0112;

    /** The image cannot be read as the JPEG or PNG it says it is, so its metadata cannot be removed safely. */
    public static final class MalformedImageException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedImageException(String message) {
            super(message);
        }
    }

    private ImageMetadataStripper() {
    }

    /** Whether the file name is one whose metadata is stripped (JPEG or PNG). */
    public static boolean handles(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The image without its metadata; bytes that are neither JPEG nor PNG come back unchanged. */
    public static byte[] strip(byte[] bytes) throws MalformedImageException {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            return stripJpeg(bytes);
        }
        if (bytes.length >= 8 && java.util.Arrays.equals(bytes, 0, 8, PNG_SIGNATURE, 0, 8)) {
            return stripPng(bytes);
        }
        return bytes;
    }

    /** Whether the bytes contain the signature of a metadata block (EXIF, XMP, IPTC, PNG text), wherever it is. */
    public static boolean mayHoldMetadata(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String signature : List.of("Exif", "http://ns.adobe.com/xap", "Photoshop 3.0", "tEXt", "iTXt", "zTXt", "eXIf",
                "<x:xmpmeta", "GPS")) {
            if (text.contains(signature)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- JPEG

    private static byte[] stripJpeg(byte[] in) throws MalformedImageException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        ByteArrayOutputStream rest = new ByteArrayOutputStream(in.length);
        int orientation = 0;
        int pos = 2;
        boolean ended = false;
        while (!ended) {
            if (pos >= in.length) {
                throw new MalformedImageException("the JPEG ends before its end-of-image marker");
            }
            if ((in[pos] & 0xFF) != 0xFF) {
                throw new MalformedImageException("the JPEG has data where a marker should be (byte " + pos + ")");
            }
            while (pos + 1 < in.length && (in[pos + 1] & 0xFF) == 0xFF) {
                pos++;
            }
            if (pos + 1 >= in.length) {
                throw new MalformedImageException("the JPEG ends inside a marker");
            }
            int marker = in[pos + 1] & 0xFF;
            pos += 2;
            if (marker == 0xD9) {
                rest.write(0xFF);
                rest.write(0xD9);
                ended = true;
                continue;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                rest.write(0xFF);
                rest.write(marker);
                continue;
            }
            if (pos + 2 > in.length) {
                throw new MalformedImageException("the JPEG ends inside a segment");
            }
            int length = ((in[pos] & 0xFF) << 8) | (in[pos + 1] & 0xFF);
            int end = pos + length;
            if (length < 2 || end > in.length) {
                throw new MalformedImageException("a JPEG segment runs past the end of the file");
            }
            int data = pos + 2;
            switch (marker) {
                case 0xE0 -> {
                    if (startsWith(in, data, end, "JFIF\0") && length >= 16 && head.size() == 0) {
                        // JFIF header without its thumbnail
                        head.write(0xFF);
                        head.write(0xE0);
                        head.write(0);
                        head.write(16);
                        head.write(in, data, 12);
                        head.write(0);
                        head.write(0);
                    }
                }
                case 0xE1 -> {
                    if (startsWith(in, data, end, "Exif\0\0") && orientation == 0) {
                        orientation = readOrientation(in, data + 6, end);
                    }
                }
                case 0xE2 -> {
                    if (startsWith(in, data, end, "ICC_PROFILE\0")) {
                        copySegment(in, pos - 2, end, rest);
                    }
                }
                case 0xEE -> {
                    if (startsWith(in, data, end, "Adobe")) {
                        copySegment(in, pos - 2, end, rest);
                    }
                }
                case 0xDA -> {
                    copySegment(in, pos - 2, end, rest);
                    pos = copyScan(in, end, rest);
                    continue;
                }
                default -> {
                    if (marker >= 0xE0 && marker <= 0xEF || marker == 0xFE) {
                        // other application segments (XMP, IPTC, MPF, FlashPix, maker data) and comments go
                        break;
                    }
                    copySegment(in, pos - 2, end, rest);
                }
            }
            pos = end;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.size() + rest.size() + 40);
        out.write(0xFF);
        out.write(0xD8);
        out.writeBytes(head.toByteArray());
        if (orientation > 1 && orientation <= 8) {
            byte[] tiff = minimalExif(orientation);
            int length = 2 + 6 + tiff.length;
            out.write(0xFF);
            out.write(0xE1);
            out.write(length >> 8);
            out.write(length & 0xFF);
            out.writeBytes("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.writeBytes(tiff);
        }
        out.writeBytes(rest.toByteArray());
        return out.toByteArray();
    }

    /** Copies entropy-coded data after a start-of-scan header up to the next marker; returns that marker's offset. */
    private static int copyScan(byte[] in, int from, ByteArrayOutputStream out) throws MalformedImageException {
        int i = from;
        while (i < in.length) {
            int b = in[i] & 0xFF;
            if (b == 0xFF && i + 1 < in.length) {
                int next = in[i + 1] & 0xFF;
                if (next == 0x00 || next >= 0xD0 && next <= 0xD7) {
                    out.write(b);
                    out.write(next);
                    i += 2;
                    continue;
                }
                if (next == 0xFF) {
                    i++;
                    continue;
                }
                return i;
            }
            out.write(b);
            i++;
        }
        throw new MalformedImageException("the JPEG ends inside its image data");
    }

    private static void copySegment(byte[] in, int from, int to, ByteArrayOutputStream out) {
        out.write(in, from, to - from);
    }

    private static boolean startsWith(byte[] in, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (in[from + i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- EXIF orientation

    /** The orientation (1 to 8) in IFD0 of a TIFF structure, or 0. */
    static int readOrientation(byte[] in, int tiff, int end) {
        if (end - tiff < 8) {
            return 0;
        }
        boolean little;
        if (in[tiff] == 'I' && in[tiff + 1] == 'I') {
            little = true;
        } else if (in[tiff] == 'M' && in[tiff + 1] == 'M') {
            little = false;
        } else {
            return 0;
        }
        long ifd = u32(in, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return 0;
        }
        int at = (int) (tiff + ifd);
        int count = u16(in, at, little);
        for (int i = 0; i < count; i++) {
            int entry = at + 2 + i * 12;
            if (entry + 12 > end) {
                return 0;
            }
            if (u16(in, entry, little) == ORIENTATION && u16(in, entry + 2, little) == 3) {
                int value = u16(in, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 0;
            }
        }
        return 0;
    }

    /** A big-endian TIFF structure holding one entry: the orientation. */
    static byte[] minimalExif(int orientation) {
        return new byte[] {
            'M', 'M', 0, 42, 0, 0, 0, 8,      // header, IFD0 at 8
            0, 1,                             // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1,     // Orientation, SHORT, count 1
            0, (byte) orientation, 0, 0,      // the value
            0, 0, 0, 0                        // no next IFD
        };
    }

    private static int u16(byte[] in, int at, boolean little) {
        int a = in[at] & 0xFF;
        int b = in[at + 1] & 0xFF;
        return little ? b << 8 | a : a << 8 | b;
    }

    private static long u32(byte[] in, int at, boolean little) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            int b = in[at + (little ? 3 - i : i)] & 0xFF;
            value = value << 8 | b;
        }
        return value;
    }

    // ---------------------------------------------------------------- PNG

    private static byte[] stripPng(byte[] in) throws MalformedImageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int pos = 8;
        int orientation = 0;
        boolean orientationWritten = false;
        while (true) {
            if (pos + 8 > in.length) {
                throw new MalformedImageException("the PNG ends before its IEND chunk");
            }
            long length = u32(in, pos, false);
            String type = new String(in, pos + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            long end = pos + 12 + length;
            if (length > Integer.MAX_VALUE || end > in.length) {
                throw new MalformedImageException("a PNG chunk runs past the end of the file");
            }
            boolean critical = Character.isUpperCase(type.charAt(0));
            if (type.equals("eXIf") && orientation == 0) {
                orientation = readOrientation(in, pos + 8, (int) (pos + 8 + length));
            }
            if ((type.equals("IDAT") || type.equals("IEND")) && !orientationWritten) {
                if (orientation > 1) {
                    writeChunk(out, "eXIf", minimalExif(orientation));
                }
                orientationWritten = true;
            }
            if (PNG_KEPT.contains(type) || critical) {
                out.write(in, pos, (int) (end - pos));
            }
            pos = (int) end;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        writeU32(out, data.length);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        writeU32(out, crc.getValue());
    }

    private static void writeU32(ByteArrayOutputStream out, long value) {
        out.write((int) (value >>> 24) & 0xFF);
        out.write((int) (value >>> 16) & 0xFF);
        out.write((int) (value >>> 8) & 0xFF);
        out.write((int) value & 0xFF);
    }
}

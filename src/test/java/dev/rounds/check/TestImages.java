package dev.rounds.check;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Tiny JPEG and PNG files written by the tests, with EXIF blocks (GPS, serial numbers) made from bytes. */
final class TestImages {
    private TestImages() {
    }

    static BufferedImage picture() {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 12; y++) {
            for (int x = 0; x < 16; x++) {
                image.setRGB(x, y, (x * 16) << 16 | (y * 20) << 8 | (x * y) & 0xFF);
            }
        }
        return image;
    }

    static byte[] encode(String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture(), format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One IFD entry: tag, TIFF type, count, value bytes (big-endian). */
    record Entry(int tag, int type, int count, byte[] value) {
        static Entry ascii(int tag, String text) {
            byte[] bytes = (text + "\0").getBytes(StandardCharsets.US_ASCII);
            return new Entry(tag, 2, bytes.length, bytes);
        }

        static Entry shortValue(int tag, int value) {
            return new Entry(tag, 3, 1, new byte[] {(byte) (value >> 8), (byte) value});
        }

        static Entry rationals(int tag, long... numeratorsAndDenominators) {
            byte[] bytes = new byte[numeratorsAndDenominators.length * 4];
            for (int i = 0; i < numeratorsAndDenominators.length; i++) {
                put32(bytes, i * 4, numeratorsAndDenominators[i]);
            }
            return new Entry(tag, 5, numeratorsAndDenominators.length / 2, bytes);
        }
    }

    /**
     * A big-endian TIFF structure: IFD0 with {@code ifd0} (plus pointers to the EXIF and GPS IFDs
     * when those are not empty).
     */
    static byte[] tiff(List<Entry> ifd0, List<Entry> exif, List<Entry> gps) {
        List<Entry> first = new ArrayList<>(ifd0);
        int exifPointer = -1;
        int gpsPointer = -1;
        if (!exif.isEmpty()) {
            exifPointer = first.size();
            first.add(new Entry(0x8769, 4, 1, new byte[4]));
        }
        if (!gps.isEmpty()) {
            gpsPointer = first.size();
            first.add(new Entry(0x8825, 4, 1, new byte[4]));
        }
        int ifd0Offset = 8;
        int exifOffset = ifd0Offset + size(first);
        int gpsOffset = exifOffset + (exif.isEmpty() ? 0 : size(exif));
        if (exifPointer >= 0) {
            put32(first.get(exifPointer).value(), 0, exifOffset);
        }
        if (gpsPointer >= 0) {
            put32(first.get(gpsPointer).value(), 0, gpsOffset);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        writeIfd(out, first, ifd0Offset);
        if (!exif.isEmpty()) {
            writeIfd(out, exif, exifOffset);
        }
        if (!gps.isEmpty()) {
            writeIfd(out, gps, gpsOffset);
        }
        return out.toByteArray();
    }

    private static int size(List<Entry> entries) {
        int size = 2 + entries.size() * 12 + 4;
        for (Entry entry : entries) {
            if (entry.value().length > 4) {
                size += entry.value().length + (entry.value().length % 2);
            }
        }
        return size;
    }

    private static void writeIfd(ByteArrayOutputStream out, List<Entry> entries, int offset) {
        int data = offset + 2 + entries.size() * 12 + 4;
        ByteArrayOutputStream overflow = new ByteArrayOutputStream();
        byte[] head = new byte[2 + entries.size() * 12 + 4];
        head[0] = (byte) (entries.size() >> 8);
        head[1] = (byte) entries.size();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            int at = 2 + i * 12;
            head[at] = (byte) (entry.tag() >> 8);
            head[at + 1] = (byte) entry.tag();
            head[at + 3] = (byte) entry.type();
            put32(head, at + 4, entry.count());
            if (entry.value().length <= 4) {
                System.arraycopy(entry.value(), 0, head, at + 8, entry.value().length);
            } else {
                put32(head, at + 8, data + overflow.size());
                overflow.writeBytes(entry.value());
                if (entry.value().length % 2 == 1) {
                    overflow.write(0);
                }
            }
        }
        out.writeBytes(head);
        out.writeBytes(overflow.toByteArray());
    }

    static void put32(byte[] bytes, int at, long value) {
        bytes[at] = (byte) (value >> 24);
        bytes[at + 1] = (byte) (value >> 16);
        bytes[at + 2] = (byte) (value >> 8);
        bytes[at + 3] = (byte) value;
    }

    /** The EXIF of a phone photo: orientation 6, a GPS position, and the camera's serial number and owner. */
    static byte[] phoneExif(boolean withGps, boolean withSerial) {
        List<Entry> ifd0 = List.of(Entry.ascii(0x010F, "Phonemaker"), Entry.ascii(0x0110, "Phone 12"), Entry.shortValue(0x0112, 6));
        List<Entry> exif = withSerial
                ? List.of(Entry.ascii(0xA430, "Dr A Example"), Entry.ascii(0xA431, "SN48151623"))
                : List.of(Entry.ascii(0x9003, "2025:03:14 09:30:00"));
        List<Entry> gps = withGps
                ? List.of(Entry.ascii(0x0001, "N"), Entry.rationals(0x0002, 51, 1, 30, 1, 1234, 100),
                        Entry.ascii(0x0003, "W"), Entry.rationals(0x0004, 0, 1, 7, 1, 3999, 100))
                : List.of();
        return tiff(ifd0, exif, gps);
    }

    /** A JPEG with an EXIF block, XMP, IPTC, MPF, a comment, an ICC profile marker and a secondary image after its end. */
    static byte[] jpegWithMetadata(byte[] exifTiff) {
        byte[] plain = encode("jpg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        int afterSoi = 2;
        // keep ImageIO's JFIF APP0 first
        if ((plain[2] & 0xFF) == 0xFF && (plain[3] & 0xFF) == 0xE0) {
            int length = (plain[4] & 0xFF) << 8 | plain[5] & 0xFF;
            out.write(plain, 2, 2 + length);
            afterSoi = 4 + length;
        }
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exifTiff));
        segment(out, 0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                + "<rdf:Description xmlns:aux='http://ns.adobe.com/exif/1.0/aux/' aux:Lens='50mm f/1.8'/></rdf:RDF></x:xmpmeta>")
                .getBytes(StandardCharsets.UTF_8));
        segment(out, 0xED, "Photoshop 3.0\08BIM\u0004\u0004\0\0\0\0\0\u0008\u001c\u0002\u0050\0\u0004Anon".getBytes(StandardCharsets.ISO_8859_1));
        segment(out, 0xE2, "MPF\0MM\0*\0\0\0\u0008".getBytes(StandardCharsets.ISO_8859_1));
        segment(out, 0xFE, "taken in bay 4".getBytes(StandardCharsets.US_ASCII));
        out.write(plain, afterSoi, plain.length - afterSoi);
        // a phone's secondary image after the end-of-image marker
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 4, 1, 2, (byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        int length = data.length + 2;
        out.write(0xFF);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(data);
    }

    /** A PNG with text chunks (tEXt, iTXt, zTXt), a time chunk, an EXIF chunk with GPS, and bytes after its end. */
    static byte[] pngWithMetadata(byte[] exifTiff) {
        byte[] plain = encode("png");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 8);
        int pos = 8;
        boolean added = false;
        while (pos < plain.length) {
            int length = (plain[pos] & 0xFF) << 24 | (plain[pos + 1] & 0xFF) << 16 | (plain[pos + 2] & 0xFF) << 8 | plain[pos + 3] & 0xFF;
            String type = new String(plain, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("IDAT") && !added) {
                chunk(out, "tEXt", "Author\0Dr A Example".getBytes(StandardCharsets.ISO_8859_1));
                chunk(out, "iTXt", "Comment\0\0\0\0\0Ward 4, bed 12".getBytes(StandardCharsets.UTF_8));
                chunk(out, "tIME", new byte[] {0x07, (byte) 0xE9, 3, 14, 9, 30, 0});
                chunk(out, "eXIf", exifTiff);
                added = true;
            }
            out.write(plain, pos, 12 + length);
            pos += 12 + length;
        }
        out.writeBytes("trailing data".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        byte[] length = new byte[4];
        put32(length, 0, data.length);
        out.writeBytes(length);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        byte[] sum = new byte[4];
        put32(sum, 0, crc.getValue());
        out.writeBytes(sum);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** The entropy-coded data of a JPEG: everything from the first start-of-scan marker to the end-of-image marker. */
    static byte[] scanData(byte[] jpeg) {
        int pos = 2;
        while (pos < jpeg.length) {
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == 0xDA) {
                int end = pos;
                for (int i = pos; i + 1 < jpeg.length; i++) {
                    if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xD9) {
                        end = i + 2;
                        break;
                    }
                }
                return java.util.Arrays.copyOfRange(jpeg, pos, end);
            }
            int length = (jpeg[pos + 2] & 0xFF) << 8 | jpeg[pos + 3] & 0xFF;
            pos += 2 + length;
        }
        throw new AssertionError("no scan");
    }

    static List<String> pngChunks(byte[] png) {
        List<String> chunks = new ArrayList<>();
        int pos = 8;
        while (pos + 8 <= png.length) {
            int length = (png[pos] & 0xFF) << 24 | (png[pos + 1] & 0xFF) << 16 | (png[pos + 2] & 0xFF) << 8 | png[pos + 3] & 0xFF;
            String type = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            chunks.add(type);
            pos += 12 + length;
            if (type.equals("IEND")) {
                break;
            }
        }
        return chunks;
    }
}

package dev.rounds.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import dev.rounds.build.BuildResult;
import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.output.ImageMetadataStripper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image metadata: GPS and owner findings, and published copies without metadata but with the same pixels. */
class ImageMetadataTest {
    @TempDir
    Path dir;

    private static Metadata read(byte[] bytes) throws Exception {
        return ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
    }

    private static List<String> directories(Metadata metadata) {
        return StreamSupport.stream(metadata.getDirectories().spliterator(), false).map(Directory::getName).toList();
    }

    private static void assertSamePixels(byte[] a, byte[] b) throws Exception {
        BufferedImage first = ImageIO.read(new ByteArrayInputStream(a));
        BufferedImage second = ImageIO.read(new ByteArrayInputStream(b));
        assertThat(second.getWidth()).isEqualTo(first.getWidth());
        assertThat(second.getHeight()).isEqualTo(first.getHeight());
        for (int y = 0; y < first.getHeight(); y++) {
            for (int x = 0; x < first.getWidth(); x++) {
                assertThat(second.getRGB(x, y)).isEqualTo(first.getRGB(x, y));
            }
        }
    }

    @Test
    void theTestJpegReallyCarriesGpsAndSerials() throws Exception {
        Metadata metadata = read(TestImages.jpegWithMetadata(TestImages.phoneExif(true, true)));
        assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation()).isNotNull();
        assertThat(ImageMetadataCheck.scan(TestImages.jpegWithMetadata(TestImages.phoneExif(true, true))))
                .extracting(Finding::rule).containsExactly(Rules.IMAGE_LOCATION, Rules.IMAGE_OWNER);
    }

    @Test
    void aJpegLosesItsMetadataButKeepsItsPixelsAndOrientation() throws Exception {
        byte[] original = TestImages.jpegWithMetadata(TestImages.phoneExif(true, true));
        byte[] clean = ImageMetadataStripper.strip(original);

        Metadata metadata = read(clean);
        assertThat(metadata.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
        assertThat(directories(metadata)).doesNotContain("Exif SubIFD", "XMP", "IPTC", "Photoshop", "JpegComment", "MPF");
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class).getInt(ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(6);
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class).getTagCount()).isEqualTo(1);
        assertThat(ImageMetadataCheck.scan(clean)).isEmpty();
        assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain("SN48151623", "Dr A Example", "bay 4", "Phonemaker");

        assertThat(TestImages.scanData(clean)).isEqualTo(TestImages.scanData(original));
        assertThat(clean[clean.length - 2] & 0xFF).isEqualTo(0xFF);
        assertThat(clean[clean.length - 1] & 0xFF).isEqualTo(0xD9);
        assertSamePixels(original, clean);
    }

    @Test
    void theColourProfileIsKept() throws Exception {
        byte[] plain = TestImages.encode("jpg");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(plain, 0, 2);
        TestImages.segment(out, 0xE2, "ICC_PROFILE\0\u0001\u0001profile-bytes".getBytes(StandardCharsets.ISO_8859_1));
        out.write(plain, 2, plain.length - 2);
        byte[] clean = ImageMetadataStripper.strip(out.toByteArray());
        assertThat(new String(clean, StandardCharsets.ISO_8859_1)).contains("ICC_PROFILE\0\u0001\u0001profile-bytes");
    }

    @Test
    void aPngLosesItsTextTimeAndExifChunks() throws Exception {
        byte[] original = TestImages.pngWithMetadata(TestImages.phoneExif(true, true));
        assertThat(TestImages.pngChunks(original)).contains("tEXt", "iTXt", "tIME", "eXIf");
        byte[] clean = ImageMetadataStripper.strip(original);
        List<String> chunks = TestImages.pngChunks(clean);
        assertThat(chunks).doesNotContain("tEXt", "iTXt", "zTXt", "tIME").contains("IHDR", "IDAT", "IEND");
        assertThat(chunks.get(chunks.size() - 1)).isEqualTo("IEND");
        assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain("Dr A Example", "Ward 4", "trailing data", "SN48151623");
        assertThat(read(clean).getDirectoriesOfType(GpsDirectory.class)).isEmpty();
        assertSamePixels(original, clean);
    }

    @Test
    void aPhotoWithGpsStopsTheBuildAndOneWithoutIsPublishedClean() throws Exception {
        SiteFixture site = new SiteFixture(dir)
                .bytes("static/images/ward.jpg", TestImages.jpegWithMetadata(TestImages.phoneExif(true, false)));
        BuildResult failed = site.build();
        assertThat(failed.published()).isFalse();
        assertThat(failed.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.IMAGE_LOCATION);
            assertThat(d.format(dir)).startsWith("static/images/ward.jpg:1:1: error: ");
        });

        byte[] withoutGps = TestImages.jpegWithMetadata(TestImages.phoneExif(false, false));
        site.bytes("static/images/ward.jpg", withoutGps);
        BuildResult built = site.build();
        assertThat(built.diagnostics()).isEmpty();
        byte[] published = site.sink.get("images/ward.jpg");
        assertThat(directories(read(published))).doesNotContain("Exif SubIFD", "XMP", "IPTC", "GPS");
        assertThat(new String(published, StandardCharsets.ISO_8859_1)).doesNotContain("Phonemaker");
        assertThat(TestImages.scanData(published)).isEqualTo(TestImages.scanData(withoutGps));
    }

    @Test
    void aCameraSerialNumberIsAnOwnerFinding() {
        SiteFixture site = new SiteFixture(dir).file("content/posts/2025-01-10-ward/index.md", "---\ntitle: Ward\n---\n![The ward](ward.jpg)\n")
                .bytes("content/posts/2025-01-10-ward/ward.jpg", TestImages.jpegWithMetadata(TestImages.phoneExif(false, true)));
        List<Diagnostic> found = site.build().diagnostics();
        assertThat(found).extracting(Diagnostic::rule).containsExactly(Rules.IMAGE_OWNER);
        assertThat(found.get(0).message()).contains("Body Serial Number").doesNotContain("SN48151623");

        site.file("content/posts/2025-01-10-ward/index.md", "---\ntitle: Ward\nconfidentiality:\n  allow:\n"
                + "    - {rule: image-owner, reason: \"my own camera; the published copy is stripped\"}\n---\n![The ward](ward.jpg)\n");
        BuildResult built = site.build();
        assertThat(built.diagnostics()).isEmpty();
        assertThat(new String(site.sink.get("2025/01/ward/ward.jpg"), StandardCharsets.ISO_8859_1)).doesNotContain("SN48151623");
    }

    @Test
    void aBrokenImageIsCopiedOnlyWhenItHoldsNoMetadata() {
        byte[] junk = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        SiteFixture site = new SiteFixture(dir).bytes("static/junk.png", junk);
        assertThat(site.build().diagnostics()).isEmpty();
        assertThat(site.sink.get("junk.png")).isEqualTo(junk);

        byte[] whole = TestImages.jpegWithMetadata(TestImages.phoneExif(false, false));
        site.bytes("static/junk.png", new byte[0]).bytes("static/cut.jpg", java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(site.build().diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("cannot remove this image's metadata safely"));
    }
}

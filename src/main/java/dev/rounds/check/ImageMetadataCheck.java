package dev.rounds.check;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import dev.rounds.diagnostic.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** GPS positions and camera owners or serial numbers in an image's metadata (read with metadata-extractor). */
final class ImageMetadataCheck {
    static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "jfif", "png", "tif", "tiff", "webp", "heic", "heif",
            "avif", "gif", "dng", "cr2", "nef", "arw", "orf", "rw2");

    private ImageMetadataCheck() {
    }

    static boolean isImage(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Findings at offset 0 (the whole file). */
    static List<Finding> scan(byte[] bytes) {
        List<Finding> findings = new ArrayList<>();
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return findings;
        }
        if (hasLocation(metadata)) {
            findings.add(new Finding(Rules.IMAGE_LOCATION, Severity.ERROR, 0, 0,
                    "the image's metadata holds the GPS position where it was taken: remove it from the file"
                            + " (most photo apps can; or exiftool -gps:all= FILE) before it goes into the site's sources"));
        }
        Set<String> owner = ownerTags(metadata);
        if (!owner.isEmpty()) {
            findings.add(new Finding(Rules.IMAGE_OWNER, Severity.ERROR, 0, 0,
                    "the image's metadata names the camera's owner or serial number (" + String.join(", ", owner)
                            + "): remove it from the file (exiftool -SerialNumber= -OwnerName= FILE)"));
        }
        return findings;
    }

    private static boolean hasLocation(Metadata metadata) {
        for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
            GeoLocation location = gps.getGeoLocation();
            if (location != null && !location.isZero()) {
                return true;
            }
        }
        for (XmpDirectory xmp : metadata.getDirectoriesOfType(XmpDirectory.class)) {
            for (Map.Entry<String, String> property : xmp.getXmpProperties().entrySet()) {
                String name = property.getKey().toLowerCase(Locale.ROOT);
                if ((name.endsWith(":gpslatitude") || name.endsWith(":gpslongitude") || name.endsWith("locationshown")
                        || name.endsWith("locationcreated")) && property.getValue() != null && !property.getValue().isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The names of the tags that say whose camera took the picture. */
    private static Set<String> ownerTags(Metadata metadata) {
        Set<String> found = new TreeSet<>();
        for (Directory directory : metadata.getDirectories()) {
            if (directory instanceof XmpDirectory xmp) {
                for (Map.Entry<String, String> property : xmp.getXmpProperties().entrySet()) {
                    String name = property.getKey().toLowerCase(Locale.ROOT);
                    if ((name.contains("serialnumber") || name.contains("ownername")) && property.getValue() != null
                            && !property.getValue().isBlank()) {
                        found.add(property.getKey());
                    }
                }
                continue;
            }
            for (Tag tag : directory.getTags()) {
                String name = tag.getTagName() == null ? "" : tag.getTagName().toLowerCase(Locale.ROOT);
                if ((name.contains("serial number") || name.contains("owner name") || name.contains("owner's name")
                        || name.equals("serial number") || name.contains("camera owner"))
                        && hasValue(directory.getString(tag.getTagType()))) {
                    found.add(tag.getTagName());
                }
            }
        }
        return found;
    }

    private static boolean hasValue(String value) {
        return value != null && !value.isBlank() && !value.strip().chars().allMatch(c -> c == '0' || c == ' ');
    }
}

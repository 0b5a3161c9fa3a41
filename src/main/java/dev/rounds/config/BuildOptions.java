package dev.rounds.config;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What one build is asked to do.
 *
 * @param now the moment that decides what is "future" (the clock, or SOURCE_DATE_EPOCH)
 */
public record BuildOptions(Path siteDir, Path outputDir, boolean drafts, boolean future,
                           Optional<String> baseUrlOverride, Instant now) {

    /** The current time, or {@code SOURCE_DATE_EPOCH} when it is set, so builds can be reproduced. */
    public static Instant nowOrSourceDateEpoch(String sourceDateEpoch) {
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("[0-9]{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
        }
        return Instant.now();
    }
}

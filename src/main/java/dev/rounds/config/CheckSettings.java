package dev.rounds.config;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What site.yaml says about the checks: the confidentiality guard's mode and the site's own
 * patterns and e-mail addresses, and the longest note before a warning.
 *
 * @param warnOnly true for {@code confidentiality.mode: warn}: confidentiality findings become warnings
 * @param patterns the site's own identifier formats ({@code confidentiality.patterns})
 * @param ownEmails the site's own addresses in lower case ({@code contact}, {@code feedback}, the authors' {@code email})
 * @param notesMaxLength {@code notes.max_length}: characters of text a note may have before a warning
 */
public record CheckSettings(boolean warnOnly, List<CustomPattern> patterns, Set<String> ownEmails, int notesMaxLength) {
    public static final int DEFAULT_NOTES_MAX_LENGTH = 500;
    public static final CheckSettings DEFAULT = new CheckSettings(false, List.of(), Set.of(), DEFAULT_NOTES_MAX_LENGTH);

    public CheckSettings {
        patterns = List.copyOf(patterns);
        ownEmails = Set.copyOf(ownEmails);
    }

    /**
     * A site's own format of an identifier, such as its hospital's patient numbers.
     *
     * @param id the rule id its findings carry (and that waivers name)
     * @param line where it is written in site.yaml
     */
    public record CustomPattern(String id, Pattern pattern, int line, int column) {
    }
}

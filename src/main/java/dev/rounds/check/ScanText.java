package dev.rounds.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of text being scanned: the text, the spans no rule looks inside (web addresses, DOIs,
 * ISBNs, link targets, waiver comments), and the spans a rule has already reported, so that one
 * value gives one finding.
 */
final class ScanText {
    private static final Pattern EXCLUDED = Pattern.compile(String.join("|",
            // web addresses, with or without a scheme
            "(?i)\\b(?:https?|ftp)://[^\\s<>\"'`\\])]+",
            "(?i)\\bwww\\.[^\\s<>\"'`\\])]+",
            "(?i)\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|uk|gov|nhs|int|edu|io|eu|info|scot|wales)/[^\\s<>\"'`\\])]*",
            // DOIs, PMIDs and other registry identifiers
            "(?i)\\b(?:doi:\\s*)?10\\.\\d{4,9}/[^\\s<>\"'`\\]]+",
            "(?i)\\b(?:PMID|PMCID|PMC|arXiv|ISSN|ORCID)\\b[:\\s]*[0-9A-Z.\\-/]+",
            // ISBNs: the numbers after ISBN, also a list of them
            "(?i)\\bISBN(?:-?1[03])?(?:\\s*[:=]\\s*|\\s+)(?:[0-9X][- ]?){9,13}(?:\\s*[,;/]\\s*(?:ISBN(?:-?1[03])?:?\\s*)?(?:[0-9X][- ]?){9,13})*",
            // Markdown link and image targets, and HTML link attributes
            "\\]\\([^)\\s]*",
            "(?i)\\b(?:href|src|srcset|poster|action)\\s*=\\s*(?:\"[^\"]*\"|'[^']*')",
            "(?m)^ {0,3}\\[[^\\]]+\\]:\\s*\\S+"));

    private final String text;
    private final String lower;
    private final List<int[]> excluded = new ArrayList<>();
    private final List<int[]> claimed = new ArrayList<>();

    ScanText(String text, List<int[]> alsoExcluded) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        Matcher matcher = EXCLUDED.matcher(text);
        while (matcher.find()) {
            excluded.add(new int[] {matcher.start(), matcher.end()});
        }
        excluded.addAll(alsoExcluded);
    }

    String text() {
        return text;
    }

    /** The text in lower case, with the same offsets (the text is checked to keep its length). */
    String lower() {
        return lower.length() == text.length() ? lower : text;
    }

    boolean isExcluded(int start, int end) {
        return overlaps(excluded, start, end);
    }

    boolean isClaimed(int start, int end) {
        return overlaps(claimed, start, end);
    }

    void claim(int start, int end) {
        claimed.add(new int[] {start, end});
    }

    /** Whether {@code pattern} matches, outside the excluded spans, between {@code from} and {@code to}. */
    boolean hasKeyword(Pattern pattern, int from, int to) {
        return nearestKeyword(pattern, from, to, -1) >= 0;
    }

    /**
     * The start of the match of {@code pattern} in [{@code from}, {@code to}) that is outside the
     * excluded spans and nearest to {@code around} (any one when {@code around} is negative), or -1.
     */
    int nearestKeyword(Pattern pattern, int from, int to, int around) {
        Matcher matcher = pattern.matcher(text);
        matcher.region(Math.max(0, from), Math.min(text.length(), to));
        matcher.useTransparentBounds(true);
        int best = -1;
        while (matcher.find()) {
            if (isExcluded(matcher.start(), matcher.end())) {
                continue;
            }
            if (around < 0) {
                return matcher.start();
            }
            if (best < 0 || Math.abs(matcher.start() - around) < Math.abs(best - around)) {
                best = matcher.start();
            }
        }
        return best;
    }

    char charAt(int index) {
        return index >= 0 && index < text.length() ? text.charAt(index) : '\0';
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (start < span[1] && end > span[0]) {
                return true;
            }
        }
        return false;
    }
}

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
    /** Spans no rule looks inside, each pattern run only when the text holds its trigger (most text holds none). */
    private static final String[][] TRIGGERS = {
        {"://", "(?i)\\b(?:https?|ftp)://[^\\s<>\"'`\\])]+"},
        {"www.", "(?i)\\bwww\\.[^\\s<>\"'`\\])]+"},
        // DOIs, PMIDs and other registry identifiers
        {"10.", "(?i)\\b(?:doi:\\s*)?10\\.\\d{4,9}/[^\\s<>\"'`\\]]+"},
        {"pm", "(?i)\\b(?:PMID|PMCID|PMC)\\b[:\\s]*[0-9A-Z.\\-/]+"},
        {"arxiv", "(?i)\\barXiv\\b[:\\s]*[0-9A-Z.\\-/]+"},
        {"issn", "(?i)\\bISSN\\b[:\\s]*[0-9X-]+"},
        {"orcid", "(?i)\\bORCID\\b[:\\s]*[0-9X-]+"},
        // ISBNs: the numbers after ISBN, also a list of them
        {"isbn", "(?i)\\bISBN(?:-?1[03])?(?:\\s*[:=]\\s*|\\s+)(?:[0-9X][- ]?){9,13}(?:\\s*[,;/]\\s*(?:ISBN(?:-?1[03])?:?\\s*)?(?:[0-9X][- ]?){9,13})*"},
        // Markdown link and image targets, link reference definitions, and HTML link attributes
        {"](", "\\]\\([^)\\s]*"},
        {"]:", "(?m)^ {0,3}\\[[^\\]]+\\]:\\s*\\S+"},
        {"=", "(?i)\\b(?:href|src|srcset|poster|action)\\s*=\\s*(?:\"[^\"]*\"|'[^']*')"},
    };
    private static final Pattern[] EXCLUDED = java.util.Arrays.stream(TRIGGERS).map(t -> Pattern.compile(t[1])).toArray(Pattern[]::new);
    /** Top-level domains that mark a bare web address (nhs.uk/conditions/…) before a slash. */
    private static final java.util.Set<String> DOMAINS = java.util.Set.of("com", "org", "net", "uk", "gov", "nhs", "int", "edu",
            "io", "eu", "info", "scot", "wales", "us", "ca", "au", "ie", "de", "fr", "nl");

    private final String text;
    private final String lower;
    private final List<int[]> excluded = new ArrayList<>();
    private final List<int[]> claimed = new ArrayList<>();

    ScanText(String text, List<int[]> alsoExcluded) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < TRIGGERS.length; i++) {
            if (lower.contains(TRIGGERS[i][0])) {
                Matcher matcher = EXCLUDED[i].matcher(text);
                while (matcher.find()) {
                    excluded.add(new int[] {matcher.start(), matcher.end()});
                }
            }
        }
        bareAddresses();
        excluded.addAll(alsoExcluded);
    }

    /** Web addresses without a scheme: a host ending in a known domain, then a slash and a path. */
    private void bareAddresses() {
        for (int slash = text.indexOf('/'); slash > 0; slash = text.indexOf('/', slash + 1)) {
            int dot = slash - 1;
            while (dot >= 0 && Character.isLetter(text.charAt(dot))) {
                dot--;
            }
            if (dot < 1 || text.charAt(dot) != '.' || !DOMAINS.contains(text.substring(dot + 1, slash).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int start = dot;
            while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.'
                    || text.charAt(start - 1) == '-')) {
                start--;
            }
            int end = slash;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && "<>\"'`])".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            excluded.add(new int[] {start, end});
            slash = end - 1;
        }
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

    /** Whether the lower-case text contains any of {@code words}: a cheap test before a costly pattern. */
    boolean mentions(String... words) {
        String lowered = lower();
        for (String word : words) {
            if (lowered.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The starts of the runs of digits in the text whose length is one of {@code lengths}
     * (a run is digits not preceded or followed by a digit): where a numeric pattern can begin.
     */
    int[] digitRuns(int minLength, int maxLength) {
        int[] starts = new int[16];
        int count = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            int start = i;
            while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            int run = i - start;
            if (run >= minLength && run <= maxLength) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = start;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
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

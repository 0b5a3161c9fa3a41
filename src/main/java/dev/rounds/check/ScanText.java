package dev.rounds.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A piece of text being scanned: the text, the spans no rule looks inside (web addresses, DOIs,
 * ISBNs, link targets, waiver comments), and the spans a rule has already reported, so that one
 * value gives one finding.
 *
 * <p>One pass over the text finds what the rules' patterns begin with (their words, runs of
 * digits, the starts of phone numbers, the inward codes of postcodes), so that each pattern is
 * tried only there (see {@link Candidates}) rather than run over the whole text.
 */
final class ScanText {
    /**
     * Spans no rule looks inside. Each pattern is tried only where a match can start: at its
     * anchors (a word every match holds, in any case of its ASCII letters, as {@code (?i)} reads
     * them) moved back by each of its shifts. Most text holds none of the anchors.
     */
    private static final Exclusion[] EXCLUSIONS = {
        // "https://", "http://", "ftp://": the scheme starts 5, 4 or 3 characters before "://"
        new Exclusion("(?i)\\b(?:https?|ftp)://[^\\s<>\"'`\\])]+", new String[] {"://"}, -5, -4, -3),
        new Exclusion("(?i)\\bwww\\.[^\\s<>\"'`\\])]+", new String[] {"www."}, 0),
        // DOIs, PMIDs and other registry identifiers
        new Exclusion("(?i)\\b(?:doi:\\s*)?10\\.\\d{4,9}/[^\\s<>\"'`\\]]+", new String[] {"doi:", "10."}, 0),
        new Exclusion("(?i)\\b(?:PMID|PMCID|PMC)\\b[:\\s]*[0-9A-Z.\\-/]+", new String[] {"pm"}, 0),
        new Exclusion("(?i)\\barXiv\\b[:\\s]*[0-9A-Z.\\-/]+", new String[] {"arxiv"}, 0),
        new Exclusion("(?i)\\bISSN\\b[:\\s]*[0-9X-]+", new String[] {"issn"}, 0),
        new Exclusion("(?i)\\bORCID\\b[:\\s]*[0-9X-]+", new String[] {"orcid"}, 0),
        // ISBNs: the numbers after ISBN, also a list of them
        new Exclusion("(?i)\\bISBN(?:-?1[03])?(?:\\s*[:=]\\s*|\\s+)(?:[0-9X][- ]?){9,13}(?:\\s*[,;/]\\s*(?:ISBN(?:-?1[03])?:?\\s*)?(?:[0-9X][- ]?){9,13})*",
                new String[] {"isbn"}, 0),
        // Markdown link and image targets, link reference definitions, and HTML link attributes
        new Exclusion("\\]\\([^)\\s]*", new String[] {"]("}, 0),
        // a definition starts at a line start, which can be far before its "]:"
        new Exclusion("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*\\S+", new String[] {"]:"}),
        new Exclusion("(?i)\\b(?:href|src|srcset|poster|action)\\s*=\\s*(?:\"[^\"]*\"|'[^']*')",
                new String[] {"href", "src", "poster", "action"}, 0),
    };
    /**
     * Markup the checks of a body look for: waiver comments, HTML comments, images (Markdown and
     * HTML) for the alt-text check.
     */
    static final String[] MARKUP = {"rounds:allow", "<!--", "![", "<img"};
    /** Every word the pass looks for: the exclusions' anchors, the words the rules' own patterns begin with, and markup. */
    private static final Candidates.Words WORDS = new Candidates.Words(Stream.of(
            Arrays.stream(EXCLUSIONS).flatMap(e -> Arrays.stream(e.anchors)),
            Arrays.stream(IdentifierCheck.HOSPITAL_LABELS),
            Arrays.stream(DateCheck.BIRTH_WORDS),
            Arrays.stream(DateCheck.EVENT_WORDS),
            Arrays.stream(MARKUP)).flatMap(s -> s).distinct().toArray(String[]::new));
    private static final Map<String, Integer> WORD_INDEX = new HashMap<>();
    /** Top-level domains that mark a bare web address (nhs.uk/conditions/…) before a slash. */
    private static final java.util.Set<String> DOMAINS = java.util.Set.of("com", "org", "net", "uk", "gov", "nhs", "int", "edu",
            "io", "eu", "info", "scot", "wales", "us", "ca", "au", "ie", "de", "fr", "nl");

    static {
        for (int k = 0; k < WORDS.size(); k++) {
            WORD_INDEX.put(WORDS.get(k), k);
        }
        for (Exclusion exclusion : EXCLUSIONS) {
            exclusion.anchorIndices = Arrays.stream(exclusion.anchors).mapToInt(WORD_INDEX::get).toArray();
        }
    }

    private final String text;
    private final char[] chars;
    /** Whether the text holds U+0130 (İ), whose lower case is two characters: then {@link #lower()} is the text as written. */
    private boolean dottedCapitalI;
    private String lower;
    private final List<int[]> excluded = new ArrayList<>();
    private final List<int[]> claimed = new ArrayList<>();

    /** Found by the pass: where each of {@link #WORDS} starts (null: nowhere). */
    private final Candidates.Ints[] words = new Candidates.Ints[WORDS.size()];
    /** Found by the pass: the start and length of each run of ASCII digits, in turn. */
    private final Candidates.Ints runs = new Candidates.Ints();
    private final Candidates.Ints phoneStarts = new Candidates.Ints();
    private final Candidates.Ints inwardCodes = new Candidates.Ints();
    private final Candidates.Ints slashes = new Candidates.Ints();
    private final Candidates.Ints lineBreaks = new Candidates.Ints();
    private final Candidates.Ints backticks = new Candidates.Ints();
    private int firstAt = -1;
    private boolean hyphen;

    ScanText(String text, List<int[]> alsoExcluded) {
        this(text);
        exclude(alsoExcluded);
    }

    /** The text, with the spans of the patterns no rule looks inside excluded. */
    ScanText(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        index(chars);
        for (Exclusion exclusion : EXCLUSIONS) {
            int[][] at = new int[exclusion.anchors.length][];
            boolean any = false;
            for (int k = 0; k < at.length; k++) {
                at[k] = Candidates.Ints.toArray(words[exclusion.anchorIndices[k]]);
                any |= at[k].length > 0;
            }
            if (!any) {
                continue;
            }
            int[] starts = exclusion.shifts == null ? lineStarts() : Candidates.shifted(text.length(), exclusion.shifts, at);
            Candidates matches = new Candidates(exclusion.pattern, text, starts);
            while (matches.find()) {
                excluded.add(new int[] {matches.matcher().start(), matches.matcher().end()});
            }
        }
        bareAddresses();
    }

    /** Excludes more spans ({@code [start, end)} pairs): no rule looks inside them. */
    void exclude(List<int[]> spans) {
        excluded.addAll(spans);
    }

    /** What each ASCII character can begin, for the pass: nothing (0), or any of these. */
    private static final byte[] KINDS = new byte[128];
    private static final byte DIGIT = 1;
    private static final byte PHONE_SIGN = 2;
    private static final byte SLASH = 4;
    private static final byte LINE_BREAK = 8;
    private static final byte AT_SIGN = 16;
    private static final byte HYPHEN = 32;
    private static final byte BACKTICK = 64;

    static {
        for (char c = '0'; c <= '9'; c++) {
            KINDS[c] |= DIGIT;
        }
        KINDS['+'] |= PHONE_SIGN;
        KINDS['('] |= PHONE_SIGN;
        KINDS['/'] |= SLASH;
        KINDS['\n'] |= LINE_BREAK;
        KINDS['\r'] |= LINE_BREAK;
        KINDS['@'] |= AT_SIGN;
        KINDS['-'] |= HYPHEN;
        KINDS['`'] |= BACKTICK;
    }

    /**
     * The one pass over the text: what every rule looks for first. (Every index is tested for a
     * word, without a test first whether its character can begin one: on a text that test goes
     * either way too often for the processor to guess it, and the loop ran half as fast.)
     */
    private void index(char[] chars) {
        int length = chars.length;
        int runEnd = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            char next = i + 1 < length ? chars[i + 1] : '\0';
            if ((c | next) < 128 && WORDS.mayBegin(c << 7 | next)) {
                word(chars, i);
            }
            if (c >= 128) {
                if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    lineBreaks.add(i);
                } else if (Character.isDigit(c)) {
                    inwardCode(chars, i);
                } else if (c == '\u0130') {
                    dottedCapitalI = true;
                }
                continue;
            }
            int kind = KINDS[c];
            if (kind == 0) {
                continue;
            }
            if ((kind & DIGIT) != 0) {
                if (i >= runEnd) {
                    runEnd = i + 1;
                    while (runEnd < length && chars[runEnd] >= '0' && chars[runEnd] <= '9') {
                        runEnd++;
                    }
                    runs.add(i);
                    runs.add(runEnd - i);
                }
                inwardCode(chars, i);
            }
            // ContactCheck.PHONE: a digit, '+' or '(' after none of [\w+/.,:-] (its look-behind)
            if ((kind & (DIGIT | PHONE_SIGN)) != 0 && (i == 0 || !isWordOrJoiner(chars[i - 1]))) {
                phoneStarts.add(i);
            }
            if ((kind & SLASH) != 0) {
                slashes.add(i);
            } else if ((kind & LINE_BREAK) != 0) {
                lineBreaks.add(i);
            } else if ((kind & BACKTICK) != 0) {
                backticks.add(i);
            } else if ((kind & HYPHEN) != 0) {
                hyphen = true;
            } else if ((kind & AT_SIGN) != 0 && firstAt < 0) {
                firstAt = i;
            }
        }
    }

    /** Notes each of {@link #WORDS} that starts at {@code i}. */
    private void word(char[] chars, int i) {
        for (int k : WORDS.beginningWith(chars[i])) {
            if (WORDS.startsAt(chars, i, k)) {
                if (words[k] == null) {
                    words[k] = new Candidates.Ints();
                }
                words[k].add(i);
            }
        }
    }

    /** ContactCheck.postcodes: a digit (from index 1) and two capital letters, where an inward code can start. */
    private void inwardCode(char[] chars, int i) {
        if (i >= 1 && i + 2 < chars.length && isCapital(chars[i + 1]) && isCapital(chars[i + 2])) {
            inwardCodes.add(i);
        }
    }

    /** {@code [\w+/.,:-]}: what may not come just before a phone number. */
    private static boolean isWordOrJoiner(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '+' || c == '/' || c == '.'
                || c == ',' || c == ':' || c == '-';
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Every index where {@code (?m)^} can match: the start, and after each line terminator. */
    int[] lineStarts() {
        int[] starts = new int[lineBreaks.size() + 1];
        for (int i = 0; i < lineBreaks.size(); i++) {
            starts[i + 1] = lineBreaks.get(i) + 1;
        }
        return starts;
    }

    /** Web addresses without a scheme: a host ending in a known domain, then a slash and a path. */
    private void bareAddresses() {
        // (a text that starts with a slash has none: so it has always been)
        if (slashes.size() == 0 || slashes.get(0) == 0) {
            return;
        }
        int after = 0;
        for (int s = 0; s < slashes.size(); s++) {
            int slash = slashes.get(s);
            if (slash < after) {
                continue;
            }
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
            after = end;
        }
    }

    String text() {
        return text;
    }

    /** The text in lower case, with the same offsets (the text is checked to keep its length). */
    String lower() {
        if (lower == null) {
            lower = text.toLowerCase(Locale.ROOT);
        }
        return lower.length() == text.length() ? lower : text;
    }

    /**
     * Where any of {@code words} starts, in any case of its ASCII letters (as a {@code (?i)} pattern
     * matches them), ascending. Each must be one of the words the pass looks for.
     */
    int[] starts(String... words) {
        int[][] at = new int[words.length][];
        for (int k = 0; k < words.length; k++) {
            Integer index = WORD_INDEX.get(words[k]);
            if (index == null) {
                throw new IllegalArgumentException("not a word the scan looks for: " + words[k]);
            }
            at[k] = Candidates.Ints.toArray(this.words[index]);
        }
        return at.length == 1 ? at[0] : Candidates.shifted(text.length(), new int[] {0}, at);
    }

    /** Where {@code word} (one of the words the pass looks for) starts, as written: in the same case. */
    int[] startsAsWritten(String word) {
        Candidates.Ints found = null;
        for (int at : starts(word)) {
            if (text.startsWith(word, at)) {
                if (found == null) {
                    found = new Candidates.Ints();
                }
                found.add(at);
            }
        }
        return Candidates.Ints.toArray(found);
    }

    /** Each index of a backtick, ascending. */
    int[] backticks() {
        return backticks.toArray();
    }

    /** The index of the first '@', or -1. */
    int firstAtSign() {
        return firstAt;
    }

    /** Whether the text holds a '-'. */
    boolean hasHyphen() {
        return hyphen;
    }

    /** Where {@code ContactCheck.PHONE} can match: a digit, '+' or '(' after none of the characters its look-behind rules out. */
    int[] phoneStarts() {
        return phoneStarts.toArray();
    }

    /** Each index (from 1) of a digit followed by two capital letters: where a postcode's inward code can start. */
    int[] inwardCodes() {
        return inwardCodes.toArray();
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
    boolean mentions(Candidates.Words words) {
        // lower() without making it: its characters are the text's lower-cased one by one, unless it is the text itself
        return dottedCapitalI ? words.anyIn(text) : words.anyInLowerCase(chars);
    }

    /**
     * The starts of the runs of digits in the text whose length is one of {@code lengths}
     * (a run is digits not preceded or followed by a digit): where a numeric pattern can begin.
     */
    int[] digitRuns(int minLength, int maxLength) {
        Candidates.Ints starts = new Candidates.Ints();
        for (int i = 0; i < runs.size(); i += 2) {
            int run = runs.get(i + 1);
            if (run >= minLength && run <= maxLength) {
                starts.add(runs.get(i));
            }
        }
        return starts.toArray();
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

    /** A pattern of spans no rule looks inside, and the anchors it is tried at. */
    private static final class Exclusion {
        final Pattern pattern;
        final String[] anchors;
        /** The anchors' indices in {@link #WORDS}. */
        int[] anchorIndices;
        /** Where a match can start, from an anchor; null: at any line start, when an anchor occurs. */
        final int[] shifts;

        Exclusion(String pattern, String[] anchors, int... shifts) {
            this.pattern = Pattern.compile(pattern);
            this.anchors = anchors;
            this.shifts = shifts.length == 0 ? null : shifts;
        }
    }

    /** The patterns of the excluded spans, in order (for tests). */
    static List<Pattern> exclusionPatterns() {
        return Arrays.stream(EXCLUSIONS).map(e -> e.pattern).toList();
    }

    /** The excluded spans, in the order found (for tests). */
    List<int[]> excludedSpans() {
        return List.copyOf(excluded);
    }
}

package dev.rounds.check;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only where a match can start, instead of at every index of the text: the rules'
 * patterns each begin with a word or a character that a plain search finds far faster than the
 * regular-expression engine, and most text holds none of them.
 *
 * <p>The matches are exactly those of {@link Matcher#find()} over the whole text, as long as the
 * starts given hold every index at which the pattern can match (more do no harm). {@code find()}
 * reports, step by step, the match at the lowest index from the end of the match before; this
 * tries the given starts in order from the same place, and {@code lookingAt()} at an index gives
 * the very match {@code find()} gives there. Transparent bounds let look-behinds, look-aheads and
 * {@code \b} see the whole text, and non-anchoring bounds keep {@code ^} and {@code $} at the
 * text's lines, as for {@code find()}.
 */
final class Candidates {
    private static final int[] NONE = {};

    private final Pattern pattern;
    private final String text;
    private final int[] starts;
    private final int length;
    /** Made when first needed: most texts give a pattern nowhere to start. */
    private Matcher matcher;
    private int next;
    private int from;

    /** @param starts ascending indices of {@code text} */
    Candidates(Pattern pattern, String text, int[] starts) {
        this.pattern = pattern;
        this.text = text;
        this.starts = starts;
        this.length = text.length();
    }

    /** Moves to the next match, as {@link Matcher#find()} would; the match is then read from {@link #matcher()}. */
    boolean find() {
        while (next < starts.length) {
            int start = starts[next++];
            if (start < from) {
                continue;
            }
            if (matcher == null) {
                matcher = pattern.matcher(text);
                matcher.useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(start, length);
            if (matcher.lookingAt()) {
                from = matcher.end() == start ? start + 1 : matcher.end();
                return true;
            }
        }
        return false;
    }

    /** The matcher, at the match {@link #find()} moved to. */
    Matcher matcher() {
        return matcher;
    }

    /**
     * The indices {@code at + shift} for every {@code at} of the given arrays and every shift,
     * within the text ({@code [0, length)}), ascending and each once.
     */
    static int[] shifted(int length, int[] shifts, int[]... at) {
        int total = 0;
        for (int[] indices : at) {
            total += indices.length;
        }
        if (total == 0) {
            return NONE;
        }
        int[] starts = new int[total * shifts.length];
        int count = 0;
        for (int[] indices : at) {
            for (int index : indices) {
                for (int shift : shifts) {
                    int start = index + shift;
                    if (start >= 0 && start < length) {
                        starts[count++] = start;
                    }
                }
            }
        }
        Arrays.sort(starts, 0, count);
        int unique = 0;
        for (int i = 0; i < count; i++) {
            if (unique == 0 || starts[i] != starts[unique - 1]) {
                starts[unique++] = starts[i];
            }
        }
        return Arrays.copyOf(starts, unique);
    }

    /** A growing list of ints. */
    static final class Ints {
        private int[] values = NONE;
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(8, size * 2));
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int get(int index) {
            return values[index];
        }

        int[] toArray() {
            return size == 0 ? NONE : Arrays.copyOf(values, size);
        }

        static int[] toArray(Ints ints) {
            return ints == null ? NONE : ints.toArray();
        }
    }

    /**
     * Short ASCII words (two characters or more) to look for in a text: a table of the words' first
     * two characters rules out almost every index at once.
     */
    static final class Words {
        private final String[] words;
        /** One bit for each pair of characters (first << 7 | second) that begins a word. */
        private final long[] pairs = new long[128 * 128 / 64];
        /** For each first character, the indices of the words that begin with it, or null. */
        private final int[][] byFirst = new int[128][];

        Words(String... words) {
            this.words = words.clone();
            for (int k = 0; k < words.length; k++) {
                String word = words[k];
                if (word.length() < 2 || word.chars().anyMatch(c -> c >= 128)) {
                    throw new IllegalArgumentException("not two ASCII characters or more: " + word);
                }
                for (char first : cases(word.charAt(0))) {
                    for (char second : cases(word.charAt(1))) {
                        int pair = first << 7 | second;
                        pairs[pair >>> 6] |= 1L << pair;
                    }
                }
                int[] indices = byFirst[word.charAt(0)] == null ? new int[0] : byFirst[word.charAt(0)];
                indices = Arrays.copyOf(indices, indices.length + 1);
                indices[indices.length - 1] = k;
                byFirst[word.charAt(0)] = indices;
            }
        }

        int size() {
            return words.length;
        }

        String get(int index) {
            return words[index];
        }

        /**
         * Whether a word can begin with the characters {@code first << 7 | second} (both ASCII, in
         * any case of their letters): a test cheap enough to make at every index of a text.
         */
        boolean mayBegin(int pair) {
            return (pairs[pair >>> 6] & 1L << pair) != 0;
        }

        /** The indices of the words that begin with {@code first} (in any case of an ASCII letter), or null. */
        int[] beginningWith(char first) {
            return first < 128 ? byFirst[foldAscii(first)] : null;
        }

        /** Whether word {@code index} starts at {@code at} in {@code chars}, its ASCII letters in any case. */
        boolean startsAt(char[] chars, int at, int index) {
            String word = words[index];
            int length = word.length();
            if (at + length > chars.length) {
                return false;
            }
            for (int j = 0; j < length; j++) {
                char c = chars[at + j];
                if (c != word.charAt(j) && (c < 'A' || c > 'Z' || c + ('a' - 'A') != word.charAt(j))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Each index {@code at + shift} (within the text) for every {@code at} where one of the
         * words starts in {@code text}, its ASCII letters in any case; ascending.
         */
        int[] startsIn(String text, int shift) {
            char[] chars = text.toCharArray();
            Ints starts = null;
            int last = chars.length - 1;
            for (int i = 0; i < last; i++) {
                char first = chars[i];
                char second = chars[i + 1];
                if ((first | second) >= 128 || !mayBegin(first << 7 | second)) {
                    continue;
                }
                for (int k : beginningWith(first)) {
                    if (startsAt(chars, i, k)) {
                        if (i + shift >= 0 && i + shift < chars.length) {
                            if (starts == null) {
                                starts = new Ints();
                            }
                            starts.add(i + shift);
                        }
                        break;
                    }
                }
            }
            return Ints.toArray(starts);
        }

        /**
         * Whether any of the words (in lower case) occurs in {@code chars} lower-cased as
         * {@code String.toLowerCase} would where it keeps the length: ASCII capitals, and the
         * Kelvin sign, the one other character whose lower case is ASCII.
         */
        boolean anyInLowerCase(char[] chars) {
            int last = chars.length - 1;
            for (int i = 0; i < last; i++) {
                char first = toLowerCase(chars[i]);
                char second = toLowerCase(chars[i + 1]);
                if (first >= 128 || second >= 128 || !mayBegin(first << 7 | second)) {
                    continue;
                }
                for (int k : byFirst[first]) {
                    String word = words[k];
                    int j = 0;
                    while (j < word.length() && i + j < chars.length && toLowerCase(chars[i + j]) == word.charAt(j)) {
                        j++;
                    }
                    if (j == word.length()) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static char toLowerCase(char c) {
            return c == '\u212A' ? 'k' : foldAscii(c);
        }

        /** Whether any of the words occurs in {@code text} (as written: in lower case, they match lower case only). */
        boolean anyIn(String text) {
            int last = text.length() - 1;
            for (int i = 0; i < last; i++) {
                char first = text.charAt(i);
                char second = text.charAt(i + 1);
                if (first >= 128 || second >= 128 || !mayBegin(first << 7 | second)) {
                    continue;
                }
                for (int k : byFirst[foldAscii(first)]) {
                    if (text.startsWith(words[k], i)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The character, and its other case when it is an ASCII letter. */
    private static char[] cases(char c) {
        if (c >= 'a' && c <= 'z') {
            return new char[] {c, (char) (c - ('a' - 'A'))};
        }
        return c >= 'A' && c <= 'Z' ? new char[] {c, (char) (c + ('a' - 'A'))} : new char[] {c};
    }

    /** An ASCII capital letter in lower case, any other character as it is: how {@code (?i)} compares letters. */
    static char foldAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}

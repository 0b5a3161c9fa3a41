package dev.rounds.readability;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the syllables of an English word by its spelling: vowel groups, less a silent final
 * {@code e} and a silent {@code -es} or {@code -ed}, plus the common vowel pairs spoken as two
 * ({@code di-a-be-tes}, {@code vi-o-lin}). An estimate, as every readability tool's is; initialisms
 * ({@code NHS}, {@code DKA}) count a syllable per letter.
 */
public final class Syllables {
    private static final Pattern VOWEL_GROUPS = Pattern.compile("[aeiouy]+");
    /** Vowel pairs spoken as two syllables (outside the endings -tion, -cial and the like). */
    /** Made once: {@code String.replaceAll} compiles its pattern at every call, and this runs for every word. */
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern NOT_A_TO_Z = Pattern.compile("[^a-z]");
    private static final Pattern TWO_SYLLABLE_PAIRS = Pattern.compile("(?<![cgst])ia|(?<![cgst])io|iu|(?<![qg])ua(?!y)|eo(?![pu])|uo|ii|[^aeiou]ie(?=r$|st$|t$)");

    private Syllables() {
    }

    public static int count(String word) {
        String letters = lettersAndDigits(word);
        if (letters.isEmpty()) {
            return 0;
        }
        if (isInitialism(letters)) {
            int count = 0;
            for (char c : letters.toCharArray()) {
                count += c == 'W' || c == '7' ? 3 : c == '0' ? 2 : 1;
            }
            return count;
        }
        String w = lowerCaseLetters(letters);
        if (w.isEmpty()) {
            return 1;
        }
        if (w.length() <= 3) {
            return 1;
        }
        int count = vowelGroups(w);
        if (mayHaveTwoSyllablePair(w)) {
            Matcher pairs = TWO_SYLLABLE_PAIRS.matcher(w);
            while (pairs.find()) {
                count++;
            }
        }
        if (w.endsWith("e") && !w.endsWith("ee") && !w.endsWith("ie") && !w.endsWith("ye") && !consonantLe(w)) {
            count--; // "make", "time"
        } else if (w.endsWith("es") && !sibilantBefore(w, 2) && !w.endsWith("ies") && !w.endsWith("ees") && vowelBefore(w, 2)) {
            count--; // "makes", "times"; not "boxes", "uses"
        } else if (w.endsWith("ed") && !w.endsWith("ted") && !w.endsWith("ded") && !w.endsWith("eed") && vowelBefore(w, 2)) {
            count--; // "jumped", "played"; not "wanted", "needed"
        }
        return Math.max(1, count);
    }

    /** The word's letters and digits ({@code \\p{L}}, {@code \\p{N}}): without a pattern when it is ASCII. */
    private static String lettersAndDigits(String word) {
        if (!isAscii(word)) {
            return NOT_LETTER_OR_DIGIT.matcher(word).replaceAll("");
        }
        StringBuilder kept = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!letterOrDigit && kept == null) {
                kept = new StringBuilder(word.length()).append(word, 0, i);
            } else if (letterOrDigit && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? word : kept.toString();
    }

    /** The letters a to z of the word in lower case: without a pattern when it is ASCII. */
    private static String lowerCaseLetters(String letters) {
        if (!isAscii(letters)) {
            return NOT_A_TO_Z.matcher(letters.toLowerCase(Locale.ROOT)).replaceAll("");
        }
        StringBuilder w = new StringBuilder(letters.length());
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                w.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z') {
                w.append(c);
            }
        }
        return w.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** How many matches of {@link #VOWEL_GROUPS} {@code w} (letters a to z) has: its runs of vowels. */
    private static int vowelGroups(String w) {
        int groups = 0;
        boolean inGroup = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = isVowelOrY(w.charAt(i));
            if (vowel && !inGroup) {
                groups++;
            }
            inGroup = vowel;
        }
        return groups;
    }

    private static boolean isVowelOrY(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    /** Whether {@code w} has i, u or e before a vowel: every match of {@link #TWO_SYLLABLE_PAIRS} holds one. */
    private static boolean mayHaveTwoSyllablePair(String w) {
        for (int i = 0; i + 1 < w.length(); i++) {
            char c = w.charAt(i);
            char next = w.charAt(i + 1);
            if ((c == 'i' || c == 'u' || c == 'e') && (next == 'a' || next == 'e' || next == 'i' || next == 'o' || next == 'u')) {
                return true;
            }
        }
        return false;
    }

    /** All capitals and no vowel (NHS, GP, DKA), or letters mixed with digits (HbA1c). */
    private static boolean isInitialism(String token) {
        if (isAscii(token)) {
            // the same tests, without streams, for the usual word
            boolean digits = false;
            boolean letters = false;
            boolean lowerCase = false;
            boolean vowel = false;
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                digits |= c >= '0' && c <= '9';
                letters |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
                lowerCase |= c >= 'a' && c <= 'z';
                vowel |= "AEIOU".indexOf(c) >= 0;
            }
            if (digits && letters) {
                return true;
            }
            return token.length() >= 2 && !lowerCase && letters && !vowel;
        }
        boolean digits = token.chars().anyMatch(Character::isDigit);
        boolean letters = token.chars().anyMatch(Character::isLetter);
        if (digits && letters) {
            return true;
        }
        if (token.length() < 2 || !token.equals(token.toUpperCase(Locale.ROOT)) || !letters) {
            return false;
        }
        return token.chars().noneMatch(c -> "AEIOU".indexOf(c) >= 0);
    }

    /** "table", "little": a consonant and -le make a syllable of their own. */
    private static boolean consonantLe(String w) {
        return w.length() > 3 && w.endsWith("le") && "aeiouy".indexOf(w.charAt(w.length() - 3)) < 0;
    }

    /** Whether the ending of {@code suffixLength} letters follows s, x, z, ch, sh, ge or ce (where -es is spoken). */
    private static boolean sibilantBefore(String w, int suffixLength) {
        String stem = w.substring(0, w.length() - suffixLength);
        return stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch") || stem.endsWith("sh")
                || stem.endsWith("g") || stem.endsWith("c");
    }

    /** Whether the stem before the ending still has a vowel (so that dropping the ending leaves a syllable). */
    private static boolean vowelBefore(String w, int suffixLength) {
        String stem = w.substring(0, w.length() - suffixLength);
        return vowelGroups(stem) > 0;
    }
}

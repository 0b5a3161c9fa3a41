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
    private static final Pattern TWO_SYLLABLE_PAIRS = Pattern.compile("(?<![cgst])ia|(?<![cgst])io|iu|(?<![qg])ua(?!y)|eo(?![pu])|uo|ii|[^aeiou]ie(?=r$|st$|t$)");

    private Syllables() {
    }

    public static int count(String word) {
        String letters = word.replaceAll("[^\\p{L}\\p{N}]", "");
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
        String w = letters.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        if (w.length() <= 3) {
            return 1;
        }
        int count = 0;
        Matcher groups = VOWEL_GROUPS.matcher(w);
        while (groups.find()) {
            count++;
        }
        Matcher pairs = TWO_SYLLABLE_PAIRS.matcher(w);
        while (pairs.find()) {
            count++;
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

    /** All capitals and no vowel (NHS, GP, DKA), or letters mixed with digits (HbA1c). */
    private static boolean isInitialism(String token) {
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
        return VOWEL_GROUPS.matcher(stem).find();
    }
}

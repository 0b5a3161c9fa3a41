package dev.rounds.markdown;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "a" or "an" before a written-out abbreviation: "an HbA1c test" reads "a glycated haemoglobin
 * (HbA1c) test" once the first use is written out in full.
 */
final class Articles {
    private static final Pattern ARTICLE_AT_END = Pattern.compile("(?<![\\p{L}\\p{N}])(a|an|A|An)(\\s+)$");
    private static final Pattern CONSONANT_SOUND = Pattern.compile("^(uni|use|usu|uti|ur[aeiou]|eu|ewe|one|once)");
    private static final Pattern VOWEL_SOUND = Pattern.compile("^(hour|honest|honour|heir)");
    /** Letters whose names start with a vowel sound, for an expansion that starts with an initialism ("an NHS …"). */
    private static final String VOWEL_SOUNDING_LETTERS = "AEFHILMNORSX";

    private Articles() {
    }

    /** {@code text} with an article at its end made right for the words that follow it. */
    static String before(String text, String following) {
        Matcher matcher = ARTICLE_AT_END.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        String article = startsWithVowelSound(following) ? "an" : "a";
        if (Character.isUpperCase(matcher.group(1).charAt(0))) {
            article = Character.toUpperCase(article.charAt(0)) + article.substring(1);
        }
        return text.substring(0, matcher.start()) + article + matcher.group(2);
    }

    static boolean startsWithVowelSound(String words) {
        String first = words.strip().split("[\\s\\-]", 2)[0];
        if (first.isEmpty()) {
            return false;
        }
        if (first.length() > 1 && first.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
            return VOWEL_SOUNDING_LETTERS.indexOf(first.charAt(0)) >= 0;
        }
        String lower = first.toLowerCase(Locale.ROOT);
        if (CONSONANT_SOUND.matcher(lower).find()) {
            return false;
        }
        return VOWEL_SOUND.matcher(lower).find() || "aeiou".indexOf(lower.charAt(0)) >= 0;
    }
}

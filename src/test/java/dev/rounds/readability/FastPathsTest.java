package dev.rounds.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The readability figures are worked out without a regular expression where plain code gives the
 * same answer (ASCII words, runs of spaces, the end of a sentence), and an inline pattern runs only
 * when the text holds what every match of it holds: each against the pattern it stands for, on
 * words and text made of the awkward cases.
 */
class FastPathsTest {
    private static final String[] WORDS = ("the a patient diabetes violin idea period theory quiet create area radio piano ruin "
            + "fluid cruel duo museum geology people make makes time times box boxes use uses jumped played wanted needed table "
            + "little cycle bottle agree free tie dye eye fried tried diet client society happier easiest ratio nation special "
            + "social union suave quay guard guava NHS GP DKA HbA1c W7 TV BMI A1 XYZ AEI I it's don't it’s o’clock well being "
            + "café naïve Straße İstanbul ΣΑΣ résumé Zoë coöperate ﬁne ＡＢＣ 123 x2 Ⅻ ½ ٣ 𝐀𝐁 e.g etc DR Dr mR").split(" ");
    private static final Pattern VOWEL_GROUPS = Pattern.compile("[aeiouy]+");
    private static final Pattern TWO_SYLLABLE_PAIRS = Pattern.compile(
            "(?<![cgst])ia|(?<![cgst])io|iu|(?<![qg])ua(?!y)|eo(?![pu])|uo|ii|[^aeiou]ie(?=r$|st$|t$)");

    private static List<String> words() {
        List<String> words = new ArrayList<>(List.of(WORDS));
        Random random = new Random(3);
        String letters = "aeiouyAEIOUYcgstqpbrlWxz07'’-éİΣ";
        for (int i = 0; i < 20000; i++) {
            StringBuilder word = new StringBuilder();
            for (int n = 1 + random.nextInt(9); n > 0; n--) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            words.add(word.toString());
        }
        return words;
    }

    @Test
    void syllablesAreCountedAsThePatternsCountThem() {
        for (String word : words()) {
            assertThat(Syllables.count(word)).as(word).isEqualTo(countWithPatterns(word));
        }
    }

    @Test
    void runsOfSpacesBecomeOneSpace() {
        Random random = new Random(5);
        String pieces = " \t\n\u000B\f\r\u00A0\u2028ab";
        for (int i = 0; i < 20000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            assertThat(Prose.collapseSpaces(text.toString())).isEqualTo(text.toString().replaceAll("\\s+", " "));
        }
    }

    @Test
    void sentencesEndWhereTheyEndedBefore() {
        Random random = new Random(7);
        String[] pieces = {"word", "Word", " ", "  ", ".", ". ", "!", "? ", "… ", ".\" ", ".) ", "e.g.", " e.g. ", "i.e. ", "(etc. ",
            " approx. ", "Dr. ", " dr.", "Mrs. ", " vs. ", "fig.", " cf. ", " prof. ", "x.", "\t", "ETC.", " Approx.", "a".repeat(20)};
        for (int i = 0; i < 20000; i++) {
            StringBuilder block = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) {
                block.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(Readability.sentences(block.toString())).as(block.toString()).isEqualTo(sentencesBefore(block.toString()));
        }
    }

    @Test
    void anInlinePatternMatchesOnlyWhereItsNeedsAre() {
        Random random = new Random(9);
        String[] pieces = {"a", " ", "`", "``", "!", "[", "]", "(", ")", "^", "<", ">", "/", ":", "https://", "http:", "www.", "@",
            "x.y", "10.", "1000", "/", "doi:", "DOI ", "PMID", ": ", "123", "*", "**", "_", "~", "~~", "mailto:", "b", "\\"};
        for (int i = 0; i < 30000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(16); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            for (Map.Entry<Pattern, List<String>> entry : Prose.NEEDS.entrySet()) {
                if (entry.getKey().matcher(t).find()) {
                    assertThat(entry.getValue().stream().anyMatch(t::contains)).as("%s in: %s", entry.getKey(), t).isTrue();
                }
            }
        }
    }

    /** Syllables.count as it was written with patterns only. */
    private static int countWithPatterns(String word) {
        String letters = word.replaceAll("[^\\p{L}\\p{N}]", "");
        if (letters.isEmpty()) {
            return 0;
        }
        boolean digits = letters.chars().anyMatch(Character::isDigit);
        boolean anyLetter = letters.chars().anyMatch(Character::isLetter);
        boolean initialism = digits && anyLetter || letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT)) && anyLetter
                && letters.chars().noneMatch(c -> "AEIOU".indexOf(c) >= 0);
        if (initialism) {
            int count = 0;
            for (char c : letters.toCharArray()) {
                count += c == 'W' || c == '7' ? 3 : c == '0' ? 2 : 1;
            }
            return count;
        }
        String w = letters.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty() || w.length() <= 3) {
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
        boolean consonantLe = w.length() > 3 && w.endsWith("le") && "aeiouy".indexOf(w.charAt(w.length() - 3)) < 0;
        if (w.endsWith("e") && !w.endsWith("ee") && !w.endsWith("ie") && !w.endsWith("ye") && !consonantLe) {
            count--;
        } else if (w.endsWith("es") && !sibilantBefore(w) && !w.endsWith("ies") && !w.endsWith("ees") && vowelBefore(w)) {
            count--;
        } else if (w.endsWith("ed") && !w.endsWith("ted") && !w.endsWith("ded") && !w.endsWith("eed") && vowelBefore(w)) {
            count--;
        }
        return Math.max(1, count);
    }

    private static boolean sibilantBefore(String w) {
        String stem = w.substring(0, w.length() - 2);
        return stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch") || stem.endsWith("sh")
                || stem.endsWith("g") || stem.endsWith("c");
    }

    private static boolean vowelBefore(String w) {
        return VOWEL_GROUPS.matcher(w.substring(0, w.length() - 2)).find();
    }

    /** Readability.sentences as it was: the abbreviation pattern over all the text before each stop. */
    private static List<String> sentencesBefore(String block) {
        Pattern sentenceEnd = Pattern.compile("[.!?…]+[\"'”’)\\]]*(?=\\s|$)");
        Pattern abbreviation = Pattern.compile("(?i)(?:^|[\\s(])(?:e\\.g|i\\.e|etc|vs|dr|mr|mrs|ms|prof|approx|fig|cf)\\.$");
        List<String> sentences = new ArrayList<>();
        Matcher end = sentenceEnd.matcher(block);
        int start = 0;
        while (end.find()) {
            String candidate = block.substring(start, end.end());
            if (abbreviation.matcher(block.substring(start, end.start() + 1)).find() && end.group().equals(".")) {
                continue;
            }
            sentences.add(candidate);
            start = end.end();
        }
        if (start < block.length() && !block.substring(start).isBlank()) {
            sentences.add(block.substring(start));
        }
        return sentences;
    }
}

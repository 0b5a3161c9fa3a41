package dev.rounds.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readability of English prose: Flesch Reading Ease, Flesch–Kincaid grade level, and the SMOG
 * grade (only for texts of 30 sentences or more, as SMOG is defined on a 30-sentence sample).
 * A pure computation: text in, figures out.
 */
public final class Readability {
    /** The fewest sentences for which a SMOG grade is given. */
    public static final int SMOG_MIN_SENTENCES = 30;

    /** Made once: {@code String.split} and {@code replaceAll} compile their pattern at every call. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern HYPHEN = Pattern.compile("[\\-]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+[\"'”’)\\]]*(?=\\s|$)");
    /** Abbreviations whose full stop does not end a sentence. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:^|[\\s(])(?:e\\.g|i\\.e|etc|vs|dr|mr|mrs|ms|prof|approx|fig|cf)\\.$");

    /**
     * The figures for one text.
     *
     * @param polysyllables words of three syllables or more
     * @param smog empty for fewer than {@link #SMOG_MIN_SENTENCES} sentences
     */
    public record Scores(int sentences, int words, int syllables, int polysyllables, double fleschReadingEase,
                         double fleschKincaidGrade, OptionalDouble smog) {
    }

    /** How a text compares with the targets of its audience. */
    public record Assessment(Scores scores, boolean withinTarget, boolean farOff, String summary) {
    }

    private Readability() {
    }

    /**
     * Scores {@code prose}: plain text in which every line is a block (a paragraph, heading, list
     * item or table row); a block that does not end with a full stop still ends its sentence.
     */
    public static Scores score(String prose) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        int polysyllables = 0;
        for (String block : LINE_BREAK.split(prose)) {
            for (String sentence : sentences(block)) {
                Matcher word = WORD.matcher(sentence);
                int inSentence = 0;
                while (word.find()) {
                    String token = word.group();
                    if (!hasLetter(token)) {
                        continue; // numbers are left out
                    }
                    int count = 0;
                    if (token.indexOf('-') < 0) {
                        count = Syllables.count(token);
                    } else {
                        for (String part : HYPHEN.split(token)) {
                            count += Syllables.count(part);
                        }
                    }
                    inSentence++;
                    syllables += count;
                    if (count >= 3) {
                        polysyllables++;
                    }
                }
                if (inSentence > 0) {
                    sentences++;
                    words += inSentence;
                }
            }
        }
        if (words == 0) {
            return new Scores(0, 0, 0, 0, 0, 0, OptionalDouble.empty());
        }
        double wordsPerSentence = (double) words / sentences;
        double syllablesPerWord = (double) syllables / words;
        double ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
        double grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
        OptionalDouble smog = sentences >= SMOG_MIN_SENTENCES
                ? OptionalDouble.of(1.0430 * Math.sqrt(polysyllables * 30.0 / sentences) + 3.1291)
                : OptionalDouble.empty();
        return new Scores(sentences, words, syllables, polysyllables, ease, grade, smog);
    }

    /** {@code token.chars().anyMatch(Character::isLetter)}. */
    private static boolean hasLetter(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter((int) token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Scores the prose of a Markdown text (see {@link Prose#of(String)}: code, references and addresses left out). */
    public static Scores scoreMarkdown(String markdown) {
        return score(Prose.of(markdown));
    }

    /**
     * Compares {@code scores} with the targets: a grade at most {@code maxGrade} and an ease at
     * least {@code minEase}. Far off means more than two grades, or ten points of ease, beyond.
     */
    public static Assessment assess(Scores scores, double maxGrade, double minEase) {
        boolean within = scores.fleschKincaidGrade() <= maxGrade && scores.fleschReadingEase() >= minEase;
        boolean farOff = scores.fleschKincaidGrade() > maxGrade + 2 || scores.fleschReadingEase() < minEase - 10;
        String summary = String.format(Locale.ROOT,
                "readability: Flesch Reading Ease %.1f, Flesch–Kincaid grade %.1f%s (%d words, %d sentences); target: grade %s or lower, ease %s or higher",
                scores.fleschReadingEase(), scores.fleschKincaidGrade(),
                scores.smog().isPresent() ? String.format(Locale.ROOT, ", SMOG grade %.1f", scores.smog().getAsDouble()) : "",
                scores.words(), scores.sentences(), number(maxGrade), number(minEase));
        return new Assessment(scores, within, farOff, summary);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** The sentences of one block: split after ., ! or ? followed by a space, except after common abbreviations. */
    static List<String> sentences(String block) {
        List<String> sentences = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(block);
        int start = 0;
        while (end.find()) {
            String candidate = block.substring(start, end.end());
            // the abbreviation ends the text before the stop: a match is at most 8 characters (" approx."),
            // or the whole text when it starts there (^), so the last 16 characters tell as much as all of it
            int stop = end.start() + 1;
            if (ABBREVIATION.matcher(block.substring(Math.max(start, stop - 16), stop)).find() && end.group().equals(".")) {
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

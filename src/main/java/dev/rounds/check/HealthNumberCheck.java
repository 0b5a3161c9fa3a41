package dev.rounds.check;

import dev.rounds.diagnostic.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NHS and H&C numbers (England, Wales, Isle of Man, Northern Ireland) and CHI numbers (Scotland):
 * ten digits with a valid check digit, judged by the words around them.
 */
final class HealthNumberCheck {
    private static final String SPACE = "[ \\u00A0\\u2009\\u202F]";
    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])(?:"
            + "(?<plain>\\d{10})"
            + "|(?<spaced>\\d{3}" + SPACE + "\\d{3}" + SPACE + "\\d{4})"
            + "|(?<hyphened>\\d{3}-\\d{3}-\\d{4})"
            + "|(?<chi>\\d{6}(?:" + SPACE + "|-)\\d{4})"
            + ")(?![0-9])");
    /** Words that make a valid number an NHS number whatever its range. */
    private static final Pattern NHS_WORD = Pattern.compile(
            "(?i)(?<![a-z_])(?:nhs|h\\s?&\\s?c|h&amp;c|health\\s+(?:and|&)\\s+care)(?![a-z_])");
    private static final Pattern PATIENT_WORD = Pattern.compile("(?i)(?<![a-z_])(?:patients?|pt)(?![a-z_])");
    private static final Pattern WEAK = Pattern.compile("(?i)(?<![a-z_])(?:no\\.|no:|nos\\.|numbers?|num\\.?)(?![a-z_])");
    private static final Pattern CHI_WORD = Pattern.compile("(?<![A-Za-z])(?:CHI|C\\.H\\.I\\.)(?![A-Za-z])|(?i)community\\s+health\\s+index");
    private static final Pattern PHONE_WORD = Pattern.compile(
            "(?i)(?<![a-z_])(?:tel|telephone|phone|phoned|call|calls|ring|mobile|fax|helpline|freephone|text|whatsapp|sms)(?![a-z_])");
    private static final Pattern BOOK_WORD = Pattern.compile(
            "(?i)(?<![a-z_])(?:isbn|book|books|edition|ed\\.|press|publisher|published|publishing|paperback|hardback)(?![a-z_])");
    private static final int WINDOW = 40;

    private HealthNumberCheck() {
    }

    static void scan(ScanText scan, List<Finding> findings) {
        String text = scan.text();
        Matcher matcher = CANDIDATE.matcher(text);
        matcher.useTransparentBounds(true);
        // every shape starts with a run of 3, 6 or 10 digits
        for (int run : scan.digitRuns(3, 10)) {
            matcher.region(run, Math.min(text.length(), run + 13));
            if (!matcher.lookingAt()) {
                continue;
            }
            int start = matcher.start();
            int end = matcher.end();
            String raw = matcher.group();
            String digits = raw.replaceAll("[^0-9]", "");
            boolean hyphened = matcher.group("hyphened") != null;
            if (scan.isExcluded(start, end) || scan.isClaimed(start, end) || partOfSomethingElse(scan, start, end)
                    || CheckDigits.isTrivial(digits)) {
                continue;
            }
            boolean nhsValid = CheckDigits.modulus11(digits);
            boolean chiValid = CheckDigits.chi(digits);
            if (!nhsValid && !chiValid) {
                continue;
            }
            int from = start - WINDOW;
            int to = end + WINDOW;
            boolean nhsWord = scan.hasKeyword(NHS_WORD, from, to);
            boolean strong = nhsWord || scan.hasKeyword(PATIENT_WORD, from, to);
            boolean weak = scan.hasKeyword(WEAK, from, to);
            boolean chiWord = scan.hasKeyword(CHI_WORD, from, to);
            boolean phoneWord = scan.hasKeyword(PHONE_WORD, from, to);
            boolean bookWord = scan.hasKeyword(BOOK_WORD, from, to);
            boolean context = strong || weak || chiWord;
            if (hyphened && !context) {
                continue;
            }
            // Without a patient word, a phone or book reference nearby explains the number better.
            boolean explained = !strong && !chiWord && (phoneWord && (digits.startsWith("0") || !weak) || bookWord);
            String masked = Masking.mask(raw);
            Finding finding = null;
            if (chiWord && chiValid) {
                finding = new Finding(Rules.CHI_NUMBER, Severity.ERROR, start, end,
                        "a CHI number (" + masked + ": a date of birth and a valid check digit, near \"CHI\")");
            } else if (nhsValid && nhsWord && !explained) {
                finding = nhsNumber(scan, digits, masked, start, end);
            } else if (chiValid && !explained) {
                finding = new Finding(Rules.CHI_NUMBER, Severity.ERROR, start, end,
                        "a CHI number (" + masked + ": its first six digits are a date of birth and its check digit is valid)");
            } else if (nhsValid && (strong || weak) && !explained) {
                finding = nhsNumber(scan, digits, masked, start, end);
            } else if (nhsValid && !explained && !context && inIssuedRange(digits)) {
                finding = new Finding(Rules.NHS_NUMBER, Severity.WARNING, start, end,
                        "may be an NHS number (" + masked + ": a valid check digit in an issued range)");
            }
            if (finding != null) {
                findings.add(finding);
                scan.claim(start, end);
            }
        }
    }

    private static Finding nhsNumber(ScanText scan, String digits, String masked, int start, int end) {
        if (digits.startsWith("999")) {
            return new Finding(Rules.NHS_NUMBER, Severity.INFO, start, end,
                    "an NHS number in the reserved test range 999 (" + masked + "): not a real patient's");
        }
        return new Finding(Rules.NHS_NUMBER, Severity.ERROR, start, end,
                "an NHS number (" + masked + ": a valid check digit, near \"" + keywordNear(scan, start, end) + "\")");
    }

    /** 300 000 000 to 799 999 999 (Northern Ireland's H&C numbers are 320 to 399). */
    static boolean inIssuedRange(String digits) {
        char first = digits.charAt(0);
        return first >= '3' && first <= '7';
    }

    private static String keywordNear(ScanText scan, int start, int end) {
        for (Pattern pattern : List.of(NHS_WORD, PATIENT_WORD, WEAK)) {
            int at = scan.nearestKeyword(pattern, start - WINDOW, end + WINDOW, start);
            if (at >= 0) {
                Matcher word = pattern.matcher(scan.text());
                if (word.find(at)) {
                    return word.group().replaceAll("\\s+", " ");
                }
            }
        }
        return "number";
    }

    /**
     * Part of a longer number, a code, an amount, a decimal, a date or a phone number written with
     * its country code: not a health service number.
     */
    static boolean partOfSomethingElse(ScanText scan, int start, int end) {
        char before = scan.charAt(start - 1);
        char beforeThat = scan.charAt(start - 2);
        char after = scan.charAt(end);
        char afterThat = scan.charAt(end + 1);
        if (Character.isLetterOrDigit(before) || before == '_' || Character.isLetterOrDigit(after) || after == '_') {
            return true;
        }
        if ("+£$€¥/\\=#%&@".indexOf(before) >= 0 || "%/\\@".indexOf(after) >= 0) {
            return true;
        }
        if ("-_".indexOf(before) >= 0 && Character.isLetterOrDigit(beforeThat)) {
            return true;
        }
        if (".,:-–".indexOf(before) >= 0 && Character.isDigit(beforeThat)) {
            return true;
        }
        if (".,:-–".indexOf(after) >= 0 && Character.isDigit(afterThat)) {
            return true;
        }
        // a group of a longer spaced number: 12 943 476 5919, 943 476 5919 12
        if (before == ' ' && Character.isDigit(beforeThat) && isSpacedGroup(scan, start - 2, -1)) {
            return true;
        }
        return after == ' ' && Character.isDigit(afterThat) && isSpacedGroup(scan, end + 1, 1);
    }

    /** Whether the digits at {@code from}, read in {@code direction}, are a short group (at most 4 digits) of a spaced number. */
    private static boolean isSpacedGroup(ScanText scan, int from, int direction) {
        int count = 0;
        int i = from;
        while (Character.isDigit(scan.charAt(i))) {
            count++;
            i += direction;
        }
        return count >= 1 && count <= 4;
    }
}

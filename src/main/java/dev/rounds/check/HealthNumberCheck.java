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
            + "|(?<hyphened>\\d{3}(?<sep>[-.])\\d{3}\\k<sep>\\d{4})"
            + "|(?<chi>\\d{6}(?:" + SPACE + "|-)\\d{4})"
            + ")(?![0-9])");
    /** Words that make a valid number an NHS number whatever its range. */
    /** "NHS" anywhere, also in code (nhsNumber, nhs_no), H&C, health and care. */
    private static final Pattern NHS_WORD = Pattern.compile(
            "(?i)nhs|(?<![a-z])(?:h\\s?&\\s?c|h&amp;c|health\\s+(?:and|&)\\s+care)(?![a-z])");
    private static final Pattern PATIENT_WORD = Pattern.compile("(?i)(?<![a-z])patient|(?<![a-z])pt(?![a-z])");
    private static final Pattern WEAK = Pattern.compile(
            "(?i)(?<![a-z])(?:no\\.|no:|nos\\.|num\\.?)(?![a-z])|(?<![a-z])numbers?(?![a-z])|(?<=[a-z])(?:_?number|_no)(?![a-z])|(?<=[a-z])Number");
    private static final Pattern CHI_WORD = Pattern.compile("(?<![A-Za-z])(?:CHI|C\\.H\\.I\\.)(?![A-Za-z])"
            + "|(?<![A-Za-z])[Cc][Hh][Ii](?=_?[Nn]umber|_?[Nn]o(?![a-z]))|(?i)community\\s+health\\s+index");
    private static final Pattern OTHER_NUMBER = Pattern.compile("(?i)(?<![a-z])(?:order|reference|ref|invoice|account|tracking|serial|"
            + "phone|telephone|mobile|contact|fax|booking|policy|registration|charity|company|vat|licen[cs]e|batch|lot|version|page|"
            + "ticket|membership|customer|product|part|model|item|claim|application|case|crime|flight|isbn|issn|pmid|doi)"
            + "\\s+(?:no\\.?|num(?:ber)?\\.?|#|id)(?![a-z])");
    private static final Pattern PHONE_WORD = Pattern.compile(
            "(?i)(?<![a-z_])(?:tel|telephone|phone|phoned|call|calls|ring|mobile|fax|helpline|freephone|text|whatsapp|sms)(?![a-z_])");
    private static final Pattern BOOK_WORD = Pattern.compile(
            "(?i)(?<![a-z_])(?:isbn|book|books|edition|edn|ed\\.|eds\\.|press|publisher|published|publishing|paperback|hardback|"
                    + "et al|pp\\.|vol\\.|chapter|textbook)(?![a-z_])");
    private static final int WINDOW = 40;

    private HealthNumberCheck() {
    }

    static void scan(ScanText scan, List<Finding> findings) {
        String text = scan.text();
        Matcher matcher = CANDIDATE.matcher(text);
        matcher.useTransparentBounds(true);
        // where the last number found with a word for it ended, and whether it was a CHI number (1) or not (0)
        int[] listedAfter = {-1, 0};
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
            // after '=' or '#' (code, a hashtag), a number is one only where a word says so
            boolean glued = "=#".indexOf(scan.charAt(start - 1)) >= 0;
            boolean nhsValid = CheckDigits.modulus11(digits);
            boolean chiValid = CheckDigits.chi(digits);
            if (!nhsValid && !chiValid) {
                continue;
            }
            int from = start - WINDOW;
            int to = end + WINDOW;
            String header = tableHeader(text, start);
            boolean nhsWord = scan.hasKeyword(NHS_WORD, from, to) || NHS_WORD.matcher(header).find()
                    || inList(scan, start, listedAfter, Rules.NHS_NUMBER);
            boolean strong = nhsWord || scan.hasKeyword(PATIENT_WORD, from, to) || PATIENT_WORD.matcher(header).find();
            // "order number", "phone number": the number of something other than a patient
            boolean otherNumber = scan.hasKeyword(OTHER_NUMBER, from, to);
            boolean weak = !otherNumber && scan.hasKeyword(WEAK, from, to) || WEAK.matcher(header).find();
            boolean chiWord = scan.hasKeyword(CHI_WORD, from, to) || CHI_WORD.matcher(header).find()
                    || inList(scan, start, listedAfter, Rules.CHI_NUMBER);
            boolean phoneWord = scan.hasKeyword(PHONE_WORD, from, to);
            boolean bookWord = scan.hasKeyword(BOOK_WORD, from, to);
            boolean context = strong || weak || chiWord;
            if ((hyphened || glued) && !context) {
                continue;
            }
            // Without a patient word, a phone or book reference nearby explains the number better.
            boolean explained = !strong && !chiWord && (phoneWord && (digits.startsWith("0") || !weak) || bookWord || otherNumber);
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
                if (finding.severity() != Severity.WARNING) {
                    listedAfter[0] = end;
                    listedAfter[1] = finding.rule().equals(Rules.CHI_NUMBER) ? 1 : 0;
                }
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

    /**
     * In a list of numbers (", ", " and ", "; ", a new line of a list) right after one that was
     * found with a word for it: "NHS numbers 943 476 5919, 450 557 7104 and …".
     */
    private static boolean inList(ScanText scan, int start, int[] listedAfter, String rule) {
        if (listedAfter[0] < 0 || start - listedAfter[0] > 12 || (listedAfter[1] == 1) != rule.equals(Rules.CHI_NUMBER)) {
            return false;
        }
        String between = scan.text().substring(listedAfter[0], start);
        return between.matches("[\\s,;/|*-]*(?:and|or|&)?[\\s,;/|*-]*");
    }

    /** The header cell above a Markdown table cell, or "" when the offset is not in a table row. */
    static String tableHeader(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int lineEnd = text.indexOf('\n', offset);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        if (line.indexOf('|') < 0) {
            return "";
        }
        int column = count(text.substring(lineStart, offset), '|') - (line.stripLeading().startsWith("|") ? 1 : 0);
        // walk up to the delimiter row (|---|---|); the header is the row above it
        int end = lineStart - 1;
        for (int rows = 0; end > 0 && rows < 500; rows++) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String row = text.substring(start, end);
            if (row.indexOf('|') < 0 && !row.contains("-")) {
                return "";
            }
            if (row.matches("\\s*\\|?\\s*:?-{1,}:?\\s*(\\|\\s*:?-{1,}:?\\s*)*\\|?\\s*")) {
                if (start == 0) {
                    return "";
                }
                int headerStart = text.lastIndexOf('\n', start - 2) + 1;
                String headerRow = text.substring(headerStart, start - 1).strip();
                if (headerRow.startsWith("|")) {
                    headerRow = headerRow.substring(1);
                }
                String[] cells = headerRow.split("\\|", -1);
                return column >= 0 && column < cells.length ? cells[column] : "";
            }
            end = start - 1;
        }
        return "";
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
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
        if ("+£$€¥/\\%&@".indexOf(before) >= 0 || "%/\\@".indexOf(after) >= 0) {
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

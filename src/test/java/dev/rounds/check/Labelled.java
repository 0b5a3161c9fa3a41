package dev.rounds.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Expands the placeholders of the labelled examples: identifiers computed here, never written out. */
final class Labelled {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(nhs|bad|chi11|chi10|isbn10):([^}]*)}");

    private Labelled() {
    }

    static String expand(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(number(matcher.group(1), matcher.group(2))));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** {@code stem} with its last {@code _} replaced by the check digit of the kind. */
    static String number(String kind, String stem) {
        String nine = stem.replaceAll("[^0-9]", "");
        if (nine.length() != 9 || stem.indexOf('_') < 0) {
            throw new IllegalArgumentException("a placeholder needs nine digits and a _ for the check digit: " + stem);
        }
        int digit = switch (kind) {
            case "nhs", "chi11" -> CheckDigits.modulus11Digit(nine);
            case "bad" -> wrongDigit(nine);
            case "chi10" -> CheckDigits.modulus10Digit(nine);
            case "isbn10" -> isbnDigit(nine);
            default -> throw new IllegalArgumentException(kind);
        };
        if (digit < 0) {
            throw new IllegalArgumentException("no valid modulus-11 check digit exists for " + stem + ": choose another stem");
        }
        String check = digit == 10 ? "X" : Integer.toString(digit);
        int at = stem.lastIndexOf('_');
        return stem.substring(0, at) + check + stem.substring(at + 1);
    }

    /** A digit that is valid by neither rule. */
    private static int wrongDigit(String nine) {
        for (int d = 0; d <= 9; d++) {
            if (d != CheckDigits.modulus11Digit(nine) && d != CheckDigits.modulus10Digit(nine)) {
                return d;
            }
        }
        throw new IllegalStateException();
    }

    private static int isbnDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        return (11 - sum % 11) % 11;
    }
}

package dev.rounds.check;

/** Shows a found value without giving it away: {@code 943 476 5919} becomes {@code 943 *** **19}. */
public final class Masking {
    private Masking() {
    }

    /** Keeps a few leading and trailing letters and digits, hides the others, and keeps the separators. */
    public static String mask(String value) {
        int total = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isLetterOrDigit(value.charAt(i))) {
                total++;
            }
        }
        int keepStart = total >= 10 ? 3 : total >= 6 ? 2 : 1;
        int keepEnd = total >= 10 ? 2 : total >= 6 ? 1 : 0;
        StringBuilder masked = new StringBuilder(value.length());
        int index = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                masked.append(index < keepStart || index >= total - keepEnd ? c : '*');
                index++;
            } else {
                masked.append(Character.isWhitespace(c) ? ' ' : c);
            }
        }
        return masked.toString();
    }
}

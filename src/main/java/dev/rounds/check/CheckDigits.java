package dev.rounds.check;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The check-digit rules of UK health service numbers. */
public final class CheckDigits {
    private CheckDigits() {
    }

    /**
     * The modulus-11 rule of NHS, H&C and CHI numbers: weights 10 to 2 on the first nine digits,
     * 11 minus (sum mod 11) is the check digit, 11 becomes 0 and 10 is never valid.
     */
    public static boolean modulus11(String digits) {
        if (!isTenDigits(digits)) {
            return false;
        }
        return modulus11Digit(digits.substring(0, 9)) == digits.charAt(9) - '0';
    }

    /** The modulus-11 check digit of nine digits, or -1 when none exists (the remainder gives 10). */
    public static int modulus11Digit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    /**
     * The modulus-10 rule Scotland added for CHI numbers in 2026: on digits 1 to 9, double the 1st,
     * 3rd, 5th, 7th and 9th, subtract 9 from any result over 9, sum all nine; the check digit is
     * (10 - sum mod 10) mod 10.
     */
    public static boolean modulus10(String digits) {
        if (!isTenDigits(digits)) {
            return false;
        }
        return modulus10Digit(digits.substring(0, 9)) == digits.charAt(9) - '0';
    }

    public static int modulus10Digit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = nine.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    /** A CHI number: the first six digits a real date DDMMYY, and a valid check digit by either rule. */
    public static boolean chi(String digits) {
        return isTenDigits(digits) && isDdMmYy(digits.substring(0, 6)) && (modulus11(digits) || modulus10(digits));
    }

    /** Whether DDMMYY is a real date in the 1900s or the 2000s. */
    public static boolean isDdMmYy(String six) {
        int day = Integer.parseInt(six.substring(0, 2));
        int month = Integer.parseInt(six.substring(2, 4));
        int year = Integer.parseInt(six.substring(4, 6));
        return isDate(1900 + year, month, day) || isDate(2000 + year, month, day);
    }

    static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** {@code 1111111111}, {@code 0123456789}, {@code 9876543210}, or a short block repeated ({@code 1212121212}). */
    public static boolean isTrivial(String digits) {
        if (digits.length() < 2) {
            return true;
        }
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < digits.length(); i++) {
            int step = (digits.charAt(i) - digits.charAt(i - 1) + 10) % 10;
            up &= step == 1;
            down &= step == 9;
        }
        if (up || down) {
            return true;
        }
        for (int period = 1; period <= digits.length() / 2; period++) {
            boolean repeats = true;
            for (int i = period; i < digits.length() && repeats; i++) {
                repeats = digits.charAt(i) == digits.charAt(i - period);
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTenDigits(String digits) {
        if (digits.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}

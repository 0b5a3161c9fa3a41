package dev.rounds.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check-digit rules exactly as the confidentiality issue states them. */
class CheckDigitsTest {

    @Test
    void modulus11WeighsTheFirstNineDigitsFromTenToTwo() {
        // 9*10 + 4*9 + 3*8 + 4*7 + 7*6 + 6*5 + 5*4 + 9*3 + 1*2 = 299; 299 mod 11 = 2; 11 - 2 = 9
        assertThat(CheckDigits.modulus11Digit("943476591")).isEqualTo(9);
        assertThat(CheckDigits.modulus11("9434765919")).isTrue();
        assertThat(CheckDigits.modulus11("9434765918")).isFalse();
    }

    @Test
    void elevenBecomesZeroAndTenIsNeverValid() {
        // a sum that is a multiple of 11 gives 11, written 0
        assertThat(CheckDigits.modulus11Digit("000000000")).isZero();
        // 100000000: sum 10, 10 mod 11 = 10, 11 - 10 = 1
        assertThat(CheckDigits.modulus11Digit("100000000")).isEqualTo(1);
        // 500000001: 50 + 2 = 52, 52 mod 11 = 8, 11 - 8 = 3
        assertThat(CheckDigits.modulus11Digit("500000001")).isEqualTo(3);
        // 100000001: 10 + 2 = 12, remainder 1, 11 - 1 = 10: no valid check digit
        assertThat(CheckDigits.modulus11Digit("100000001")).isEqualTo(-1);
        for (int d = 0; d <= 9; d++) {
            assertThat(CheckDigits.modulus11("100000001" + d)).isFalse();
        }
    }

    @Test
    void modulus10DoublesTheOddPlacesAndSubtractsNine() {
        // 1 4 0 3 5 6 1 2 3: doubled 2, 0, 10-9=1, 2, 6 and kept 4, 3, 6, 2: sum 26; (10 - 6) mod 10 = 4
        assertThat(CheckDigits.modulus10Digit("140356123")).isEqualTo(4);
        assertThat(CheckDigits.modulus10("1403561234")).isTrue();
        // a sum that ends in 0 gives 0
        assertThat(CheckDigits.modulus10Digit("000000000")).isZero();
    }

    @Test
    void aChiNumberStartsWithARealDate() {
        assertThat(CheckDigits.chi("1403561234")).isTrue();
        assertThat(CheckDigits.chi("3202561234")).isFalse();
        assertThat(CheckDigits.isDdMmYy("290200")).isTrue();
        assertThat(CheckDigits.isDdMmYy("290201")).isFalse();
        assertThat(CheckDigits.isDdMmYy("311199")).isFalse();
    }

    @Test
    void repdigitsAndSequencesAreTrivial() {
        assertThat(CheckDigits.isTrivial("1111111111")).isTrue();
        assertThat(CheckDigits.isTrivial("0123456789")).isTrue();
        assertThat(CheckDigits.isTrivial("9876543210")).isTrue();
        assertThat(CheckDigits.isTrivial("1212121212")).isTrue();
        assertThat(CheckDigits.isTrivial("9434765919")).isFalse();
    }

    @Test
    void masksKeepTheEndsAndTheShape() {
        assertThat(Masking.mask("943 476 5919")).isEqualTo("943 *** **19");
        assertThat(Masking.mask("9434765919")).isEqualTo("943*****19");
        assertThat(Masking.mask("LS1 4AP")).isEqualTo("LS* **P");
    }
}

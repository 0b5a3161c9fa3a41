package dev.rounds.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code Utf8Output} gives the bytes of {@code String.getBytes(UTF_8)} on all that was written, however it was written. */
class Utf8OutputTest {
    private static final String TEXT = "Café – “feet” → 😀 ß\u00e9\u4e2d <p>&amp;</p>";

    @Test
    void encodesLikeTheJdk() {
        Utf8Output out = new Utf8Output(4);
        out.write(TEXT);
        assertThat(out.toByteArray()).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPairSplitBetweenTwoWritesIsOneCharacter() {
        String emoji = "😀";
        Utf8Output out = new Utf8Output(4);
        out.write("a" + emoji.charAt(0));
        out.write(new char[] {emoji.charAt(1), 'b'}, 0, 2);
        assertThat(out.toByteArray()).isEqualTo(("a" + emoji + "b").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loneSurrogatesBecomeQuestionMarks() {
        String text = "x\ud83dy\ude00z\ud83d";
        Utf8Output out = new Utf8Output(4);
        out.write(text);
        assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8)).isEqualTo("x?y?z?".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void randomTextInRandomPiecesEncodesLikeTheJdk() {
        Random random = new Random(8);
        char[] alphabet = (TEXT + "\ud83d\ude00\ud83d\ude00\ude00\ud83d").toCharArray();
        for (int round = 0; round < 200; round++) {
            StringBuilder whole = new StringBuilder();
            Utf8Output out = new Utf8Output(1);
            while (whole.length() < 3_000) {
                char[] piece = new char[random.nextInt(1_200)];
                for (int i = 0; i < piece.length; i++) {
                    piece[i] = alphabet[random.nextInt(alphabet.length)];
                }
                whole.append(piece);
                switch (random.nextInt(4)) {
                    case 0 -> out.write(new String(piece));
                    case 1 -> {
                        String around = "ab\ud83d" + new String(piece) + "\ude00c";
                        out.write(around, 3, piece.length);
                    }
                    case 2 -> out.write(piece, 0, piece.length);
                    default -> {
                        for (char c : piece) {
                            out.write(c);
                        }
                    }
                }
            }
            assertThat(out.toByteArray()).isEqualTo(whole.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}

package dev.rounds.check;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.rounds.config.CheckSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The checks read any text without throwing: random digits, separators, keywords and markup. */
class RobustnessTest {
    private static final String[] PIECES = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", " ", "-", ".", "/", ",", ":",
        "+", "(", ")", "#", "=", "@", "\n", "\n\n", "|", "NHS ", "CHI ", "DOB ", "born ", "admitted ", "aged ", "MRN ",
        "year-old ", "ISBN ", "doi:10.", "https://", "www.", "](", "<!-- rounds:allow phone \"x\" -->", "<!--", "-->",
        "`", "```", "#", "## ", "![", "]", "<img ", ">", "March ", "LS", "AB", "Q", "é", "—", "\u00A0", "0044", "+44 ", "07"};

    @Test
    void randomTextNeverBreaksTheChecks() {
        SiteChecks checks = new SiteChecks(CheckSettings.DEFAULT);
        Random random = new Random(7);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String body = text.toString();
            assertThatCode(() -> checks.document(Path.of("x.md"), Optional.empty(), null, 2, body, 5))
                    .as(body).doesNotThrowAnyException();
        }
    }

    @Test
    void longTextWithoutSpacesDoesNotOverflow() {
        SiteChecks checks = new SiteChecks(CheckSettings.DEFAULT);
        String body = "a.".repeat(200_000) + "b@c.d " + "1-".repeat(100_000) + "ISBN " + "1 ".repeat(50_000);
        assertThatCode(() -> checks.document(Path.of("x.md"), Optional.empty(), null, 2, body, 5)).doesNotThrowAnyException();
    }
}

package dev.rounds.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.config.CheckSettings;
import dev.rounds.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Labels that a hand-wrapped Markdown paragraph splits over two lines still tie a number to a patient. */
class WrappedLabelsTest {
    private static final int BODY_LINE = 5;

    private static List<Diagnostic> findings(String body) {
        SiteChecks checks = new SiteChecks(new CheckSettings(false, List.of(), Set.of(), 500));
        return checks.document(Path.of("content/posts/wrapped.md"), Optional.empty(), null, 2, body, BODY_LINE).diagnostics()
                .stream().filter(d -> !Rules.CONTENT.contains(d.rule())).toList();
    }

    @Test
    void aHospitalNumberAfterAWrappedLabel() {
        List<Diagnostic> found = findings("The letter gave her medical\nrecord number 12345678 in full.\n");
        assertThat(found).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rules.HOSPITAL_NUMBER, BODY_LINE + 1, 15));
    }

    @Test
    void aPatientIdAfterAWrappedLabel() {
        List<Diagnostic> found = findings("Her patient\nID: A1234567\n");
        assertThat(found).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rules.HOSPITAL_NUMBER, BODY_LINE + 1, 5));
    }

    @Test
    void aDateOfBirthAfterAWrappedLabel() {
        List<Diagnostic> found = findings("Her date of\nbirth, 14/03/1956, was on the form.\n");
        assertThat(found).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rules.DATE_OF_BIRTH, BODY_LINE + 1, 8));
    }

    @Test
    void wrappedWordsWithoutANumberGiveNothing() {
        assertThat(findings("Keep the medical\nrecord number private, and the patient\nID too.\n")).isEmpty();
    }
}

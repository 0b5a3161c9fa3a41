package dev.rounds.check;

import dev.rounds.config.CheckSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scans one piece of text (an entry's body, or one front-matter value) for patient-identifiable
 * information. Built once per build and shared by every thread; {@link #scan} keeps no state.
 */
public final class ConfidentialityScanner {
    private final CheckSettings settings;

    public ConfidentialityScanner(CheckSettings settings) {
        this.settings = settings;
    }

    /** Every finding in {@code text}, by position; nothing inside {@code excluded} spans ({@code [start, end)} pairs). */
    List<Finding> scan(String text, List<int[]> excluded) {
        return scan(new ScanText(text, excluded));
    }

    /** Every finding in the text, by position; it is claimed and read as the rules go. */
    List<Finding> scan(ScanText scan) {
        List<Finding> findings = new ArrayList<>();
        // Rules that recognise a whole value run first and claim its span, so one value gives one finding.
        ContactCheck.emails(scan, settings.ownEmails(), findings);
        IdentifierCheck.scan(scan, settings.patterns(), findings);
        HealthNumberCheck.scan(scan, findings);
        DateCheck.scan(scan, findings);
        ContactCheck.phones(scan, findings);
        ContactCheck.postcodes(scan, findings);
        AgeCheck.scan(scan, findings);
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::rule));
        return findings;
    }

    /** Every finding in {@code text}. */
    List<Finding> scan(String text) {
        return scan(text, List.of());
    }
}

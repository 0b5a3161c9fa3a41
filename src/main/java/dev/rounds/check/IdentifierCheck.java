package dev.rounds.check;

import dev.rounds.config.CheckSettings;
import dev.rounds.diagnostic.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** US social security numbers, hospital numbers after their labels, and the site's own identifier patterns. */
final class IdentifierCheck {
    private static final Pattern SSN = Pattern.compile("(?<![0-9A-Za-z-])(\\d{3})-(\\d{2})-(\\d{4})(?![0-9A-Za-z]|-\\d)");
    static final Pattern HOSPITAL = Pattern.compile(
            "(?i)(?<![a-z_])(?:MRN|M\\.R\\.N\\.?|hospital\\s+(?:number|no\\.?|num\\.?|ID|identifier)|hosp\\.?\\s*(?:no\\.?|number|num\\.?)"
                    + "|unit\\s+(?:number|no\\.?)|case[\\s-]?notes?\\s+(?:number|no\\.?)|medical\\s+record\\s+(?:number|no\\.?)|patient\\s+ID)"
                    + "(?:\\s*[:#=.-]\\s*|\\s+)(?:(?:is|was|of|reads)\\s*[:#=-]?\\s*)?"
                    + "(?<value>(?-i:[A-Z]{0,3}[0-9][0-9A-Z/-]{3,15}[0-9A-Z]))(?![0-9A-Za-z]|[ \\u00A0-]\\d)");

    /** How {@link #HOSPITAL}'s labels begin: where it can match. */
    static final String[] HOSPITAL_LABELS = {"mrn", "m.r.n", "hosp", "unit", "case", "medical", "patient"};

    private IdentifierCheck() {
    }

    static void scan(ScanText scan, List<CheckSettings.CustomPattern> patterns, List<Finding> findings) {
        ssn(scan, findings);
        hospital(scan, findings);
        for (CheckSettings.CustomPattern pattern : patterns) {
            custom(scan, pattern, findings);
        }
    }

    private static void ssn(ScanText scan, List<Finding> findings) {
        if (!scan.hasHyphen()) {
            return;
        }
        Matcher matcher = SSN.matcher(scan.text());
        matcher.useTransparentBounds(true);
        for (int run : scan.digitRuns(3, 3)) {
            matcher.region(run, Math.min(scan.text().length(), run + 11));
            if (!matcher.lookingAt()) {
                continue;
            }
            String area = matcher.group(1);
            String group = matcher.group(2);
            String serial = matcher.group(3);
            if (area.equals("000") || area.equals("666") || area.startsWith("9") || group.equals("00") || serial.equals("0000")
                    || CheckDigits.isTrivial(area + group + serial)) {
                continue;
            }
            if (scan.isExcluded(matcher.start(), matcher.end()) || scan.isClaimed(matcher.start(), matcher.end())) {
                continue;
            }
            findings.add(new Finding(Rules.SSN, Severity.ERROR, matcher.start(), matcher.end(),
                    "a US social security number (" + Masking.mask(matcher.group()) + ")"));
            scan.claim(matcher.start(), matcher.end());
        }
    }

    private static void hospital(ScanText scan, List<Finding> findings) {
        Candidates matches = new Candidates(HOSPITAL, scan.text(), scan.starts(HOSPITAL_LABELS));
        // A label wrapped onto two lines ("medical\nrecord number") is still a label: Markdown
        // paragraphs are often wrapped by hand.
        while (matches.find()) {
            Matcher matcher = matches.matcher();
            int start = matcher.start("value");
            int end = matcher.end("value");
            String value = matcher.group("value");
            long digits = value.chars().filter(Character::isDigit).count();
            if (digits < 4 || scan.isExcluded(start, end) || scan.isClaimed(start, end)) {
                continue;
            }
            findings.add(new Finding(Rules.HOSPITAL_NUMBER, Severity.ERROR, start, end,
                    "a hospital number (" + Masking.mask(value) + ")"));
            scan.claim(start, end);
        }
    }

    private static void custom(ScanText scan, CheckSettings.CustomPattern pattern, List<Finding> findings) {
        Matcher matcher = pattern.pattern().matcher(scan.text());
        while (matcher.find()) {
            int group = matcher.groupCount() >= 1 && matcher.group(1) != null ? 1 : 0;
            int start = matcher.start(group);
            int end = matcher.end(group);
            if (end <= start) {
                continue;
            }
            if (scan.isExcluded(start, end) || scan.isClaimed(start, end)) {
                continue;
            }
            findings.add(new Finding(pattern.id(), Severity.ERROR, start, end,
                    "matches the site's pattern '" + pattern.id() + "' (" + Masking.mask(matcher.group(group)) + ")"));
            scan.claim(start, end);
        }
    }
}

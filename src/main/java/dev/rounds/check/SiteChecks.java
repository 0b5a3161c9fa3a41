package dev.rounds.check;

import dev.rounds.config.CheckSettings;
import dev.rounds.config.YamlNode;
import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.diagnostic.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every check of a site's content, for the build and for {@code rounds check}: the confidentiality
 * guard, alt text, headings, links and note length. Reads values, returns diagnostics; never
 * prints, never throws for a content problem. Built once per build and shared by every thread.
 */
public final class SiteChecks {
    /** Front-matter keys whose values are dates, addresses or settings, not text for readers. */
    private static final Set<String> NOT_TEXT = Set.of("date", "updated", "reviewed", "next_review", "obtained", "slug",
            "aliases", "syndication", "in_reply_to", "image", "draft", "confidentiality", "patient_story", "url", "doi", "pmid");

    private final CheckSettings settings;
    private final ConfidentialityScanner scanner;

    /** What the checks found in one content file, and its waivers. */
    public record DocumentReport(List<Diagnostic> diagnostics, List<Waiver> waivers, Map<String, String> allowedInFile) {
        public DocumentReport {
            diagnostics = List.copyOf(diagnostics);
            waivers = List.copyOf(waivers);
            allowedInFile = Map.copyOf(allowedInFile);
        }
    }

    public SiteChecks(CheckSettings settings) {
        this.settings = settings;
        this.scanner = new ConfidentialityScanner(settings);
    }

    /**
     * Checks one content file: its front-matter text values and its Markdown body, with the
     * waivers written in it.
     *
     * @param frontMatterText the YAML as written, or null when the file has none
     * @param frontMatterLine the file line the YAML starts on
     * @param bodyLine the file line the body starts on
     */
    public DocumentReport document(Path file, Optional<YamlNode.Mapping> frontMatter, String frontMatterText,
                                   int frontMatterLine, String body, int bodyLine) {
        try {
            return checkDocument(file, frontMatter, frontMatterText, frontMatterLine, body, bodyLine);
        } catch (StackOverflowError e) {
            // a pathological text (a line of hundreds of thousands of characters) must not pass unchecked, nor crash the build
            return new DocumentReport(List.of(Diagnostic.error(file, 1, 1,
                    "this file is too long or too deeply nested to check for patient information: split it")), List.of(), Map.of());
        }
    }

    private DocumentReport checkDocument(Path file, Optional<YamlNode.Mapping> frontMatter, String frontMatterText,
                                         int frontMatterLine, String body, int bodyLine) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Positions bodyPositions = new Positions(body, bodyLine, 1);
        Positions yamlPositions = frontMatterText == null ? null : new Positions(frontMatterText, frontMatterLine, 1);

        // Waivers written in the body, each for one finding on its line (or the next).
        ScanText bodyText = new ScanText(body);
        int[] allows = bodyText.startsAsWritten("rounds:allow");
        List<Waivers.Comment> comments = allows.length == 0 ? List.of() : Waivers.find(body);
        List<int[]> waiverSpans = new ArrayList<>();
        List<PendingWaiver> lineWaivers = new ArrayList<>();
        for (Waivers.Comment comment : comments) {
            waiverSpans.add(new int[] {comment.start(), comment.end()});
            int[] at = bodyPositions.at(comment.start());
            String problem = problem(comment.rule(), comment.reason(), comment.rest());
            if (problem != null) {
                diagnostics.add(Diagnostic.of(Rules.WAIVER, Severity.ERROR, file, at[0], at[1], problem));
                continue;
            }
            lineWaivers.add(new PendingWaiver(comment.rule(), comment.reason().strip(), at[0], at[1], comment.target()));
        }

        // A waiver comment that is never closed would hide the rest of the page in an HTML comment, and be published.
        for (int at : allows) {
            int start = at;
            if (comments.stream().noneMatch(c -> start >= c.start() && start < c.end())) {
                int[] position = bodyPositions.at(at);
                diagnostics.add(Diagnostic.of(Rules.WAIVER, Severity.ERROR, file, position[0], position[1],
                        "a waiver comment that is never closed: write it as <!-- rounds:allow RULE \"reason\" -->"));
            }
        }

        // Whole-file waivers: confidentiality.allow in front matter.
        List<PendingWaiver> fileWaivers = new ArrayList<>();
        frontMatter.ifPresent(mapping -> fileWaivers(file, mapping, fileWaivers, diagnostics));

        // Findings in the body.
        bodyText.exclude(waiverSpans);
        List<Finding> bodyFindings = new ArrayList<>(scanner.scan(bodyText));
        MarkdownRegions regions = new MarkdownRegions(body, bodyText.backticks(), bodyText.starts("<!--"));
        ReadingCheck.altText(body, bodyText.starts("!["), bodyText.starts("<img"), regions, bodyFindings);
        ReadingCheck.headings(body, regions, bodyFindings);
        bodyFindings.sort(Comparator.comparingInt(Finding::start));

        List<Placed> placed = new ArrayList<>();
        for (Finding finding : bodyFindings) {
            int[] at = bodyPositions.at(finding.start());
            placed.add(new Placed(finding, at[0], at[1], Waivers.lineOf(body, finding.start())));
        }
        // Findings in front-matter values.
        frontMatter.ifPresent(mapping -> scanValues(mapping, "", frontMatterText, yamlPositions, placed, 0));

        // Waive what the author waived, line by line, then file-wide.
        for (Placed finding : placed) {
            if (finding.bodyLine >= 0) {
                for (PendingWaiver waiver : lineWaivers) {
                    if (waiver.used == 0 && waiver.rule.equals(finding.finding.rule()) && waiver.targetLine == finding.bodyLine) {
                        waiver.used = 1;
                        finding.waived = true;
                        break;
                    }
                }
            }
            if (!finding.waived) {
                for (PendingWaiver waiver : fileWaivers) {
                    if (waiver.rule.equals(finding.finding.rule())) {
                        waiver.used++;
                        finding.waived = true;
                        break;
                    }
                }
            }
            if (!finding.waived) {
                diagnostics.add(diagnostic(file, finding.finding, finding.line, finding.column));
            }
        }
        List<Waiver> waivers = new ArrayList<>();
        Map<String, String> allowed = new java.util.LinkedHashMap<>();
        for (PendingWaiver waiver : lineWaivers) {
            waivers.add(new Waiver(file, waiver.line, waiver.column, waiver.rule, waiver.reason, false, waiver.used));
            if (waiver.used == 0) {
                diagnostics.add(Diagnostic.of(Rules.WAIVER, Severity.WARNING, file, waiver.line, waiver.column,
                        "this waiver of " + waiver.rule + " matches no finding on line " + (bodyLine + waiver.targetLine)
                                + ": remove it, or move it to the line before the finding"));
            }
        }
        for (PendingWaiver waiver : fileWaivers) {
            waivers.add(new Waiver(file, waiver.line, waiver.column, waiver.rule, waiver.reason, true, waiver.used));
            allowed.put(waiver.rule, waiver.reason);
        }
        return new DocumentReport(diagnostics, waivers, allowed);
    }

    /**
     * Checks the metadata of one image file.
     *
     * @param allowedInFile rules waived for the image by its entry's {@code confidentiality.allow}
     */
    public List<Diagnostic> image(Path file, byte[] bytes, Map<String, String> allowedInFile) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Finding finding : ImageMetadataCheck.scan(bytes)) {
            if (!allowedInFile.containsKey(finding.rule())) {
                diagnostics.add(diagnostic(file, finding, 1, 1));
            }
        }
        return diagnostics;
    }

    /** Whether a file name is an image whose metadata the checks read. */
    public static boolean isImage(String name) {
        return ImageMetadataCheck.isImage(name);
    }

    /**
     * Links in an entry's rendered HTML to pages or files of the site that the build does not make.
     *
     * @param pageUrl the entry's URL path without the base path
     * @param outputs the path of every file the build makes
     */
    public List<Diagnostic> links(Path file, String body, int bodyLine, String html, String pageUrl, String basePath,
                                  Set<String> outputs) {
        List<Finding> findings = new ArrayList<>();
        LinkCheck.scan(html, Waivers.strip(body), pageUrl, basePath, outputs, findings);
        Positions positions = new Positions(body, bodyLine, 1);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Finding finding : findings) {
            int[] at = positions.at(finding.start());
            diagnostics.add(diagnostic(file, finding, at[0], at[1]));
        }
        return diagnostics;
    }

    /** A warning when a note's text is longer than {@code notes.max_length}. */
    public Optional<Diagnostic> noteLength(Path file, int bodyLine, String plainText) {
        int length = plainText.strip().codePointCount(0, plainText.strip().length());
        if (length <= settings.notesMaxLength()) {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.of(Rules.NOTE_LENGTH, Severity.WARNING, file, bodyLine, 1,
                "this note is " + length + " characters long, over notes.max_length (" + settings.notesMaxLength()
                        + "): shorten it, or make it a post"));
    }

    /** Whether {@code rule} is one the confidentiality guard owns (so confidentiality.mode applies to it). */
    public boolean isConfidentiality(String rule) {
        return Rules.CONFIDENTIALITY.containsKey(rule) || settings.patterns().stream().anyMatch(p -> p.id().equals(rule));
    }

    private boolean isKnownRule(String rule) {
        return Rules.isBuiltIn(rule) || settings.patterns().stream().anyMatch(p -> p.id().equals(rule));
    }

    private Diagnostic diagnostic(Path file, Finding finding, int line, int column) {
        Severity severity = finding.severity();
        String message = finding.message();
        if (severity == Severity.ERROR && settings.warnOnly() && isConfidentiality(finding.rule())) {
            severity = Severity.WARNING;
        } else if (severity == Severity.ERROR && isConfidentiality(finding.rule()) && !finding.rule().startsWith("image-")) {
            message = message + ": remove it, or waive it with <!-- rounds:allow " + finding.rule() + " \"reason\" -->";
        }
        return Diagnostic.of(finding.rule(), severity, file, line, column, message);
    }

    private String problem(String rule, String reason, String rest) {
        String example = "<!-- rounds:allow nhs-number \"the 999 test range, not a patient's\" -->";
        if (rule == null) {
            return "a waiver must name a rule and give a reason: " + example;
        }
        if (!isKnownRule(rule)) {
            return "a waiver of an unknown rule '" + rule + "' (rules: " + String.join(", ", new java.util.TreeSet<>(Rules.CONFIDENTIALITY.keySet())) + ")";
        }
        if (reason == null || reason.isBlank()) {
            return "a waiver without a reason: say in double quotes why this may be published, as in " + example;
        }
        if (!rest.isEmpty()) {
            return "unexpected text after the waiver's reason: '" + rest + "'";
        }
        return null;
    }

    private void fileWaivers(Path file, YamlNode.Mapping frontMatter, List<PendingWaiver> waivers, List<Diagnostic> diagnostics) {
        YamlNode node = frontMatter.get("confidentiality");
        if (node == null || node instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            diagnostics.add(Diagnostic.of(Rules.WAIVER, Severity.ERROR, file, node.line(), node.column(),
                    "'confidentiality' must be a mapping with 'allow': a list of {rule, reason}"));
            return;
        }
        mapping.fields().forEach((key, field) -> {
            if (!key.equals("allow")) {
                diagnostics.add(Diagnostic.of(Rules.WAIVER, Severity.WARNING, file, field.keyLine(), field.keyColumn(),
                        "unknown confidentiality key '" + key + "' (only 'allow' is read here)"));
            }
        });
        YamlNode allow = mapping.get("allow");
        if (allow == null) {
            return;
        }
        if (!(allow instanceof YamlNode.Sequence list)) {
            diagnostics.add(Diagnostic.of(Rules.WAIVER, Severity.ERROR, file, allow.line(), allow.column(),
                    "'confidentiality.allow' must be a list of {rule, reason}"));
            return;
        }
        for (YamlNode item : list.items()) {
            String rule = item instanceof YamlNode.Mapping m && m.get("rule") instanceof YamlNode.Scalar s && !s.isNull() ? s.text().strip() : null;
            String reason = item instanceof YamlNode.Mapping m && m.get("reason") instanceof YamlNode.Scalar s && !s.isNull() ? s.text() : null;
            String problem = !(item instanceof YamlNode.Mapping)
                    ? "each item of 'confidentiality.allow' must be a mapping: {rule: nhs-number, reason: \"…\"}"
                    : problem(rule, reason, "");
            if (problem != null) {
                diagnostics.add(Diagnostic.of(Rules.WAIVER, Severity.ERROR, file, item.line(), item.column(), problem));
                continue;
            }
            waivers.add(new PendingWaiver(rule, reason.strip(), item.line(), item.column(), -1));
        }
    }

    /** Scans every text value of the front matter, each on its own, at its own position. */
    private void scanValues(YamlNode node, String key, String yamlText, Positions positions, List<Placed> placed, int depth) {
        if (depth > 16) {
            return;
        }
        if (node instanceof YamlNode.Mapping mapping) {
            mapping.fields().forEach((name, field) -> {
                if (!NOT_TEXT.contains(name)) {
                    scanValues(field.value(), name, yamlText, positions, placed, depth + 1);
                }
            });
        } else if (node instanceof YamlNode.Sequence sequence) {
            sequence.items().forEach(item -> scanValues(item, key, yamlText, positions, placed, depth + 1));
        } else if (node instanceof YamlNode.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
            // the key is context for the value ("nhs_number: …"), but never a finding itself
            String label = key.replace('_', ' ') + ": ";
            for (Finding found : scanner.scan(label + scalar.text())) {
                if (found.start() < label.length()) {
                    continue;
                }
                Finding finding = new Finding(found.rule(), found.severity(), found.start() - label.length(),
                        found.end() - label.length(), found.message());
                int[] at = locate(scalar, finding, yamlText, positions);
                placed.add(new Placed(finding, at[0], at[1], -1));
            }
        }
    }

    /** Where a finding in a front-matter value is in the file: found in the YAML as written, else at the value. */
    private static int[] locate(YamlNode.Scalar scalar, Finding finding, String yamlText, Positions positions) {
        if (yamlText != null) {
            int nodeOffset = positions.offsetOf(scalar.line(), scalar.column());
            String value = scalar.text().substring(finding.start(), finding.end());
            if (nodeOffset >= 0) {
                int found = yamlText.indexOf(value, nodeOffset);
                if (found >= 0 && found - nodeOffset <= scalar.text().length() * 2 + 8) {
                    return positions.at(found);
                }
            }
        }
        return new int[] {scalar.line(), scalar.column()};
    }

    private static final class PendingWaiver {
        final String rule;
        final String reason;
        final int line;
        final int column;
        final int targetLine;
        int used;

        PendingWaiver(String rule, String reason, int line, int column, int targetLine) {
            this.rule = rule;
            this.reason = reason;
            this.line = line;
            this.column = column;
            this.targetLine = targetLine;
        }
    }

    private static final class Placed {
        final Finding finding;
        final int line;
        final int column;
        final int bodyLine;
        boolean waived;

        Placed(Finding finding, int line, int column, int bodyLine) {
            this.finding = finding;
            this.line = line;
            this.column = column;
            this.bodyLine = bodyLine;
        }
    }
}

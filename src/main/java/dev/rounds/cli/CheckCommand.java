package dev.rounds.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rounds.build.CheckResult;
import dev.rounds.build.SiteBuilder;
import dev.rounds.check.Waiver;
import dev.rounds.config.BuildOptions;
import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.diagnostic.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rounds check [SITE]}: every content check as a report, without writing the site. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Checks the site in SITE without writing it, and reports every finding.",
                "Checks patient-identifiable information (the confidentiality guard), image metadata, alt text,",
                "links, heading levels, note length, reviews and readability. Prints a report grouped by file",
                "and a summary line; the exit code is 1 when anything is an error."})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SiteArgument siteArgument;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json (the same findings, for CI).")
    Format format;

    @Option(names = "--waivers", description = "Also list every waiver in the site (rounds:allow comments and confidentiality.allow), for review.")
    boolean waivers;

    @Option(names = "--drafts", description = "Check links and pages as a build with --drafts would make them.")
    boolean drafts;

    @Option(names = "--future", description = "Check links and pages as a build with --future would make them.")
    boolean future;

    @Option(names = "--base-url", paramLabel = "URL", description = "Check as if published at URL instead of site.yaml's baseURL.")
    String baseUrl;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path workingDirectory = Path.of("").toAbsolutePath();
        BuildOptions options = new BuildOptions(siteArgument.folder, siteArgument.folder.toAbsolutePath().resolve("public"), drafts, future,
                Optional.ofNullable(baseUrl), BuildOptions.nowOrSourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")));
        CheckResult result = new SiteBuilder("Rounds " + Main.Version.number()).check(options);
        if (format == Format.json) {
            out.println(json(result, workingDirectory));
        } else {
            text(out, result, workingDirectory);
        }
        out.flush();
        return result.hasErrors() ? 1 : 0;
    }

    private void text(PrintWriter out, CheckResult result, Path workingDirectory) {
        if (waivers) {
            out.println(result.waivers().isEmpty() ? "No waivers." : "Waivers (" + result.waivers().size() + "):");
            for (Waiver waiver : result.waivers()) {
                out.println("  " + where(waiver.file(), workingDirectory) + ":" + waiver.line() + ":" + waiver.column() + ": "
                        + waiver.rule() + " \"" + waiver.reason() + "\" (" + (waiver.wholeFile() ? "whole file, " : "")
                        + "waives " + waiver.waived() + (waiver.waived() == 1 ? " finding)" : " findings)"));
            }
            out.println();
        }
        String group = null;
        for (Diagnostic diagnostic : result.diagnostics()) {
            String where = diagnostic.where(workingDirectory);
            if (group != null && !Objects.equals(group, where)) {
                out.println();
            }
            group = where;
            out.println(diagnostic.format(workingDirectory));
        }
        if (group != null) {
            out.println();
        }
        out.println(summary(result));
    }

    static String summary(CheckResult result) {
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    private String json(CheckResult result, Path workingDirectory) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode findings = root.putArray("findings");
        for (Diagnostic diagnostic : result.diagnostics()) {
            ObjectNode finding = findings.addObject();
            finding.put("file", diagnostic.where(workingDirectory));
            finding.put("line", diagnostic.line());
            finding.put("column", diagnostic.column());
            finding.put("severity", diagnostic.severity().label());
            if (diagnostic.rule() != null) {
                finding.put("rule", diagnostic.rule());
            } else {
                finding.putNull("rule");
            }
            finding.put("message", diagnostic.message());
        }
        ArrayNode list = root.putArray("waivers");
        for (Waiver waiver : result.waivers()) {
            ObjectNode item = list.addObject();
            item.put("file", where(waiver.file(), workingDirectory));
            item.put("line", waiver.line());
            item.put("column", waiver.column());
            item.put("rule", waiver.rule());
            item.put("reason", waiver.reason());
            item.put("scope", waiver.wholeFile() ? "file" : "line");
            item.put("waived", waiver.waived());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("warnings", result.count(Severity.WARNING));
        summary.put("info", result.count(Severity.INFO));
        summary.put("files", result.files());
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String where(Path file, Path workingDirectory) {
        return new Diagnostic(Severity.INFO, file, null, 1, 1, "").where(workingDirectory);
    }
}

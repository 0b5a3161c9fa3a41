package dev.rounds.cli;

import dev.rounds.build.BuildResult;
import dev.rounds.build.SiteBuilder;
import dev.rounds.config.BuildOptions;
import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.output.DiskSink;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rounds build [SITE]}. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Builds the site in SITE into SITE/public/ (or the folder given with -o).",
                "Nothing is written when the site has an error; only changed files are rewritten."})
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SiteArgument siteArgument;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write the site into DIR instead of SITE/public/.")
    Path output;

    @Option(names = "--drafts", description = "Include entries marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--future", description = "Include entries dated in the future.")
    boolean future;

    @Option(names = "--base-url", paramLabel = "URL", description = "Publish at URL instead of site.yaml's baseURL.")
    String baseUrl;

    @Option(names = "--timings", description = "Also print how long each phase of the build took.")
    boolean timings;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path workingDirectory = Path.of("").toAbsolutePath();
        Path outputDir = output != null ? output.toAbsolutePath() : siteArgument.folder.toAbsolutePath().resolve("public");
        BuildOptions options = new BuildOptions(siteArgument.folder, outputDir, drafts, future, Optional.ofNullable(baseUrl),
                BuildOptions.nowOrSourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")));
        BuildResult result = new SiteBuilder("Rounds " + Main.Version.number()).build(options, new DiskSink(outputDir));
        for (Diagnostic diagnostic : result.diagnostics()) {
            err.println(diagnostic.format(workingDirectory));
        }
        if (!result.published()) {
            long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println("Build failed: " + errors + (errors == 1 ? " error" : " errors") + "; nothing was written.");
            return 1;
        }
        out.println(String.format(Locale.ROOT, "Built %d %s, %d %s and %d %s into %s in %d ms (%d files: %d written, %d unchanged, %d removed%s).",
                result.posts(), plural(result.posts(), "post"), result.notes(), plural(result.notes(), "note"),
                result.pages(), plural(result.pages(), "page"), display(outputDir, workingDirectory),
                result.duration().toMillis(), result.files(), result.written(), result.unchanged(), result.removed(),
                result.warnings() == 0 ? "" : "; " + result.warnings() + plural((int) result.warnings(), " warning")));
        if (timings) {
            result.phases().forEach((phase, time) -> out.println(String.format(Locale.ROOT, "  %-24s %6d ms", phase, time.toMillis())));
            out.println(String.format(Locale.ROOT, "  %-24s %6d of %d entries, from the last build", "markdown kept",
                    result.keptRenders(), result.posts() + result.notes() + result.pages()));
        }
        return 0;
    }

    private static String plural(int count, String word) {
        return count == 1 ? word : word + "s";
    }

    private static String display(Path folder, Path workingDirectory) {
        Path absolute = folder.toAbsolutePath().normalize();
        String shown = absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)
                ? workingDirectory.relativize(absolute).toString() : absolute.toString();
        return shown + "/";
    }
}

package dev.rounds.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.build.BuildResult;
import dev.rounds.build.SiteBuilder;
import dev.rounds.cli.Main;
import dev.rounds.config.BuildOptions;
import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.output.MemorySink;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A site the tests write into a temporary folder, built in memory or through the command line. */
final class SmallSite {
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final Path root;

    SmallSite(Path root, String config) {
        this.root = root;
        file("site.yaml", config);
    }

    SmallSite(Path root) {
        this(root, "title: Test Clinic\nbaseURL: https://example.org/\n");
    }

    SmallSite file(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site built in memory at {@link #NOW}, without drafts or future entries. */
    Built build() {
        return build(false);
    }

    Built build(boolean drafts) {
        MemorySink sink = new MemorySink();
        BuildOptions options = new BuildOptions(root, root.resolve("public"), drafts, false, Optional.empty(), NOW);
        return new Built(new SiteBuilder("Rounds test").build(options, sink), sink);
    }

    /** {@code rounds build ROOT ARGS…}: exit code and standard error. */
    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "build";
        all[1] = root.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(o, e, all);
        }
        return new Run(code, err.toString());
    }

    record Run(int exitCode, String err) {
    }

    record Built(BuildResult result, MemorySink sink) {
        Built assertClean() {
            assertThat(result.diagnostics()).as("diagnostics").isEmpty();
            assertThat(result.published()).isTrue();
            return this;
        }

        List<String> errors() {
            return result.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.line() + ":" + d.column() + ": " + d.message()).toList();
        }

        Document page(String url) {
            String path = url.substring(1) + (url.endsWith("/") ? "index.html" : "");
            byte[] bytes = sink.get(path);
            assertThat(bytes).as("output %s of %s", path, sink.files().keySet()).isNotNull();
            return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "https://example.org" + url);
        }
    }
}

package dev.rounds.check;

import dev.rounds.build.BuildResult;
import dev.rounds.build.CheckResult;
import dev.rounds.build.SiteBuilder;
import dev.rounds.cli.Main;
import dev.rounds.config.BuildOptions;
import dev.rounds.output.MemorySink;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** A small site written into a temporary folder by a test, built into memory or checked. */
final class SiteFixture {
    static final String SITE_YAML = "title: Test clinic\nbaseURL: https://example.org/\n";

    final Path dir;
    MemorySink sink;

    SiteFixture(Path dir) {
        this.dir = dir;
        file("site.yaml", SITE_YAML);
    }

    SiteFixture file(String relative, String text) {
        return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    SiteFixture bytes(String relative, byte[] content) {
        try {
            Path path = dir.resolve(relative);
            Files.createDirectories(path.getParent());
            Files.write(path, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A post with a title and the given body, dated in the past. */
    SiteFixture post(String name, String body) {
        return file("content/posts/2025-01-10-" + name + ".md", "---\ntitle: " + name + "\n---\n" + body);
    }

    Path path(String relative) {
        return dir.resolve(relative);
    }

    private BuildOptions options() {
        return new BuildOptions(dir, dir.resolve("public"), false, false, Optional.empty(), Instant.parse("2026-06-01T00:00:00Z"));
    }

    BuildResult build() {
        sink = new MemorySink();
        return new SiteBuilder("Rounds test").build(options(), sink);
    }

    CheckResult check() {
        return new SiteBuilder("Rounds test").check(options());
    }

    String page(String path) {
        byte[] bytes = sink.get(path);
        if (bytes == null) {
            throw new AssertionError("no output " + path + " in " + sink.files().keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Runs the command line; the site's path is given absolute. */
    Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    record Run(int code, String out, String err) {
    }
}

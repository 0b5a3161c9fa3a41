package dev.rounds.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.build.BuildResult;
import dev.rounds.build.SiteBuilder;
import dev.rounds.cli.Main;
import dev.rounds.config.BuildOptions;
import dev.rounds.output.MemorySink;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A small site written into a temporary folder, built through the command line ({@code Main.run})
 * or the engine ({@code SiteBuilder}), with its output readable as jsoup documents.
 *
 * <pre>
 * TestSite site = TestSite.in(tempDir)
 *         .post("2026-01-05-hello.md", "title: Hello", "Some *text*.");
 * site.build().assertClean();
 * Document page = site.page("/2026/01/hello/");
 * </pre>
 */
public final class TestSite {
    /** The site.yaml that {@link #in(Path)} writes. */
    public static final String MINIMAL_CONFIG = "title: Test Clinic\nbaseURL: https://example.org/\n";

    /** A fixed "now" for builds through the engine: 25 November 2026, 12:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final Path root;

    private TestSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** A site with a minimal site.yaml (title and baseURL) in {@code folder}. */
    public static TestSite in(Path folder) {
        return new TestSite(folder).config(MINIMAL_CONFIG);
    }

    /** A folder with nothing in it yet (not even site.yaml). */
    public static TestSite empty(Path folder) {
        return new TestSite(folder);
    }

    /** A copy of an existing site folder (e.g. the project's content-example). */
    public static TestSite copyOf(Path source, Path folder) {
        copyTree(source, folder);
        return new TestSite(folder);
    }

    public Path root() {
        return root;
    }

    /** The default output folder, {@code public/}. */
    public Path output() {
        return root.resolve("public");
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    /** Replaces site.yaml. */
    public TestSite config(String yaml) {
        return file("site.yaml", yaml);
    }

    /** Writes a text file (UTF-8), creating its folders. */
    public TestSite file(String relative, String text) {
        return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a file's bytes, creating its folders. */
    public TestSite bytes(String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code content/posts/NAME} with the given front matter (YAML lines, without the dashes) and body. */
    public TestSite post(String name, String frontMatter, String body) {
        return file("content/posts/" + name, withFrontMatter(frontMatter, body));
    }

    /** Writes {@code content/notes/NAME}; a null front matter writes the body alone. */
    public TestSite note(String name, String frontMatter, String body) {
        return file("content/notes/" + name, frontMatter == null ? body : withFrontMatter(frontMatter, body));
    }

    /** Writes {@code content/pages/NAME}. */
    public TestSite page(String name, String frontMatter, String body) {
        return file("content/pages/" + name, withFrontMatter(frontMatter, body));
    }

    public static String withFrontMatter(String frontMatter, String body) {
        return "---\n" + frontMatter + (frontMatter.endsWith("\n") ? "" : "\n") + "---\n" + body + (body.endsWith("\n") ? "" : "\n");
    }

    public TestSite delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code rounds build ROOT ARGS…} through {@code Main.run}. */
    public Run build(String... args) {
        List<String> all = new ArrayList<>();
        all.add("build");
        all.add(root.toString());
        all.addAll(Arrays.asList(args));
        return run(all.toArray(String[]::new));
    }

    /** Any command line through {@code Main.run}, capturing both streams and the exit code. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(o, e, args);
        }
        return new Run(code, out.toString(), err.toString());
    }

    /** Builds through the engine into memory, with a fixed "now" (no clock involved). */
    public MemoryBuild buildInMemory(Instant now, boolean drafts, boolean future) {
        BuildOptions options = new BuildOptions(root, output(), drafts, future, Optional.empty(), now);
        MemorySink sink = new MemorySink();
        BuildResult result = new SiteBuilder("Rounds test").build(options, sink);
        return new MemoryBuild(result, sink);
    }

    /** Builds through the engine into memory at {@link #NOW}, without drafts or future entries. */
    public MemoryBuild buildInMemory() {
        return buildInMemory(NOW, false, false);
    }

    /** The file in {@code public/} for a URL path ({@code /about/} is {@code about/index.html}). */
    public Path outputFile(String url) {
        return output().resolve(outputPathOf(url));
    }

    public static String outputPathOf(String url) {
        String path = url.startsWith("/") ? url.substring(1) : url;
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** Whether the built site has a file for the URL path. */
    public boolean exists(String url) {
        return Files.isRegularFile(outputFile(url));
    }

    /** The built page at a URL path, parsed; fails when it does not exist. */
    public Document page(String url) {
        Path file = outputFile(url);
        assertThat(file).as("page %s", url).isRegularFile();
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "https://example.org" + url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a built file. */
    public String text(String url) {
        try {
            return Files.readString(outputFile(url), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under the output folder, as paths relative to it with {@code /}. */
    public List<String> outputFiles() {
        return relativeFiles(output());
    }

    /** Every regular file below {@code folder} (symbolic links not followed), relative, sorted. */
    public static List<String> relativeFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes and times of every file in the output folder now. */
    public Snapshot snapshot() {
        return Snapshot.of(output());
    }

    private static void copyTree(Path source, Path target) {
        try {
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, target.resolve(source.relativize(file).toString()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

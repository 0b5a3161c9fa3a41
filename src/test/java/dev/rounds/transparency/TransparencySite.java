package dev.rounds.transparency;

import dev.rounds.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A small site in a temporary folder, built through the command line. */
final class TransparencySite {
    static final String CONFIG = """
            title: Ward Notes
            baseURL: https://example.org/
            author: amara
            authors:
              amara:
                name: Dr Amara Okafor
                profession: Consultant diabetologist
                regulator: GMC
                registration: 7012345
                photo: /images/amara.jpg
                photo_alt: Dr Okafor smiling in clinic
                links: ["https://mastodon.example/@amara"]
                bio: Writes about diabetes.
              sam:
                name: Sam Patel
                profession: Diabetes specialist nurse
                regulator: NMC
                registration: 12a3456e
            review: {interval: 3y}
            """;

    record Run(int exitCode, String out, String err) {
        List<String> errors() {
            return err.lines().filter(line -> line.contains(": error: ")).toList();
        }

        List<String> warnings() {
            return err.lines().filter(line -> line.contains(": warning: ")).toList();
        }
    }

    private final Path root;

    TransparencySite(Path root) {
        this.root = root;
    }

    TransparencySite write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TransparencySite config(String yaml) {
        return write("site.yaml", yaml);
    }

    TransparencySite post(String name, String frontMatter, String body) {
        return write("content/posts/" + name, "---\n" + frontMatter.strip() + "\n---\n" + body + "\n");
    }

    TransparencySite page(String name, String frontMatter, String body) {
        return write("content/pages/" + name, "---\n" + frontMatter.strip() + "\n---\n" + body + "\n");
    }

    Run build(String... extra) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[extra.length + 2];
        args[0] = "build";
        args[1] = root.toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Builds and expects neither errors nor warnings. */
    TransparencySite buildClean() {
        Run run = build();
        if (run.exitCode() != 0 || !run.err().isEmpty()) {
            throw new AssertionError("expected a clean build, got exit " + run.exitCode() + ":\n" + run.err());
        }
        return this;
    }

    boolean exists(String url) {
        return Files.exists(file(url));
    }

    Document page(String url) {
        try {
            return Jsoup.parse(Files.readString(file(url)), "https://example.org" + url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String url) {
        String path = url.substring(1);
        return root.resolve("public").resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    }
}

package dev.rounds.scaffold;

import dev.rounds.config.ConfigLoader;
import dev.rounds.config.SiteConfig;
import dev.rounds.content.Slugs;
import dev.rounds.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code rounds new post|note|page}: one correctly named file with front matter, dated now in the
 * site's time zone. An existing file is never overwritten.
 */
public final class EntryScaffold {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm", Locale.ROOT);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

    private EntryScaffold() {
    }

    /** {@code content/posts/YYYY-MM-DD-slug.md}, a draft unless {@code publish}. */
    public static Scaffold post(Path siteDir, String title, boolean publish, Instant now, Predicate<String> themeExists) {
        Optional<String> problem = titleProblem(title);
        if (problem.isPresent()) {
            return Scaffold.refused(Diagnostic.errorIn("new post", 1, 1, problem.get()));
        }
        SiteContext site = site(siteDir, themeExists);
        if (site.problem().isPresent()) {
            return Scaffold.refused(site.problem().get());
        }
        ZonedDateTime local = now.atZone(site.zone());
        String slug = Slugs.slugify(title);
        Path file = site.dir().resolve("content/posts/" + DAY.format(local) + "-" + slug + ".md");
        Path bundle = site.dir().resolve("content/posts/" + DAY.format(local) + "-" + slug);
        if (Files.isDirectory(bundle)) {
            return exists(bundle);
        }
        String text = "---\n"
                + "title: " + Yaml.quoted(title.strip()) + "\n"
                + "date: " + DATE_TIME.format(local) + "\n"
                + "# summary: One or two sentences for the home page, search results and feeds.\n"
                + "tags: []\n"
                + (publish ? "" : "# A draft is shown by `rounds serve` but not published by `rounds build`: delete this line to publish.\n"
                        + "draft: true\n")
                + "---\n"
                + "Write your post here, in Markdown.\n";
        return write(file, text);
    }

    /** {@code content/notes/YYYY-MM-DD-HHMM.md} (with seconds when a note of that minute exists) holding just the text. */
    public static Scaffold note(Path siteDir, String text, Instant now, Predicate<String> themeExists) {
        if (text == null || text.isBlank()) {
            return Scaffold.refused(Diagnostic.errorIn("new note", 1, 1, "the note is empty: give its text, e.g. rounds new note \"Flu clinics open today.\""));
        }
        SiteContext site = site(siteDir, themeExists);
        if (site.problem().isPresent()) {
            return Scaffold.refused(site.problem().get());
        }
        ZonedDateTime local = now.atZone(site.zone());
        String body = text.strip().replace("\r\n", "\n") + "\n";
        if (body.startsWith("---")) {
            body = "\n" + body;
        }
        Path byMinute = site.dir().resolve("content/notes/" + MINUTE.format(local) + ".md");
        if (!Files.exists(byMinute)) {
            Scaffold written = write(byMinute, body);
            if (written.ok() || !Files.exists(byMinute)) {
                return written;
            }
        }
        return write(site.dir().resolve("content/notes/" + SECOND.format(local) + ".md"), body);
    }

    /** {@code content/pages/slug.md}. */
    public static Scaffold page(Path siteDir, String title, Instant now, Predicate<String> themeExists) {
        Optional<String> problem = titleProblem(title);
        if (problem.isPresent()) {
            return Scaffold.refused(Diagnostic.errorIn("new page", 1, 1, problem.get()));
        }
        SiteContext site = site(siteDir, themeExists);
        if (site.problem().isPresent()) {
            return Scaffold.refused(site.problem().get());
        }
        String slug = Slugs.slugify(title);
        Path bundle = site.dir().resolve("content/pages/" + slug);
        if (Files.isDirectory(bundle)) {
            return exists(bundle);
        }
        String text = "---\n"
                + "title: " + Yaml.quoted(title.strip()) + "\n"
                + "# menu: true adds the page to the navigation (or give the link's text: menu: \"Contact\").\n"
                + "menu: false\n"
                + "---\n"
                + "Write the page here, in Markdown.\n";
        return write(site.dir().resolve("content/pages/" + slug + ".md"), text);
    }

    private static Optional<String> titleProblem(String title) {
        if (title == null || title.isBlank()) {
            return Optional.of("the title is empty: give one, e.g. \"Looking after your feet\"");
        }
        if (Slugs.slugify(title).isEmpty()) {
            return Optional.of("the title '" + title.strip() + "' has no letters or digits to make a file name from");
        }
        return Optional.empty();
    }

    private record SiteContext(Path dir, ZoneId zone, Optional<Diagnostic> problem) {
    }

    private static SiteContext site(Path siteDir, Predicate<String> themeExists) {
        Path dir = siteDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(ConfigLoader.FILE_NAME))) {
            String message = Files.isDirectory(dir)
                    ? "no site.yaml here: run this inside a site folder, or give --site DIR (`rounds new site DIR` makes a site)"
                    : "no such site folder";
            return new SiteContext(dir, ZoneId.of("Europe/London"),
                    Optional.of(Diagnostic.error(Files.isDirectory(dir) ? dir.resolve(ConfigLoader.FILE_NAME) : dir, 1, 1, message)));
        }
        ConfigLoader.Result loaded = ConfigLoader.load(dir, Optional.of("https://example.invalid/"), themeExists);
        if (loaded.config().isEmpty()) {
            List<Diagnostic> errors = loaded.diagnostics().stream().filter(Diagnostic::isError).toList();
            return new SiteContext(dir, ZoneId.of("Europe/London"), errors.stream().findFirst());
        }
        SiteConfig config = loaded.config().get();
        return new SiteContext(dir, config.timezone(), Optional.empty());
    }

    private static Scaffold exists(Path path) {
        return Scaffold.refused(Diagnostic.error(path, 1, 1,
                "already exists: Rounds never overwrites a file; choose another title, or edit that one"));
    }

    private static Scaffold write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return Scaffold.wrote(List.of(file));
        } catch (FileAlreadyExistsException e) {
            return exists(file);
        } catch (IOException e) {
            return Scaffold.refused(Diagnostic.error(file, 1, 1, "cannot write: " + e.getMessage()));
        }
    }
}

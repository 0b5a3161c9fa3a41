package dev.rounds.scaffold;

import dev.rounds.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code rounds new site DIR}: a site that builds at once, with every common setting of site.yaml
 * written out (most of them commented), one post, one note and an About page.
 */
public final class SiteScaffold {
    /** Files that may already be in the folder: a fresh {@code git init}, operating-system litter. */
    private static final Set<String> ALLOWED_ALREADY = Set.of(".git", ".DS_Store", "Thumbs.db", "desktop.ini");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm", Locale.ROOT);

    private SiteScaffold() {
    }

    /**
     * Writes a new site into {@code dir}, which must not exist or be empty.
     *
     * @param theme a theme shipped with Rounds (the caller checks the name)
     * @param title the site's title; blank for one made from the folder's name
     * @param zone the time zone written into site.yaml, in which the first post and note are dated
     */
    public static Scaffold create(Path dir, String theme, String title, ZoneId zone, Instant now) {
        Path site = dir.toAbsolutePath().normalize();
        if (Files.exists(site) && !Files.isDirectory(site)) {
            return Scaffold.refused(Diagnostic.error(site, 1, 1, "a file, not a folder: give the name of a new folder"));
        }
        if (Files.isDirectory(site)) {
            try (Stream<Path> entries = Files.list(site)) {
                List<String> found = entries.map(p -> p.getFileName().toString()).filter(n -> !ALLOWED_ALREADY.contains(n)).sorted().toList();
                if (!found.isEmpty()) {
                    return Scaffold.refused(Diagnostic.error(site, 1, 1, "the folder is not empty (it holds " + found.get(0)
                            + (found.size() > 1 ? " and " + (found.size() - 1) + " more" : "")
                            + "): `rounds new site` writes only into a new or empty folder, so that it never overwrites anything"));
                }
            } catch (IOException e) {
                return Scaffold.refused(Diagnostic.error(site, 1, 1, "cannot read the folder: " + e.getMessage()));
            }
        }
        String siteTitle = title == null || title.isBlank() ? titleFromFolder(site) : title.strip();
        ZonedDateTime local = now.atZone(zone);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("site.yaml", siteYaml(siteTitle, theme, zone));
        files.put("content/posts/" + DAY.format(local) + "-welcome.md", firstPost());
        files.put("content/notes/" + STAMP.format(local) + ".md", firstNote());
        files.put("content/pages/about.md", aboutPage());
        files.put("static/.gitkeep", "");
        files.put(".gitignore", "# the built site: `rounds build` writes it, so it is not kept in git\n/public/\n"
                + "# what a build keeps for the next one (Markdown already converted)\n/.rounds/\n");

        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(site);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = site.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                written.add(path);
            }
        } catch (IOException e) {
            return new Scaffold(written, List.of(Diagnostic.error(site, 1, 1, "cannot write the new site: " + e)));
        }
        return Scaffold.wrote(written);
    }

    /** The computer's time zone when it is a named region (Europe/Dublin), else Europe/London. */
    public static ZoneId defaultZone() {
        try {
            String id = ZoneId.systemDefault().getId();
            return id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/") ? ZoneId.of(id) : ZoneId.of("Europe/London");
        } catch (DateTimeException e) {
            return ZoneId.of("Europe/London");
        }
    }

    /** {@code my-clinic-blog} gives "My clinic blog". */
    static String titleFromFolder(Path site) {
        Path name = site.getFileName();
        String words = name == null ? "" : name.toString().replaceAll("[-_.\\s]+", " ").strip();
        if (words.isEmpty()) {
            return "My site";
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static String siteYaml(String title, String theme, ZoneId zone) {
        return """
                # The settings of this Rounds site. Lines starting with # are comments: remove the #
                # to use a setting. Every setting is described in Rounds' README.

                # The name of the site, shown on every page and in the feeds.
                title: %s

                # The address the site will be published at: links, feeds and the sitemap use it.
                # Change it before you deploy. It may have a path: https://example.org/blog/
                baseURL: https://example.org/

                # One or two sentences about the site, for search engines and feed readers.
                description: %s

                # The language the site is written in, and the time zone its dates are in.
                language: en-gb
                timezone: %s

                # The look of the site; `clinic` is shipped with Rounds. A theme of your own goes in
                # themes/NAME/, and any template copied into layouts/ overrides the theme's.
                theme: %s

                # How many entries a list page shows before "Older" links to the next.
                # paginate: 10

                # The addresses of entries (these are the defaults).
                # permalinks:
                #   posts: /:year/:month/:slug/
                #   notes: /notes/:year/:month/:day/:slug/
                #   pages: /:slug/

                # Links in the navigation (pages with `menu: true` are added by themselves).
                # menu:
                #   - title: Subscribe
                #     url: /subscribe/

                # Who writes here. `author` is the default author of posts; an entry can name
                # others with `authors: [key]`.
                author: me
                authors:
                  me:
                    name: Your Name

                # Anything else your templates need: site.params.NAME
                # params:
                #   feedback_url: /about/
                """.formatted(Yaml.quoted(title), Yaml.quoted("Notes and posts by Your Name."), zone.getId(), theme);
    }

    private static String firstPost() {
        return """
                ---
                title: Welcome
                summary: The first post of this site, with a little of the Markdown Rounds understands.
                tags: [welcome]
                ---
                This is the first post. Edit it, or delete it and write your own with
                `rounds new post "Your title"`.

                The text before the first heading, or before a `<!--more-->` line, is the summary
                shown on the home page, unless the front matter gives a `summary:` as this post does.

                ## Writing in Markdown

                - *Emphasis* and **strong emphasis**
                - [Links](https://commonmark.org/help/) and bare addresses: https://example.org
                - Numbered and bulleted lists, tables, footnotes[^1] and ~~strikethrough~~

                | Setting      | Default        |
                |--------------|----------------|
                | `language`   | en-gb          |
                | `timezone`   | Europe/London  |

                > Before you publish: never include anything that could identify a patient.

                [^1]: Like this one.
                """;
    }

    private static String firstNote() {
        return """
                A note is a short post without a title, like a microblog post. Its file name gives its \
                date and time: `rounds new note "Your text"` makes one.
                """;
    }

    private static String aboutPage() {
        return """
                ---
                title: About
                menu: true
                ---
                Who you are, what you write about, and how to reach you.

                ## Not medical advice

                What is written here is general information, not advice about any one person's care.
                """;
    }
}

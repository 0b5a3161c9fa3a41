package dev.rounds.content;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A post, note or page as its source describes it: metadata and the Markdown body, no HTML yet.
 *
 * @param id the source path relative to the site, e.g. {@code content/posts/2026-03-01-foot-care.md}
 * @param bundle the site-relative folder of an entry written as {@code index.md}, whose other files
 *               are published beside it; null for a single file
 * @param title null for a note
 * @param url the entry's path from the site root, e.g. {@code /2026/03/foot-care/}, without the base path
 * @param date null only for a page without a date
 * @param updated null unless the front matter gives it
 * @param summary the front matter's summary, or null
 * @param authors keys into the site's authors (the site's default author when the entry names none)
 * @param toc whether a table of contents goes at the top of the body ({@code toc: true})
 * @param menuTitle for a page that asks to be in the menu, the menu's text
 * @param params front-matter keys Rounds does not interpret, for templates
 * @param body the Markdown after the front matter
 * @param bodyLine the line of the file on which the body starts (1-based)
 * @param transparency what the entry declares: capacity, interests, consent, review, references
 */
public record Entry(String id, EntryKind kind, Path source, String bundle, String title, String slug, String url,
                    ZonedDateTime date, ZonedDateTime updated, String summary, List<Tag> tags, List<String> authors,
                    String image, String imageAlt, boolean draft, boolean toc, String inReplyTo, List<String> syndication,
                    List<String> aliases, Optional<String> menuTitle, Map<String, Object> params,
                    String body, int bodyLine, Transparency transparency) {

    public Entry {
        tags = List.copyOf(tags);
        authors = List.copyOf(authors);
        syndication = List.copyOf(syndication);
        aliases = List.copyOf(aliases);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The file path inside the output folder: {@code 2026/03/foot-care/index.html}. */
    public String outputPath() {
        return outputPathOf(url);
    }

    /** The output file for a URL path: a folder's {@code index.html}, or the named file. */
    public static String outputPathOf(String urlPath) {
        String path = urlPath.startsWith("/") ? urlPath.substring(1) : urlPath;
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** The URL path of the folder the entry's page is in, for its bundled files. */
    public String folderUrl() {
        return url.endsWith("/") ? url : url.substring(0, url.lastIndexOf('/') + 1);
    }
}

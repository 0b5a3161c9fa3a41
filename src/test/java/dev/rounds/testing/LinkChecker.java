package dev.rounds.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds internal links ({@code href} and {@code src} starting with {@code /}) that lead to no file of a built site. */
public final class LinkChecker {
    private LinkChecker() {
    }

    /**
     * Every broken internal link below {@code folder}, as {@code PAGE: URL}.
     *
     * @param basePath the site's base path ({@code /} or e.g. {@code /blog/}); links must start with it
     */
    public static List<String> brokenLinks(Path folder, String basePath) {
        List<String> broken = new ArrayList<>();
        for (String relative : TestSite.relativeFiles(folder)) {
            if (!relative.endsWith(".html")) {
                continue;
            }
            Document document;
            try {
                document = Jsoup.parse(folder.resolve(relative).toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String link : internalLinks(document)) {
                if (!resolves(folder, basePath, link)) {
                    broken.add(relative + ": " + link);
                }
            }
        }
        return broken;
    }

    /** The root-relative {@code href} and {@code src} values of a page (not {@code //host} links). */
    public static List<String> internalLinks(Document document) {
        List<String> links = new ArrayList<>();
        for (Element element : document.select("[href], [src]")) {
            for (String attribute : List.of("href", "src")) {
                String value = element.attr(attribute);
                if (value.startsWith("/") && !value.startsWith("//")) {
                    links.add(value);
                }
            }
        }
        return links;
    }

    /** Whether a root-relative link names a file of the built site. */
    public static boolean resolves(Path site, String basePath, String link) {
        Path folder = site.toAbsolutePath().normalize();
        String path = link.replaceFirst("[?#].*$", "");
        if (!path.startsWith(basePath)) {
            return false;
        }
        path = URLDecoder.decode(path.substring(basePath.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        Path target = folder.resolve(path).normalize();
        if (!target.startsWith(folder)) {
            return false;
        }
        if (path.isEmpty() || path.endsWith("/")) {
            return Files.isRegularFile(target.resolve("index.html"));
        }
        return Files.isRegularFile(target) || Files.isRegularFile(target.resolve("index.html"));
    }
}

package dev.rounds.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The validated site.yaml.
 *
 * @param baseUrl absolute, always ending in {@code /}
 * @param author the key of the default author, when one is set
 * @param health the disclaimer, feedback, review and readability settings
 * @param abbreviations how abbreviations are written out
 */
public record SiteConfig(Path file, String title, String description, String baseUrl, String language,
                         ZoneId timezone, String theme, int paginate, Permalinks permalinks, List<MenuItem> menu,
                         Optional<String> author, Map<String, Author> authors, FeedSettings feeds,
                         Map<String, Object> params, HealthSettings health,
                         AbbreviationSettings abbreviations) {

    public SiteConfig {
        menu = List.copyOf(menu);
        authors = Collections.unmodifiableMap(new LinkedHashMap<>(authors));
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The path part of the base URL: {@code /} or, for {@code https://example.org/blog/}, {@code /blog/}. */
    public String basePath() {
        String path = URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** The base URL without its trailing slash's path: {@code https://example.org}. */
    public String origin() {
        URI uri = URI.create(baseUrl);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}

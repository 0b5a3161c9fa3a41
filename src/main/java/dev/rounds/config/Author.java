package dev.rounds.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An author (or reviewer) from site.yaml's {@code authors}.
 *
 * @param slug the last part of the author page's URL ({@code /authors/amara/})
 * @param profession e.g. "Consultant diabetologist", or null
 * @param role e.g. "Diabetes lead, Fernbridge General Hospital", or null
 * @param registration the registration with a regulator, or null
 * @param photo as written (root-relative or absolute), or null; {@code photoAlt} is then set
 * @param links addresses of the author's profiles elsewhere ({@code rel="me"})
 * @param url the author's own website, or null
 * @param bio a short text about the author, or null
 * @param params every other field, for templates
 */
public record Author(String key, String slug, String name, String profession, String role, Registration registration,
                     String photo, String photoAlt, List<String> links, String url, String bio,
                     Map<String, Object> params) {
    public Author {
        links = List.copyOf(links);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}

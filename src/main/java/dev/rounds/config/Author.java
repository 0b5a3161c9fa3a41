package dev.rounds.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An author from site.yaml's {@code authors}: a key, a name, and any other fields for templates. */
public record Author(String key, String name, Map<String, Object> params) {
    public Author {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}

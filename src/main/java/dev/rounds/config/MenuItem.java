package dev.rounds.config;

/** A navigation link from site.yaml's {@code menu}; {@code url} is as written (root-relative or absolute). */
public record MenuItem(String title, String url) {
}

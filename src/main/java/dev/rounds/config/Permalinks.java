package dev.rounds.config;

/** URL patterns per section, made of literal segments and {@code :year :month :day :slug}. */
public record Permalinks(String posts, String notes, String pages) {
    public static final Permalinks DEFAULT = new Permalinks("/:year/:month/:slug/", "/notes/:year/:month/:day/:slug/", "/:slug/");
}

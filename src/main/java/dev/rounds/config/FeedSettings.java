package dev.rounds.config;

/**
 * site.yaml's {@code feeds}: how many entries each feed carries, and whether items carry the full
 * text or only the summary.
 */
public record FeedSettings(int limit, boolean fullContent) {
    public static final FeedSettings DEFAULT = new FeedSettings(20, true);
}

package dev.rounds.feed;

/**
 * A part of the site with its own feeds, published in every {@link FeedFormat} under {@code path}
 * ({@code /feed.xml}, {@code /notes/atom.xml}, {@code /tags/copd/feed.json}).
 *
 * @param title what the section holds, for feed titles; null for the whole site
 */
public record FeedSection(String path, String title) {
    public static final FeedSection SITE = new FeedSection("/", null);
    public static final FeedSection POSTS = new FeedSection("/posts/", "Posts");
    public static final FeedSection NOTES = new FeedSection("/notes/", "Notes");

    public static FeedSection tag(String slug, String name) {
        return new FeedSection("/tags/" + slug + "/", "Tagged “" + name + "”");
    }
}

package dev.rounds.feed;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One entry in a feed. URLs are absolute; {@code contentHtml} has absolute links.
 *
 * @param title null for a note: RSS and JSON Feed then carry no title
 * @param shortTitle a title for formats that require one (Atom): the title, or the start of a note's text
 * @param updated null when the entry was never updated
 * @param image absolute URL of the entry's picture, or null
 */
public record FeedItem(String id, String url, String title, String shortTitle, String contentHtml, String summary,
                       ZonedDateTime published, ZonedDateTime updated, List<String> authors, List<String> tags,
                       String image) {
    public FeedItem {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }

    /**
     * Equal in every field: what decides whether an item written by an earlier build can be
     * reused. Written out because a record's own equals links itself through method handles the
     * first time it runs (about 25 ms of a build's main thread); {@code FeedItemTest} checks that
     * every field counts.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FeedItem item && Objects.equals(id, item.id) && Objects.equals(url, item.url)
                && Objects.equals(title, item.title) && Objects.equals(shortTitle, item.shortTitle)
                && Objects.equals(contentHtml, item.contentHtml) && Objects.equals(summary, item.summary)
                && Objects.equals(published, item.published) && Objects.equals(updated, item.updated)
                && authors.equals(item.authors) && tags.equals(item.tags) && Objects.equals(image, item.image);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, url, title, shortTitle, contentHtml, summary, published, updated, authors, tags, image);
    }

    /** When the entry last changed: its update, else its publication. */
    public ZonedDateTime lastChanged() {
        return updated != null && updated.isAfter(published) ? updated : published;
    }
}

package dev.rounds.feed;

import java.time.ZonedDateTime;
import java.util.List;

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

    /** When the entry last changed: its update, else its publication. */
    public ZonedDateTime lastChanged() {
        return updated != null && updated.isAfter(published) ? updated : published;
    }
}

package dev.rounds.feed;

import java.util.List;

/**
 * A feed's own description and its items, newest first (each written once and shared by every
 * feed that lists it); {@code homeUrl} is the page the feed follows and {@code author} names
 * whoever writes the site (Atom requires an author).
 */
public record FeedChannel(String title, String description, String language, String homeUrl, String author,
                          List<WrittenItem> items) {
    public FeedChannel {
        items = List.copyOf(items);
    }
}

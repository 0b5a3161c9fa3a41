package dev.rounds.feed;

import com.fasterxml.jackson.core.SerializableString;
import java.util.ArrayList;
import java.util.List;

/**
 * A feed item written once in every format, so that each feed that lists it only copies it.
 * Items are written in batches: ROME writes a batch as one feed, so that what it does once per
 * feed is not done once per item. Immutable: feeds written on any number of threads share it.
 */
public final class WrittenItem {
    private final FeedItem item;
    private final XmlItem rss;
    private final XmlItem atom;
    private final SerializableString json;

    private WrittenItem(FeedItem item, XmlItem rss, XmlItem atom, SerializableString json) {
        this.item = item;
        this.rss = rss;
        this.atom = atom;
        this.json = json;
    }

    /** Each of {@code items} written in every format, in their order. */
    public static List<WrittenItem> all(List<FeedItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<XmlItem> rss = XmlItem.all(items, FeedFormat.RSS);
        List<XmlItem> atom = XmlItem.all(items, FeedFormat.ATOM);
        List<WrittenItem> all = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            all.add(new WrittenItem(items.get(i), rss.get(i), atom.get(i), JsonFeedWriter.item(items.get(i))));
        }
        return all;
    }

    public FeedItem item() {
        return item;
    }

    XmlItem xml(FeedFormat format) {
        return switch (format) {
            case RSS -> rss;
            case ATOM -> atom;
            case JSON -> throw new IllegalArgumentException("a JSON Feed item is not XML");
        };
    }

    SerializableString json() {
        return json;
    }
}

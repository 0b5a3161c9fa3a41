package dev.rounds.feed;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.rounds.cache.KeptStore;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /**
     * Written items kept between builds (in {@code .rounds/feed-items}): a later build reuses one
     * for an entry whose {@link FeedItem} is equal in every field, since an item's XML and JSON
     * follow from its {@code FeedItem} alone (and from the program, which the store's stamp holds).
     */
    public static final KeptStore.Codec<WrittenItem> KEPT = new KeptStore.Codec<>() {
        @Override
        public String magic() {
            return "Rounds feed items 1";
        }

        @Override
        public String id(WrittenItem written) {
            return written.item.id();
        }

        @Override
        public void write(DataOutputStream out, WrittenItem written) throws IOException {
            FeedItem item = written.item;
            KeptStore.text(out, item.id());
            KeptStore.text(out, item.url());
            nullable(out, item.title());
            nullable(out, item.shortTitle());
            KeptStore.text(out, item.contentHtml());
            nullable(out, item.summary());
            KeptStore.text(out, item.published().toString());
            nullable(out, item.updated() == null ? null : item.updated().toString());
            texts(out, item.authors());
            texts(out, item.tags());
            nullable(out, item.image());
            written.rss.writeTo(out);
            written.atom.writeTo(out);
            KeptStore.text(out, written.json.getValue());
        }

        @Override
        public WrittenItem read(DataInputStream in) throws IOException {
            String id = KeptStore.text(in);
            String url = KeptStore.text(in);
            String title = nullable(in);
            String shortTitle = nullable(in);
            String contentHtml = KeptStore.text(in);
            String summary = nullable(in);
            ZonedDateTime published = ZonedDateTime.parse(KeptStore.text(in));
            String updated = nullable(in);
            List<String> authors = texts(in);
            List<String> tags = texts(in);
            String image = nullable(in);
            FeedItem item = new FeedItem(id, url, title, shortTitle, contentHtml, summary, published,
                    updated == null ? null : ZonedDateTime.parse(updated), authors, tags, image);
            return new WrittenItem(item, XmlItem.readFrom(in), XmlItem.readFrom(in), new SerializedString(KeptStore.text(in)));
        }

        private static void nullable(DataOutputStream out, String text) throws IOException {
            KeptStore.optional(out, Optional.ofNullable(text));
        }

        private static String nullable(DataInputStream in) throws IOException {
            return KeptStore.optional(in).orElse(null);
        }

        private static void texts(DataOutputStream out, List<String> texts) throws IOException {
            out.writeInt(texts.size());
            for (String text : texts) {
                KeptStore.text(out, text);
            }
        }

        private static List<String> texts(DataInputStream in) throws IOException {
            int count = in.readInt();
            List<String> texts = new ArrayList<>(Math.max(0, count));
            for (int i = 0; i < count; i++) {
                texts.add(KeptStore.text(in));
            }
            return texts;
        }
    };

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

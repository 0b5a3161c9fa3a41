package dev.rounds.feed;

/**
 * Writes a channel as RSS 2.0 and Atom 1.0 (with ROME) and as JSON Feed 1.1 (with Jackson). The
 * channel's items come already written ({@link WrittenItem}), so an entry listed by many feeds is
 * written once per format.
 */
public final class FeedWriter {
    private FeedWriter() {
    }

    /** The feed in {@code format}, published at the absolute URL {@code selfUrl}. */
    public static byte[] write(FeedChannel channel, FeedFormat format, String selfUrl) {
        return switch (format) {
            case RSS, ATOM -> XmlFeedWriter.write(channel, format, selfUrl);
            case JSON -> JsonFeedWriter.write(channel, selfUrl);
        };
    }
}

package dev.rounds.feed;

/** The three feed formats a section is published in, with their file names and media types. */
public enum FeedFormat {
    RSS("feed.xml", "application/rss+xml", "RSS"),
    ATOM("atom.xml", "application/atom+xml", "Atom"),
    JSON("feed.json", "application/feed+json", "JSON Feed");

    private final String fileName;
    private final String mediaType;
    private final String label;

    FeedFormat(String fileName, String mediaType, String label) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.label = label;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }
}

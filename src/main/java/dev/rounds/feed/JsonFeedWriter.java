package dev.rounds.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes JSON Feed 1.1 with Jackson, indented by its default pretty printer. Each item is written
 * once ({@link #item}) and copied into every feed that lists it.
 */
final class JsonFeedWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonFeedWriter() {
    }

    static byte[] write(FeedChannel channel, String selfUrl) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + channel.items().size() * 2048);
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("version", "https://jsonfeed.org/version/1.1");
            json.writeStringField("title", channel.title());
            json.writeStringField("home_page_url", channel.homeUrl());
            json.writeStringField("feed_url", selfUrl);
            if (!channel.description().isBlank()) {
                json.writeStringField("description", channel.description());
            }
            json.writeStringField("language", channel.language());
            json.writeArrayFieldStart("authors");
            json.writeStartObject();
            json.writeStringField("name", channel.author());
            json.writeEndObject();
            json.writeEndArray();
            json.writeArrayFieldStart("items");
            for (WrittenItem item : channel.items()) {
                json.writeRawValue(item.json());
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the JSON feed " + selfUrl, e);
        }
        return bytes.toByteArray();
    }

    /** {@code item} as an element of a feed's {@code items}, indented as deep as it stands there. */
    static SerializedString item(FeedItem item) {
        // Jackson's byte writer, as for the feed: its writer for characters would not escape
        // characters outside the Basic Multilingual Plane (emoji) as the feed's does.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.setPrettyPrinter(new ItemDepth());
            json.writeStartObject();
            json.writeStringField("id", item.id());
            json.writeStringField("url", item.url());
            if (item.title() != null) {
                json.writeStringField("title", item.title());
            }
            json.writeStringField("content_html", item.contentHtml());
            if (item.summary() != null && !item.summary().isBlank()) {
                json.writeStringField("summary", item.summary());
            }
            if (item.image() != null) {
                json.writeStringField("image", item.image());
            }
            json.writeStringField("date_published", rfc3339(item.published()));
            if (item.updated() != null) {
                json.writeStringField("date_modified", rfc3339(item.updated()));
            }
            if (!item.authors().isEmpty()) {
                json.writeArrayFieldStart("authors");
                for (String name : item.authors()) {
                    json.writeStartObject();
                    json.writeStringField("name", name);
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            if (!item.tags().isEmpty()) {
                json.writeArrayFieldStart("tags");
                for (String tag : item.tags()) {
                    json.writeString(tag);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the JSON feed item " + item.url(), e);
        }
        SerializedString written = new SerializedString(bytes.toString(StandardCharsets.UTF_8));
        // Jackson encodes it to UTF-8 lazily and keeps the bytes without synchronising: encoding it
        // now, before the item is shared, keeps threads from racing on that.
        written.asUnquotedUTF8();
        return written;
    }

    private static String rfc3339(ZonedDateTime time) {
        return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The default pretty printer, as deep as an item in a feed: inside the feed's object. */
    private static final class ItemDepth extends DefaultPrettyPrinter {
        ItemDepth() {
            _nesting = 1;
        }
    }
}

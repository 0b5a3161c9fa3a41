package dev.rounds.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.output.XMLOutputter;

/**
 * The yardstick for items written once and shared: each feed written in one piece, the way Rounds
 * wrote feeds before, ROME's whole document for RSS and Atom and a Jackson tree for JSON Feed.
 */
final class WholeFeeds {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WholeFeeds() {
    }

    static byte[] write(FeedChannel channel, FeedFormat format, String selfUrl) {
        return format == FeedFormat.JSON ? json(channel, selfUrl) : xml(channel, format, selfUrl);
    }

    private static byte[] xml(FeedChannel channel, FeedFormat format, String selfUrl) {
        SyndFeed feed = Syndication.channel(channel, format, selfUrl);
        List<SyndEntry> entries = new ArrayList<>();
        channel.items().forEach(item -> entries.add(Syndication.entry(item.item(), format)));
        feed.setEntries(entries);
        return new XMLOutputter(Syndication.rawFormat()).outputString(Syndication.document(feed, selfUrl))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(FeedChannel channel, String selfUrl) {
        ObjectNode feed = JSON.createObjectNode();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", channel.title());
        feed.put("home_page_url", channel.homeUrl());
        feed.put("feed_url", selfUrl);
        if (!channel.description().isBlank()) {
            feed.put("description", channel.description());
        }
        feed.put("language", channel.language());
        feed.putArray("authors").addObject().put("name", channel.author());
        ArrayNode items = feed.putArray("items");
        for (WrittenItem written : channel.items()) {
            FeedItem item = written.item();
            ObjectNode node = items.addObject();
            node.put("id", item.id());
            node.put("url", item.url());
            if (item.title() != null) {
                node.put("title", item.title());
            }
            node.put("content_html", item.contentHtml());
            if (item.summary() != null && !item.summary().isBlank()) {
                node.put("summary", item.summary());
            }
            if (item.image() != null) {
                node.put("image", item.image());
            }
            node.put("date_published", item.published().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            if (item.updated() != null) {
                node.put("date_modified", item.updated().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            }
            if (!item.authors().isEmpty()) {
                ArrayNode authors = node.putArray("authors");
                item.authors().forEach(name -> authors.addObject().put("name", name));
            }
            if (!item.tags().isEmpty()) {
                ArrayNode tags = node.putArray("tags");
                item.tags().forEach(tags::add);
            }
        }
        try {
            return JSON.writeValueAsBytes(feed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

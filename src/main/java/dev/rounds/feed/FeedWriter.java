package dev.rounds.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.LineSeparator;
import org.jdom2.output.XMLOutputter;

/** Writes a channel as RSS 2.0 and Atom 1.0 (with ROME) and as JSON Feed 1.1 (with Jackson). */
public final class FeedWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FeedWriter() {
    }

    /** The feed in {@code format}, published at the absolute URL {@code selfUrl}. */
    public static byte[] write(FeedChannel channel, FeedFormat format, String selfUrl) {
        return switch (format) {
            case RSS -> syndicate(channel, "rss_2.0", selfUrl);
            case ATOM -> syndicate(channel, "atom_1.0", selfUrl);
            case JSON -> jsonFeed(channel, selfUrl);
        };
    }

    private static byte[] syndicate(FeedChannel channel, String type, String selfUrl) {
        boolean atom = type.startsWith("atom");
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(xml(channel.title()));
        feed.setDescription(xml(channel.description().isBlank() ? channel.title() : channel.description()));
        feed.setLanguage(channel.language());
        feed.setLink(channel.homeUrl());
        feed.setUri(selfUrl);
        feed.setGenerator(null);
        List<SyndLink> links = new ArrayList<>();
        links.add(link("alternate", channel.homeUrl(), "text/html"));
        links.add(link("self", selfUrl, atom ? "application/atom+xml" : "application/rss+xml"));
        feed.setLinks(links);
        if (atom) {
            feed.setAuthors(List.of(person(channel.author())));
        } else {
            Element self = new Element("link", Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom"));
            self.setAttribute("href", selfUrl);
            self.setAttribute("rel", "self");
            self.setAttribute("type", "application/rss+xml");
            feed.setForeignMarkup(List.of(self));
        }
        channel.items().stream().map(FeedItem::lastChanged).max(ZonedDateTime::compareTo)
                .ifPresent(newest -> feed.setPublishedDate(date(newest)));
        List<SyndEntry> entries = new ArrayList<>();
        for (FeedItem item : channel.items()) {
            SyndEntry entry = new SyndEntryImpl();
            if (atom || item.title() != null) {
                entry.setTitle(xml(atom ? item.shortTitle() : item.title()));
            }
            entry.setLink(item.url());
            entry.setUri(item.id());
            entry.setPublishedDate(date(item.published()));
            ZonedDateTime updated = atom ? item.lastChanged() : item.updated();
            if (updated != null) {
                entry.setUpdatedDate(date(updated));
            }
            if (!item.authors().isEmpty()) {
                List<SyndPerson> authors = new ArrayList<>();
                item.authors().forEach(name -> authors.add(person(name)));
                entry.setAuthors(authors);
            }
            List<SyndCategory> categories = new ArrayList<>();
            for (String tag : item.tags()) {
                SyndCategory category = new SyndCategoryImpl();
                category.setName(xml(tag));
                categories.add(category);
            }
            entry.setCategories(categories);
            SyndContent content = new SyndContentImpl();
            content.setType(atom ? "html" : "text/html");
            content.setValue(xml(item.contentHtml()));
            if (atom) {
                entry.setContents(List.of(content));
                if (item.summary() != null && !item.summary().isBlank()) {
                    SyndContent summary = new SyndContentImpl();
                    summary.setType("text");
                    summary.setValue(xml(item.summary()));
                    entry.setDescription(summary);
                }
            } else {
                entry.setDescription(content);
            }
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            // Raw, not pretty: JDOM's pretty and compact formats re-flow text, and the compact one
            // would collapse the line breaks of a code block.
            Document document = new WireFeedOutput().outputJDom(feed.createWireFeed());
            Format raw = Format.getRawFormat().setLineSeparator(LineSeparator.UNIX);
            return new XMLOutputter(raw).outputString(document).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the " + type + " feed " + selfUrl, e);
        }
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static SyndPerson person(String name) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(xml(name));
        return person;
    }

    /**
     * Text without the characters XML 1.0 cannot hold (control characters, which a YAML escape such
     * as {@code \v} can put into a title): each becomes a space.
     */
    static String xml(String text) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && allowedInXml(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            clean.append(allowedInXml(c) ? c : ' ');
        }
        return clean.toString();
    }

    private static boolean allowedInXml(char c) {
        return c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r';
    }

    private static Date date(ZonedDateTime time) {
        return time == null ? null : Date.from(time.toInstant());
    }

    private static byte[] jsonFeed(FeedChannel channel, String selfUrl) {
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
        for (FeedItem item : channel.items()) {
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
            node.put("date_published", rfc3339(item.published()));
            if (item.updated() != null) {
                node.put("date_modified", rfc3339(item.updated()));
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
            throw new IllegalStateException("cannot write the JSON feed " + selfUrl, e);
        }
    }

    private static String rfc3339(ZonedDateTime time) {
        return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}

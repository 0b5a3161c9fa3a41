package dev.rounds.feed;

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
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.LineSeparator;

/**
 * ROME's model of an RSS 2.0 or Atom 1.0 feed: a channel and its entries, each made on its own so
 * that an entry can be written once and listed by many feeds.
 */
final class Syndication {
    private Syndication() {
    }

    /** ROME's name for the format. */
    static String type(FeedFormat format) {
        return switch (format) {
            case RSS -> "rss_2.0";
            case ATOM -> "atom_1.0";
            case JSON -> throw new IllegalArgumentException("JSON Feed is not written with ROME");
        };
    }

    /**
     * Raw, not pretty: JDOM's pretty and compact formats re-flow text, and the compact one would
     * collapse the line breaks of a code block.
     */
    static Format rawFormat() {
        return Format.getRawFormat().setLineSeparator(LineSeparator.UNIX);
    }

    /** ROME's document for {@code feed}. */
    static Document document(SyndFeed feed, String what) {
        try {
            return new WireFeedOutput().outputJDom(feed.createWireFeed());
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the " + feed.getFeedType() + " feed " + what, e);
        }
    }

    /**
     * The channel of {@code channel} without any entries; it is dated by its newest item, as it
     * would be with them all.
     */
    static SyndFeed channel(FeedChannel channel, FeedFormat format, String selfUrl) {
        boolean atom = format == FeedFormat.ATOM;
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type(format));
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
        ZonedDateTime newest = null;
        for (WrittenItem item : channel.items()) {
            ZonedDateTime changed = item.item().lastChanged();
            if (newest == null || changed.isAfter(newest)) {
                newest = changed;
            }
        }
        if (newest != null) {
            feed.setPublishedDate(date(newest));
        }
        return feed;
    }

    /**
     * A feed of just {@code items}, whose channel says nothing of its own. It is dated, as every
     * feed with items is, so that ROME declares the namespaces such a feed declares.
     */
    static SyndFeed itemsAlone(List<FeedItem> items, FeedFormat format) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type(format));
        feed.setTitle("-");
        feed.setDescription("-");
        feed.setLink("https://example.org/");
        feed.setUri("https://example.org/");
        List<SyndEntry> entries = new ArrayList<>(items.size());
        for (FeedItem item : items) {
            entries.add(entry(item, format));
            feed.setPublishedDate(date(item.lastChanged()));
        }
        feed.setEntries(entries);
        return feed;
    }

    static SyndEntry entry(FeedItem item, FeedFormat format) {
        boolean atom = format == FeedFormat.ATOM;
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
        return entry;
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
}

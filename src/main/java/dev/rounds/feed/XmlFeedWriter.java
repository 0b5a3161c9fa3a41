package dev.rounds.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.XMLOutputter;

/**
 * Writes RSS 2.0 and Atom 1.0 feeds with ROME: ROME writes each feed's channel, and the items it
 * lists go in as ROME wrote each of them once ({@link XmlItem}). The bytes are those of ROME
 * writing the whole feed in one piece, where items come last in their parent element.
 */
final class XmlFeedWriter {
    private XmlFeedWriter() {
    }

    static byte[] write(FeedChannel channel, FeedFormat format, String selfUrl) {
        Document document = Syndication.document(Syndication.channel(channel, format, selfUrl), selfUrl);
        Element parent = itemsParent(document, format);
        List<Namespace> scope = parent.getNamespacesInScope();
        String xml = new XMLOutputter(Syndication.rawFormat()).outputString(document);
        String closing = closingTags(parent);
        int at = xml.lastIndexOf(closing);
        if (at < 0 || !xml.substring(at + closing.length()).isBlank()) {
            throw new IllegalStateException("the " + format.label() + " feed " + selfUrl + " does not end with " + closing);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length() + channel.items().size() * 2048);
        out.writeBytes(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
        for (WrittenItem item : channel.items()) {
            XmlItem written = item.xml(format);
            // ROME declares namespaces at the root only when the document uses them, so an item may
            // only need namespaces that the channel alone declares already.
            if (!written.fits(scope)) {
                throw new IllegalStateException("the item " + item.item().url() + " needs namespaces that the "
                        + format.label() + " feed " + selfUrl + " does not declare");
            }
            written.writeTo(out);
        }
        out.writeBytes(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The element ROME puts a feed's items in, last: RSS's {@code <channel>}, Atom's {@code <feed>}. */
    static Element itemsParent(Document document, FeedFormat format) {
        Element root = document.getRootElement();
        return format == FeedFormat.RSS ? root.getChild("channel", root.getNamespace()) : root;
    }

    /** The items of a feed, in their order. */
    static List<Element> items(Document document, FeedFormat format) {
        Element parent = itemsParent(document, format);
        return parent.getChildren(format == FeedFormat.RSS ? "item" : "entry", parent.getNamespace());
    }

    /** The end tags that close {@code element} and its ancestors. */
    private static String closingTags(Element element) {
        StringBuilder tags = new StringBuilder();
        for (Element open = element; open != null; open = open.getParentElement()) {
            tags.append("</").append(open.getQualifiedName()).append('>');
        }
        return tags.toString();
    }
}

package dev.rounds.feed;

import dev.rounds.cache.KeptStore;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * One entry's {@code <item>} (RSS) or {@code <entry>} (Atom), written by ROME once and copied into
 * every feed that lists it. Immutable, so feeds written on other threads can share it.
 */
final class XmlItem {
    /** The namespaces in scope where the item stands; its XML declares only the others. */
    private final List<Namespace> scope;
    private final byte[] utf8;

    private XmlItem(List<Namespace> scope, byte[] utf8) {
        this.scope = scope;
        this.utf8 = utf8;
    }

    /** {@code items} in {@code format}, in their order, written by ROME as the items of one feed. */
    static List<XmlItem> all(List<FeedItem> items, FeedFormat format) {
        Document feed = Syndication.document(Syndication.itemsAlone(items, format), "of " + items.size() + " items");
        List<Element> written = XmlFeedWriter.items(feed, format);
        if (written.size() != items.size()) {
            throw new IllegalStateException("ROME wrote " + written.size() + " of " + items.size() + " " + format.label() + " items");
        }
        InContextOutput output = new InContextOutput(Syndication.rawFormat());
        List<Namespace> scope = List.copyOf(XmlFeedWriter.itemsParent(feed, format).getNamespacesInScope());
        List<XmlItem> all = new ArrayList<>(written.size());
        for (Element item : written) {
            all.add(new XmlItem(scope, output.write(item).getBytes(StandardCharsets.UTF_8)));
        }
        return all;
    }

    /** The item as kept between builds: the namespaces in scope where it was written, and its XML. */
    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(scope.size());
        for (Namespace namespace : scope) {
            KeptStore.text(out, namespace.getPrefix());
            KeptStore.text(out, namespace.getURI());
        }
        KeptStore.bytes(out, utf8);
    }

    static XmlItem readFrom(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<Namespace> scope = new ArrayList<>(Math.max(0, count));
        for (int i = 0; i < count; i++) {
            scope.add(Namespace.getNamespace(KeptStore.text(in), KeptStore.text(in)));
        }
        return new XmlItem(List.copyOf(scope), KeptStore.bytes(in));
    }

    /** Whether the item's XML is right inside a parent with {@code namespacesInScope}. */
    boolean fits(List<Namespace> namespacesInScope) {
        return scope.equals(namespacesInScope);
    }

    void writeTo(ByteArrayOutputStream out) {
        out.writeBytes(utf8);
    }
}

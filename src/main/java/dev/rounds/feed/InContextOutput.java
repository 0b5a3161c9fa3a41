package dev.rounds.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.support.AbstractXMLOutputProcessor;
import org.jdom2.output.support.FormatStack;
import org.jdom2.util.NamespaceStack;

/**
 * JDOM's writer for one element of a document, written exactly as {@code XMLOutputter} writes it
 * inside that document: it declares only the namespaces its ancestors have not. It reuses one
 * buffer for the elements it writes one after the other, so it belongs to one thread.
 */
final class InContextOutput extends AbstractXMLOutputProcessor {
    private final Format format;
    private final StringWriter out = new StringWriter(16 * 1024);

    InContextOutput(Format format) {
        this.format = format;
    }

    String write(Element element) {
        Deque<Element> ancestors = new ArrayDeque<>();
        for (Element parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
            ancestors.push(parent);
        }
        NamespaceStack scope = new NamespaceStack();
        ancestors.forEach(scope::push);
        out.getBuffer().setLength(0);
        try {
            printElement(out, new FormatStack(format), scope, element);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

package dev.rounds.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Curly quotes, dashes and ellipses (flexmark's typographic extension, which never looks inside
 * code), written as the characters themselves rather than HTML entities, so that the HTML, the
 * plain text (note titles, descriptions) and later the feeds all carry the same text.
 */
final class Typography {
    private Typography() {
    }

    /** The extension's options: every replacement as a Unicode character. */
    static void configure(MutableDataSet options) {
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "\u201C")
                .set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u201D")
                .set(TypographicExtension.SINGLE_QUOTE_OPEN, "\u2018")
                .set(TypographicExtension.SINGLE_QUOTE_CLOSE, "\u2019")
                .set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019")
                .set(TypographicExtension.ANGLE_QUOTE_OPEN, "\u00AB")
                .set(TypographicExtension.ANGLE_QUOTE_CLOSE, "\u00BB")
                .set(TypographicExtension.ELLIPSIS, "\u2026")
                .set(TypographicExtension.ELLIPSIS_SPACED, "\u2026")
                .set(TypographicExtension.EN_DASH, "\u2013")
                .set(TypographicExtension.EM_DASH, "\u2014");
    }

    /**
     * Replaces the extension's nodes by plain text nodes holding the typographic characters, so
     * every later step (abbreviations, plain text, rendering) sees ordinary text.
     */
    static void flatten(Document document) {
        List<Node> found = new ArrayList<>();
        collect(document, found);
        for (Node node : found) {
            if (node instanceof TypographicSmarts smarts) {
                node.insertBefore(new Text(BasedSequence.of(smarts.getTypographicText())));
            } else if (node instanceof TypographicQuotes quotes) {
                if (quotes.getTypographicOpening() != null) {
                    node.insertBefore(new Text(BasedSequence.of(quotes.getTypographicOpening())));
                }
                while (node.getFirstChild() != null) {
                    node.insertBefore(node.getFirstChild());
                }
                if (quotes.getTypographicClosing() != null) {
                    node.insertBefore(new Text(BasedSequence.of(quotes.getTypographicClosing())));
                }
            }
            node.unlink();
        }
    }

    private static void collect(Node node, List<Node> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TypographicSmarts || child instanceof TypographicQuotes) {
                found.add(child);
            }
            collect(child, found);
        }
    }
}

package dev.rounds.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Bare URLs ({@code https://…}, {@code www.…}) and e-mail addresses become links: flexmark's
 * autolink post-processor, run only on the text that can hold one. flexmark's own extension
 * classifies every node of the tree and then runs a regular expression and an unescaping copy over
 * every text node of every entry, which made it about a third of all parsing; almost no text node
 * holds a link.
 *
 * <p>The processor (flexmark-ext-autolink 0.64.8, nibor autolink 0.6.0) finds links only at a
 * {@code :} (URLs, and its own {@code scheme://} rule), an {@code @} (e-mail) or a {@code www.},
 * in the node's text with backslash escapes and entities decoded, joined with the typographic
 * and entity nodes right after it. A backslash escape only removes the backslash, so without an
 * {@code &} (an entity may stand for any character) such text holds one of those characters, or
 * {@code www}, as written. Every other text node is left exactly as the processor would leave it:
 * untouched.
 */
final class Autolinks implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            return new Processor();
        }
    }

    /**
     * Hands the text nodes that may hold a link to flexmark's processor, as flexmark's post-processor
     * manager would: in document order, those that were in the tree before the first was processed
     * and still are, none inside a node that links must not decorate (the processor skips those
     * itself). The manager's node tracking only serves other post-processors, and there are none.
     */
    private static final class Processor extends DocumentPostProcessor {
        @Override
        public Document processDocument(Document document) {
            List<Text> texts = new ArrayList<>();
            collect(document, texts);
            // flexmark's IntelliJ mode also removes a marker character from the text before it looks for links.
            boolean everyNode = Parser.INTELLIJ_DUMMY_IDENTIFIER.get(document);
            AutolinkNodePostProcessor flexmark = null;
            for (Text text : texts) {
                if (text.getParent() != null && (everyNode || mayHoldLink(text))) {
                    if (flexmark == null) {
                        flexmark = new AutolinkNodePostProcessor(document);
                    }
                    flexmark.process(NO_TRACKING, text);
                }
            }
            return document;
        }
    }

    private static void collect(Node node, List<Text> texts) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                texts.add(text);
            } else if (!(child instanceof DoNotDecorate || child instanceof DoNotLinkDecorate)) {
                collect(child, texts);
            }
        }
    }

    private static final NodeTracker NO_TRACKING = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {
        }

        @Override
        public void nodeAddedWithChildren(Node node) {
        }

        @Override
        public void nodeAddedWithDescendants(Node node) {
        }

        @Override
        public void nodeRemoved(Node node) {
        }

        @Override
        public void nodeRemovedWithChildren(Node node) {
        }

        @Override
        public void nodeRemovedWithDescendants(Node node) {
        }
    };

    /**
     * Whether the text that flexmark's processor reads for {@code node} (the node, and the
     * typographic, entity and text nodes that continue it without a space between, joined as the
     * processor joins them) holds a {@code :}, {@code @}, {@code &} or {@code www}.
     */
    static boolean mayHoldLink(Node node) {
        BasedSequence chars = node.getChars();
        int[] ws = {0};
        if (holdsTrigger(chars, ws)) {
            return true;
        }
        Node next = node.getNext();
        if ((next instanceof TypographicText || next instanceof HtmlEntity) && next.getChars().isContinuationOf(chars)) {
            BasedSequence combined = chars;
            for (Node part = next; part instanceof TypographicText || part instanceof HtmlEntity || part instanceof Text;
                 part = part.getNext()) {
                BasedSequence partChars = part.getChars();
                if (!partChars.isContinuationOf(combined) || partChars.startsWith(" ") || combined.endsWith(" ")) {
                    break;
                }
                combined = partChars;
                if (holdsTrigger(partChars, ws)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code chars} holds a trigger; {@code ws} carries the count of {@code w}s that ended the text before. */
    private static boolean holdsTrigger(BasedSequence chars, int[] ws) {
        // Read straight from the source where the text is one stretch of it: flexmark's charAt is slow.
        CharSequence text = chars;
        int from = 0;
        int to = chars.length();
        if (chars instanceof SubSequence sub && sub.getBase() instanceof String source) {
            text = source;
            from = sub.getStartOffset();
            to = sub.getEndOffset();
        }
        int run = ws[0];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == '&') {
                return true;
            }
            run = c == 'w' ? run + 1 : 0;
            if (run == 3) {
                return true;
            }
        }
        ws[0] = run;
        return false;
    }
}

package dev.rounds.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Callouts in GitHub's alert syntax: a quote whose first line is {@code [!NOTE]}, {@code [!TIP]},
 * {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]} becomes
 * {@code <aside class="callout callout-note">} with a visible text label, so the kind of callout
 * is never told by colour alone.
 */
final class Callouts {
    private static final Pattern MARKER = Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]", Pattern.CASE_INSENSITIVE);

    private Callouts() {
    }

    /** A callout: the quote's content without its marker line. */
    static final class Callout extends Block {
        private final String kind;

        Callout(BasedSequence chars, String kind) {
            super(chars);
            this.kind = kind;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }

        /** {@code note}, {@code tip}, {@code important}, {@code warning} or {@code caution}. */
        String kind() {
            return kind;
        }
    }

    static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Callout.class, Renderer::render));
        }

        private static void render(Callout callout, NodeRendererContext context, HtmlWriter html) {
            String label = Character.toUpperCase(callout.kind().charAt(0)) + callout.kind().substring(1);
            html.attr("class", "callout callout-" + callout.kind()).withAttr().tagLineIndent("aside", () -> {
                html.attr("class", "callout-label").withAttr().tag("p").text(label).closeTag("p").line();
                context.renderChildren(callout);
            });
        }
    }

    /** Turns every quote that starts with a callout marker, at any depth, into a {@link Callout}. */
    static void transform(Document document) {
        List<BlockQuote> quotes = new ArrayList<>();
        collect(document, quotes);
        for (BlockQuote quote : quotes) {
            if (!(quote.getFirstChild() instanceof Paragraph first) || !(first.getFirstChild() instanceof LinkRef marker)) {
                continue;
            }
            Matcher matcher = MARKER.matcher(marker.getChars());
            Node afterMarker = marker.getNext();
            boolean alone = afterMarker == null || afterMarker instanceof SoftLineBreak || afterMarker instanceof HardLineBreak;
            if (!matcher.matches() || marker.isDefined() || !alone) {
                continue;
            }
            Callout callout = new Callout(quote.getChars(), matcher.group(1).toLowerCase(Locale.ROOT));
            marker.unlink();
            if (afterMarker != null) {
                afterMarker.unlink();
            }
            if (!first.hasChildren()) {
                first.unlink();
            }
            while (quote.getFirstChild() != null) {
                callout.appendChild(quote.getFirstChild());
            }
            quote.insertBefore(callout);
            quote.unlink();
        }
    }

    private static void collect(Node node, List<BlockQuote> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof BlockQuote quote) {
                found.add(quote);
            }
            collect(child, found);
        }
    }
}

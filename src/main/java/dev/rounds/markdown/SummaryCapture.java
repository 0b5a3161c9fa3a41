package dev.rounds.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.List;
import java.util.Set;

/**
 * The list summary of an entry, written while the page is rendered, when the summary is made of
 * paragraphs that the summary's renderer would write exactly as the page's renderer does: no
 * footnote references (the summary leaves them out), no link references, and no link or image
 * whose address the summary's resolver would read differently (relative to the entry's page; see
 * {@link EntryLinks.Resolver}). Each such paragraph is rendered a second time, by the page's own
 * renderer, into a separate writer set up as the summary renderer's, which saves setting up the
 * summary renderer (its node renderers, handlers and options) for every entry.
 */
final class SummaryCapture {
    static final SummaryCapture NOTHING = new SummaryCapture(List.of());

    /** The document's capture; the default captures nothing. */
    static final DataKey<SummaryCapture> KEY = new DataKey<>("ROUNDS_SUMMARY_CAPTURE", NOTHING);

    private final List<Node> paragraphs;
    private final String[] html;

    private SummaryCapture(List<Node> paragraphs) {
        this.paragraphs = paragraphs;
        this.html = new String[paragraphs.size()];
    }

    /** A capture of the summary {@code nodes}, if they can all be captured; else one that captures nothing. */
    static SummaryCapture of(List<Node> nodes, String pageUrl) {
        for (Node node : nodes) {
            if (!(node instanceof Paragraph) || !sameInSummary(node, pageUrl)) {
                return NOTHING;
            }
        }
        return new SummaryCapture(List.copyOf(nodes));
    }

    private static boolean sameInSummary(Node parent, String pageUrl) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Footnote || node instanceof RefNode
                    || node instanceof Link link && EntryLinks.fromPage(pageUrl, link.getUrl().unescape()).isPresent()
                    || node instanceof Image image && EntryLinks.fromPage(pageUrl, image.getUrl().unescape()).isPresent()
                    || !sameInSummary(node, pageUrl)) {
                return false;
            }
        }
        return true;
    }

    /** The summary's HTML, when every paragraph of it was rendered. */
    String html() {
        if (paragraphs.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String part : html) {
            if (part == null) {
                return null;
            }
            out.append(part);
        }
        return out.toString();
    }

    private int indexOf(Node node) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i) == node) {
                return i;
            }
        }
        return -1;
    }

    /** For the page's renderer: renders paragraphs as before, and those of the summary once more into the capture. */
    static final class Renderer implements NodeRenderer {
        private final SummaryCapture capture;

        Renderer(DataHolder options) {
            this.capture = KEY.get(options);
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Paragraph.class, this::render));
        }

        private void render(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
            int index = capture.indexOf(paragraph);
            if (index >= 0) {
                // As HtmlRenderer.render(node) writes a part of a document: a writer of its own, trimmed the same way.
                NodeRendererContext part = context.getDelegatedSubContext(false);
                part.delegateRender();
                HtmlRendererOptions options = context.getHtmlOptions();
                StringBuilder out = new StringBuilder();
                part.getHtmlWriter().appendToSilently(out, options.maxBlankLines, options.maxTrailingBlankLines);
                capture.html[index] = out.toString();
            }
            context.delegateRender();
        }
    }
}

package dev.rounds.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.toc.TocBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of contents: {@code [TOC]} on a line of its own (flexmark's TOC block), or at the top
 * when the front matter says {@code toc: true}. Lists the headings of levels 2 and 3 as rendered
 * (after the shift that keeps one {@code h1}); {@code [TOC levels=2-4]} chooses other levels.
 */
final class TableOfContents {
    private static final Pattern LEVELS = Pattern.compile("levels=([1-6])(?:-([1-6]))?");
    private static final int[] DEFAULT_LEVELS = {2, 3};

    private TableOfContents() {
    }

    /** Puts a table of contents before the first block, unless the body places one itself. */
    static void insertAtTop(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TocBlock) {
                return;
            }
        }
        document.prependChild(new TocBlock(BasedSequence.of("[TOC]")));
    }

    /** The levels a block asks for, {lowest, highest}; empty when its options cannot be read. */
    static Optional<int[]> levels(TocBlock block) {
        String style = block.getStyle().toString().strip();
        if (style.isEmpty()) {
            return Optional.of(DEFAULT_LEVELS);
        }
        Matcher matcher = LEVELS.matcher(style);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(matcher.group(1));
        int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
        return from <= to ? Optional.of(new int[] {from, to}) : Optional.empty();
    }

    static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(TocBlock.class, Renderer::render));
        }

        private static void render(TocBlock block, NodeRendererContext context, HtmlWriter html) {
            int[] levels = levels(block).orElse(DEFAULT_LEVELS);
            List<Heading> headings = HeadingIds.headings(block.getDocument()).stream()
                    .filter(h -> HeadingRenderer.renderedLevel(h) >= levels[0] && HeadingRenderer.renderedLevel(h) <= levels[1])
                    .toList();
            if (headings.isEmpty()) {
                return;
            }
            html.line().raw("<nav class=\"toc\" aria-label=\"Contents\">\n<h2 class=\"toc-title\">Contents</h2>\n")
                    .raw(list(headings)).raw("</nav>\n");
        }

        /** Nested ordered lists: a deeper heading goes into a list inside the item before it. */
        private static String list(List<Heading> headings) {
            StringBuilder out = new StringBuilder();
            Deque<Integer> open = new ArrayDeque<>();
            for (Heading heading : headings) {
                int level = HeadingRenderer.renderedLevel(heading);
                if (open.isEmpty()) {
                    out.append("<ol>\n<li>");
                    open.push(level);
                } else if (level > open.peek()) {
                    out.append("\n<ol>\n<li>");
                    open.push(level);
                } else {
                    out.append("</li>\n");
                    while (open.size() > 1 && level <= secondOf(open)) {
                        out.append("</ol>\n</li>\n");
                        open.pop();
                    }
                    open.pop();
                    open.push(level);
                    out.append("<li>");
                }
                String text = new TextCollectingVisitor().collectAndGetText(heading).strip();
                out.append("<a href=\"#").append(heading.getAnchorRefId()).append("\">")
                        .append(Escaping.escapeHtml(text, false)).append("</a>");
            }
            out.append("</li>\n");
            while (open.size() > 1) {
                out.append("</ol>\n</li>\n");
                open.pop();
            }
            return out.append("</ol>\n").toString();
        }

        private static int secondOf(Deque<Integer> open) {
            var iterator = open.iterator();
            iterator.next();
            return iterator.next();
        }
    }
}

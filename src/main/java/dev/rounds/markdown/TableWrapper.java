package dev.rounds.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Puts each table in a labelled, focusable region that scrolls sideways on narrow screens, so a
 * wide table never breaks the layout and keyboard users can scroll it (WCAG 2.1.1).
 */
final class TableWrapper implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TableBlock.class, this::render));
    }

    private void render(TableBlock table, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", "table-wrap").attr("role", "region").attr("tabindex", "0").attr("aria-label", label(table))
                .withAttr().tagLine("div", context::delegateRender);
    }

    /** "Table: " and the column headings, so that a screen reader announces what the region holds. */
    private static String label(TableBlock table) {
        List<String> headings = new ArrayList<>();
        for (Node child = table.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableHead head && head.getFirstChild() != null) {
                for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        String text = new TextCollectingVisitor().collectAndGetText(cell).strip();
                        if (!text.isEmpty()) {
                            headings.add(text);
                        }
                    }
                }
            }
        }
        return headings.isEmpty() ? "Table" : "Table: " + String.join(", ", headings);
    }
}

package dev.rounds.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Renders headings one level lower when the body uses {@code #}, so the page keeps one {@code h1};
 * gives each its id (from {@link HeadingIds}) and a labelled anchor link to it.
 */
final class HeadingRenderer implements NodeRenderer {
    /** How many levels to move the document's headings down. */
    static final DataKey<Integer> SHIFT = new DataKey<>("ROUNDS_HEADING_SHIFT", 0);

    private final boolean withIds;

    HeadingRenderer(boolean withIds) {
        this.withIds = withIds;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Heading.class, this::render));
    }

    /** The level a heading is rendered at. */
    static int renderedLevel(Heading heading) {
        return Math.min(6, heading.getLevel() + SHIFT.get(heading.getDocument()));
    }

    private void render(Heading heading, NodeRendererContext context, HtmlWriter html) {
        String tag = "h" + renderedLevel(heading);
        String id = heading.getAnchorRefId();
        if (withIds && !id.isEmpty()) {
            String text = new TextCollectingVisitor().collectAndGetText(heading).strip();
            html.attr("id", id).withAttr().tagLine(tag, () -> {
                context.renderChildren(heading);
                html.raw(" <a class=\"heading-anchor\" href=\"#" + id + "\"><span aria-hidden=\"true\">#</span>"
                        + "<span class=\"visually-hidden\">Section: " + Escaping.escapeHtml(text, false) + "</span></a>");
            });
        } else {
            html.withAttr().tagLine(tag, () -> context.renderChildren(heading));
        }
    }
}

package dev.rounds.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Renders headings one level lower when the body uses {@code #}, so the page keeps one {@code h1};
 * gives each an id that cannot clash with the theme's, and a labelled anchor link to it.
 */
final class HeadingRenderer implements NodeRenderer {
    /** How many levels to move the document's headings down. */
    static final DataKey<Integer> SHIFT = new DataKey<>("ROUNDS_HEADING_SHIFT", 0);

    /** Ids the shipped theme uses for its own landmarks. */
    static final Set<String> THEME_IDS = Set.of("main", "top", "content", "site-header", "site-nav", "site-footer",
            "skip", "footnotes", "pagination", "comments", "search");

    private final boolean withIds;

    HeadingRenderer(boolean withIds) {
        this.withIds = withIds;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Heading.class, this::render));
    }

    private void render(Heading heading, NodeRendererContext context, HtmlWriter html) {
        Document document = heading.getDocument();
        int level = Math.min(6, heading.getLevel() + SHIFT.get(document));
        String id = withIds ? context.getNodeId(heading) : null;
        if (id != null && !id.isEmpty()) {
            String safeId = THEME_IDS.contains(id) ? id + "-section" : id;
            String text = new TextCollectingVisitor().collectAndGetText(heading).strip();
            html.attr("id", safeId).withAttr().tagLine("h" + level, () -> {
                context.renderChildren(heading);
                html.raw(" <a class=\"heading-anchor\" href=\"#" + safeId + "\"><span aria-hidden=\"true\">#</span>"
                        + "<span class=\"visually-hidden\">Section: " + Escaping.escapeHtml(text, false) + "</span></a>");
            });
        } else {
            html.withAttr().tagLine("h" + level, () -> context.renderChildren(heading));
        }
    }
}

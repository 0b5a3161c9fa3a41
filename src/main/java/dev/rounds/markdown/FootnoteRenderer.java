package dev.rounds.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.Set;

/**
 * Footnotes with ids scoped by their entry: {@code fn-SCOPE-1} for the note and
 * {@code fnref-SCOPE-1} for its reference ({@code fnref-SCOPE-1.2} for a second reference to it),
 * so the notes of several entries shown on one list page never share an id. Replaces flexmark's
 * footnote renderer, which numbers {@code fn-1} in every entry.
 */
final class FootnoteRenderer implements PhasedNodeRenderer {
    /** The entry's anchor scope (see {@link AnchorScopes}). */
    static final DataKey<String> SCOPE = new DataKey<>("ROUNDS_FOOTNOTE_SCOPE", "");

    private static final String BACK_REFERENCE = "\u21A9\uFE0E";

    private final FootnoteRepository footnotes;
    private final String scope;

    FootnoteRenderer(DataHolder options) {
        this.footnotes = FootnoteExtension.FOOTNOTES.get(options);
        this.scope = SCOPE.get(options);
        this.footnotes.resolveFootnoteOrdinals();
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Footnote.class, this::render),
                new NodeRenderingHandler<>(FootnoteBlock.class, (block, context, html) -> { }));
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_BOTTOM);
    }

    @Override
    public void renderDocument(NodeRendererContext context, HtmlWriter html, Document document, RenderingPhase phase) {
        if (phase != RenderingPhase.BODY_BOTTOM || footnotes.getReferencedFootnoteBlocks().isEmpty()) {
            return;
        }
        html.attr("class", "footnotes").withAttr().tagIndent("div", () -> {
            html.tagVoidLine("hr");
            html.tagIndent("ol", () -> {
                for (FootnoteBlock block : footnotes.getReferencedFootnoteBlocks()) {
                    int number = block.getFootnoteOrdinal();
                    html.attr("id", noteId(number)).withAttr().tagIndent("li", () -> {
                        context.renderChildren(block);
                        for (int use = 0; use < block.getFootnoteReferences(); use++) {
                            String label = "Back to reference " + number + (use == 0 ? "" : " (" + (use + 1) + ")");
                            html.attr("href", "#" + referenceId(number, use)).attr("class", "footnote-backref")
                                    .attr("aria-label", label).line().withAttr().tag("a").raw(BACK_REFERENCE).closeTag("a");
                        }
                    });
                }
            });
        });
    }

    private void render(Footnote footnote, NodeRendererContext context, HtmlWriter html) {
        FootnoteBlock block = footnote.getFootnoteBlock();
        if (block == null) {
            html.raw("[^");
            context.renderChildren(footnote);
            html.raw("]");
            return;
        }
        int number = block.getFootnoteOrdinal();
        html.attr("id", referenceId(number, footnote.getReferenceOrdinal())).withAttr().tag("sup", false, false, () -> {
            html.attr("class", "footnote-ref").attr("href", "#" + noteId(number)).withAttr().tag("a").raw(String.valueOf(number)).closeTag("a");
        });
    }

    private String noteId(int number) {
        return "fn-" + scope + "-" + number;
    }

    private String referenceId(int number, int use) {
        return "fnref-" + scope + "-" + number + (use == 0 ? "" : "." + (use + 1));
    }
}

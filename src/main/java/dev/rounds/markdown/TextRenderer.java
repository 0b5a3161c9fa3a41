package dev.rounds.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Text nodes, written as flexmark's core renderer writes them (escapes and entities decoded, line
 * ends normalised, then HTML-escaped), with a shortcut for the usual text that holds none of the
 * characters those steps change: flexmark runs two regular expressions over every text node.
 */
final class TextRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, TextRenderer::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String text = Sequences.string(node.getChars());
        if (isPlain(text)) {
            html.raw(text);
        } else {
            html.text(Escaping.normalizeEOL(Escaping.unescapeString(text)));
        }
    }

    /** Whether unescaping, normalising line ends and escaping for HTML all leave {@code text} as it is. */
    static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\\', '&', '\r', '<', '>', '"' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }
}

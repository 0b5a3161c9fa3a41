package dev.rounds.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The text of a document without markup, for word counts, note titles and descriptions. A plain
 * walk over the text nodes: flexmark's TextCollectingVisitor builds segment-tracked sequences
 * that cost several times more and are not needed here.
 */
final class PlainText {
    private PlainText() {
    }

    static String of(Node node) {
        StringBuilder text = new StringBuilder(node.getTextLength());
        append(node, text);
        return text.toString();
    }

    /**
     * The text of a link whose text is one text node without escapes or entities, as flexmark's
     * collector gives it (the node's characters); null for any other node.
     */
    static String plainLinkText(Node node) {
        if (node.getClass() == Link.class && node.getFirstChild() instanceof Text only && only.getNext() == null) {
            String chars = Sequences.string(only.getChars());
            return chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 && !chars.isEmpty() ? chars : null;
        }
        return null;
    }

    private static void append(Node parent, StringBuilder text) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text) {
                String chars = Sequences.string(node.getChars());
                // Text keeps backslash escapes and entity references as written (also "&ndash;" from typography).
                text.append(chars.indexOf('\\') >= 0 || chars.indexOf('&') >= 0 ? Escaping.unescapeString(chars) : chars);
            } else if (node instanceof Code code) {
                text.append(code.getText());
            } else if (node instanceof TextContainer && !(node instanceof Block) && !(node instanceof TableCell)) {
                String linkText = plainLinkText(node);
                // Links of plain words are common; entities, abbreviations written out, autolinks and the other
                // links are rare, so flexmark's own collector is cheap enough for them.
                text.append(linkText != null ? linkText : new TextCollectingVisitor().collectAndGetText(node));
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                text.append('\n');
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                text.append(node.getChildChars()).append('\n');
            } else if (!(node instanceof HtmlBlockBase) && !(node instanceof HtmlInlineBase) && !(node instanceof TableSeparator)
                    && !(node instanceof AbbreviationBlock)) {
                append(node, text);
                if (node instanceof TableCell) {
                    text.append(' ');
                } else if ((node instanceof Block || node instanceof TableRow) && text.length() > 0
                        && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
            }
        }
    }
}

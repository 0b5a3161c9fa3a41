package dev.rounds.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
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

    private static void append(Node parent, StringBuilder text) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text) {
                String chars = Sequences.string(node.getChars());
                // Text keeps backslash escapes and entity references as written (also "&ndash;" from typography).
                text.append(chars.indexOf('\\') >= 0 || chars.indexOf('&') >= 0 ? Escaping.unescapeString(chars) : chars);
            } else if (node instanceof Code code) {
                text.append(code.getText());
            } else if (node instanceof TextContainer && !(node instanceof Block) && !(node instanceof TableCell)) {
                // Entities, abbreviations written out, autolinks: rare, so flexmark's own collector is cheap here.
                text.append(new TextCollectingVisitor().collectAndGetText(node));
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

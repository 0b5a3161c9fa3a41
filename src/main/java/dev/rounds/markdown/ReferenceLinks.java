package dev.rounds.markdown;

import dev.rounds.content.ScholarlyLinks;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bare DOIs ({@code 10.1136/bmj.n71}) and PubMed ids ({@code PMID: 33782057}) in the text of an
 * entry become links to {@code https://doi.org/…} and {@code https://pubmed.ncbi.nlm.nih.gov/…/}.
 * Text in links, images, code and raw HTML is left alone. Works on the parsed tree, before rendering.
 */
final class ReferenceLinks {
    private static final Pattern PATTERN = Pattern.compile(
            "(?<![\\w./-])(?:(?<doi>10\\.[0-9]{4,9}/[^\\s\"<>]+)|(?<pmid>PMID:?[ \\u00A0]?(?<number>[0-9]{1,8}))(?![\\w]))");
    private static final String TRAILING = ".,;:!?'\"’”";

    private ReferenceLinks() {
    }

    static void apply(Document document) {
        List<Text> texts = new ArrayList<>();
        collect(document, texts);
        for (Text text : texts) {
            link(text);
        }
    }

    private static void collect(Node node, List<Text> texts) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                texts.add(text);
            } else if (!(child instanceof LinkNodeBase || child instanceof RefNode || child instanceof DoNotDecorate
                    || child instanceof DoNotLinkDecorate || child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock)) {
                collect(child, texts);
            }
        }
    }

    private static void link(Text node) {
        BasedSequence chars = node.getChars();
        if (!mayHoldReference(chars)) {
            return;
        }
        Matcher matcher = PATTERN.matcher(chars);
        int done = 0;
        boolean changed = false;
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            String url;
            if (matcher.group("doi") != null) {
                end = start + doiLength(matcher.group("doi"));
                url = ScholarlyLinks.doiUrl(chars.subSequence(start, end).toString());
            } else {
                url = ScholarlyLinks.pubmedUrl(matcher.group("number"));
            }
            if (start > done) {
                node.insertBefore(new Text(chars.subSequence(done, start)));
            }
            BasedSequence linked = chars.subSequence(start, end);
            Link link = new Link();
            link.setChars(linked);
            link.setText(linked);
            link.setUrl(PrefixedSubSequence.prefixOf(url, linked.subSequence(0, 0)));
            link.appendChild(new Text(linked));
            node.insertBefore(link);
            done = end;
            changed = true;
        }
        if (changed) {
            if (done < chars.length()) {
                node.insertBefore(new Text(chars.subSequence(done)));
            }
            node.unlink();
        }
    }

    /** Whether {@code chars} holds {@code 10.} (which every DOI starts with) or {@code PMID}: the pattern is slow to try on all text. */
    static boolean mayHoldReference(BasedSequence chars) {
        String text = Sequences.string(chars);
        return text.contains("10.") || text.contains("PMID");
    }

    /** The DOI without the punctuation that ends the sentence around it, and without an unmatched closing bracket. */
    static int doiLength(String doi) {
        int end = doi.length();
        while (end > 0) {
            char last = doi.charAt(end - 1);
            String head = doi.substring(0, end - 1);
            if (TRAILING.indexOf(last) >= 0
                    || last == ')' && count(head, '(') <= count(head, ')')
                    || last == ']' && count(head, '[') <= count(head, ']')) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}

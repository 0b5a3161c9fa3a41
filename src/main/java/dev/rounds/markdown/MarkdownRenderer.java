package dev.rounds.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import dev.rounds.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to HTML with flexmark: one parser and two renderers (page body, list summary), built
 * once and shared by every thread of a build.
 */
public final class MarkdownRenderer {
    private static final Pattern MORE = Pattern.compile("<!--\\s*more\\s*-->\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROOT_RELATIVE = Pattern.compile("(\\s(?:href|src|poster)=\")/(?![/\"])");
    private static final int MAX_CHARACTERS = 5_000_000;

    /** The rendered content, or the error that stopped it. */
    public record Result(Optional<RenderedContent> content, Optional<Diagnostic> error) {
    }

    private final Parser parser;
    private final HtmlRenderer pageRenderer;
    private final HtmlRenderer summaryRenderer;
    private final String basePath;

    /** @param basePath the site's base path ({@code /} or e.g. {@code /blog/}), added to root-relative links */
    public MarkdownRenderer(String basePath) {
        this.basePath = basePath;
        DataHolder options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                        TaskListExtension.create(), AutolinkExtension.create(), FootnoteExtension.create()))
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, false)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(TaskListExtension.ITEM_DONE_MARKER,
                        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled aria-label=\"Done\"> ")
                .set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled aria-label=\"Not done\"> ")
                .set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩\uFE0E")
                .toImmutable();
        this.parser = Parser.builder(options).build();
        this.pageRenderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(o -> new HeadingRenderer(true))
                .attributeProviderFactory(new AlignmentAsClass())
                .build();
        this.summaryRenderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(o -> new HeadingRenderer(false))
                .attributeProviderFactory(new AlignmentAsClass())
                .build();
    }

    /**
     * Renders {@code markdown}, which starts on line {@code firstLine} of {@code file}.
     */
    public Result render(Path file, String markdown, int firstLine) {
        if (markdown.length() > MAX_CHARACTERS) {
            return failure(file, firstLine, "the text is too long to publish as one page (over "
                    + MAX_CHARACTERS / 1_000_000 + " million characters): split it");
        }
        try {
            Document document = parser.parse(markdown);
            ReferenceLinks.apply(document);
            document.set(HeadingRenderer.SHIFT, headingShift(document));
            String html = withBasePath(pageRenderer.render(document));
            String plainText = new TextCollectingVisitor().collectAndGetText(document);
            String summary = withBasePath(summary(document));
            return new Result(Optional.of(new RenderedContent(html, summary, plainText, countWords(plainText))), Optional.empty());
        } catch (StackOverflowError e) {
            return failure(file, firstLine, "the Markdown is nested too deeply to render (lists or quotes inside each other)");
        }
    }

    private static Result failure(Path file, int line, String message) {
        return new Result(Optional.empty(), Optional.of(Diagnostic.error(file, line, 1, message)));
    }

    private static int headingShift(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                return 1;
            }
        }
        return 0;
    }

    /** The nodes before {@code <!--more-->}, or else the first paragraph, without footnote references. */
    private String summary(Document document) {
        List<Node> nodes = new ArrayList<>();
        boolean more = false;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlCommentBlock comment && MORE.matcher(comment.getChars().toString().strip()).matches()) {
                more = true;
                break;
            }
            if (!(node instanceof FootnoteBlock)) {
                nodes.add(node);
            }
        }
        if (!more) {
            nodes.clear();
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Paragraph) {
                    nodes.add(node);
                    break;
                }
            }
        }
        StringBuilder html = new StringBuilder();
        for (Node node : nodes) {
            List<Node> footnotes = new ArrayList<>();
            collect(node, Footnote.class, footnotes);
            footnotes.forEach(Node::unlink);
            html.append(summaryRenderer.render(node));
        }
        return html.toString();
    }

    private static void collect(Node node, Class<? extends Node> type, List<Node> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (type.isInstance(child)) {
                found.add(child);
            } else {
                collect(child, type, found);
            }
        }
    }

    private String withBasePath(String html) {
        if (basePath.equals("/")) {
            return html;
        }
        return ROOT_RELATIVE.matcher(html).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + basePath));
    }

    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar || inWord && (text.charAt(i) == '\'' || text.charAt(i) == '’' || text.charAt(i) == '-');
        }
        return words;
    }

    /** Table alignment as classes: the {@code align} attribute is obsolete and inline styles break a strict CSP. */
    private static final class AlignmentAsClass extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                if (node instanceof TableCell && attributes.contains("align")) {
                    String align = attributes.getValue("align").toLowerCase(Locale.ROOT);
                    attributes.remove("align");
                    attributes.addValue("class", "align-" + align);
                }
            };
        }
    }
}

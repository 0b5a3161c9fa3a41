package dev.rounds.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocBlock;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import dev.rounds.content.Entry;
import dev.rounds.content.EntryKind;
import dev.rounds.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Markdown to HTML with flexmark: one parser and two renderers (page body, list summary), built
 * once per build when the first entry is converted, and shared by every thread of it. Each entry is parsed once; its tree is then
 * prepared (callouts, typography, abbreviations, heading ids, table of contents), checked (links
 * between entries) and rendered.
 */
public final class MarkdownRenderer {
    private static final Pattern MORE = Pattern.compile("<!--\\s*more\\s*-->\\s*", Pattern.CASE_INSENSITIVE);
    private static final int MAX_CHARACTERS = 5_000_000;

    /**
     * The rendered content, unless an error stopped it, and the problems found on the way; {@code reusable}
     * is the render to keep for later builds, present only when the render found no problem at all
     * (problems are reported at every build, so a render that has any is made again each time).
     */
    public record Result(Optional<RenderedContent> content, List<Diagnostic> diagnostics, Optional<CachedRender> reusable) {
    }

    /** flexmark's parser and renderers, made when the first entry is converted (never, when a build reuses every conversion). */
    private volatile Engines engines;
    private final String basePath;
    private final Map<String, String> glossary;
    private final boolean expandFirst;
    private final Abbreviations abbreviations;
    private final EntryLinks links;

    /**
     * @param basePath the site's base path ({@code /} or e.g. {@code /blog/}), added to root-relative links
     * @param glossary the site's abbreviations ({@code COPD} → {@code chronic obstructive pulmonary disease})
     * @param expandFirst whether the first use of an abbreviation in an entry is written out in full
     * @param links the entries that links by source path can lead to
     */
    public MarkdownRenderer(String basePath, Map<String, String> glossary, boolean expandFirst, EntryLinks links) {
        this.basePath = basePath;
        this.glossary = new TreeMap<>(glossary);
        this.expandFirst = expandFirst;
        this.abbreviations = new Abbreviations(glossary, expandFirst);
        this.links = links;
    }

    /** The parser and the renderers of page bodies and of list summaries. */
    private record Engines(Parser parser, HtmlRenderer page, HtmlRenderer summary) {
    }

    private Engines engines() {
        Engines made = engines;
        if (made == null) {
            synchronized (this) {
                made = engines;
                if (made == null) {
                    made = makeEngines();
                    engines = made;
                }
            }
        }
        return made;
    }

    private Engines makeEngines() {
        MutableDataSet options = new MutableDataSet()
                .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH)
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(TaskListExtension.ITEM_DONE_MARKER,
                        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled aria-label=\"Done\"> ")
                .set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled aria-label=\"Not done\"> ");
        Typography.configure(options);
        // Footnotes, tables of contents, abbreviations and typography are rendered by this package's
        // own renderers (or prepared into plain nodes), so the renderers load only the other extensions.
        DataHolder parserOptions = new MutableDataSet(options)
                .set(Parser.EXTENSIONS, List.of(new TableSyntax(), StrikethroughExtension.create(),
                        TaskListExtension.create(), new Autolinks(), FootnoteExtension.create(),
                        TocExtension.create(), TypographicExtension.create(), new Abbreviations.DefinitionSyntax()))
                .toImmutable();
        DataHolder rendererOptions = new MutableDataSet(options)
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create()))
                .toImmutable();
        Parser parser = QuickMatchInlineParser.use(Parser.builder(parserOptions)).build();
        HtmlRenderer pageRenderer = HtmlRenderer.builder(rendererOptions)
                .nodeRendererFactory(o -> new HeadingRenderer(true))
                .nodeRendererFactory(FootnoteRenderer::new)
                .nodeRendererFactory(o -> new TableOfContents.Renderer())
                .nodeRendererFactory(o -> new Callouts.Renderer())
                .nodeRendererFactory(o -> new Abbreviations.Renderer())
                .nodeRendererFactory(o -> new TableWrapper())
                .nodeRendererFactory(o -> new TextRenderer())
                .nodeRendererFactory(SummaryCapture.Renderer::new)
                .linkResolverFactory(links.new Resolver(false))
                .attributeProviderFactory(new AlignmentAsClass())
                .build();
        // flexmark leaves links and images out when it renders a part of a document rather than a
        // whole one, unless DO_NOT_RENDER_LINKS is set, which inverts its rule for parts; the
        // summary renderer only ever renders parts, so this keeps the summary's links and images
        // (its resolver makes their relative addresses work on list pages).
        DataHolder summaryOptions = new MutableDataSet(rendererOptions).set(HtmlRenderer.DO_NOT_RENDER_LINKS, true).toImmutable();
        HtmlRenderer summaryRenderer = HtmlRenderer.builder(summaryOptions)
                .nodeRendererFactory(o -> new HeadingRenderer(false))
                .nodeRendererFactory(o -> new Callouts.Renderer())
                .nodeRendererFactory(o -> new Abbreviations.Renderer())
                .nodeRendererFactory(o -> new TableWrapper())
                .nodeRendererFactory(o -> new TextRenderer())
                .linkResolverFactory(links.new Resolver(true))
                .attributeProviderFactory(new AlignmentAsClass())
                .build();
        return new Engines(parser, pageRenderer, summaryRenderer);
    }

    /**
     * Renders the body of {@code entry}; {@code anchorScope} (see {@link AnchorScopes}) goes into its
     * footnote ids, and into its heading ids when it is a note.
     */
    public Result render(Entry entry, String anchorScope) {
        return render(entry, anchorScope, true);
    }

    /** As {@link #render(Entry, String)}, with the summary always rendered on its own, never captured from the page's render. */
    Result renderSummaryApart(Entry entry, String anchorScope) {
        return render(entry, anchorScope, false);
    }

    /**
     * The settings every render of this renderer depends on besides the entry itself (the base path
     * and the abbreviations): renders kept from a build with other settings cannot be reused.
     */
    public String settings() {
        StringBuilder settings = new StringBuilder().append(basePath).append('\n').append(expandFirst).append('\n');
        glossary.forEach((abbreviation, expansion) -> settings.append(abbreviation).append('\t').append(expansion).append('\n'));
        return settings.toString();
    }

    /**
     * The content of {@code cached}, made by a renderer with the same {@link #settings()}, when it is
     * still what {@link #render(Entry, String)} would give: the entry is unchanged in everything the
     * render reads, and each of its links still leads where it led.
     */
    public Optional<RenderedContent> reuse(Entry entry, String anchorScope, CachedRender cached) {
        boolean same = cached.id().equals(entry.id()) && cached.source().equals(entry.source().toString())
                && cached.url().equals(entry.url()) && cached.kind() == entry.kind() && cached.toc() == entry.toc()
                && cached.anchorScope().equals(anchorScope) && cached.bodyLine() == entry.bodyLine()
                && cached.bodyLength() == entry.body().length() && cached.bodyChecksum() == CachedRender.checksum(entry.body())
                && links.leadSame(entry.id(), cached.links());
        return same ? Optional.of(cached.content()) : Optional.empty();
    }

    private Result render(Entry entry, String anchorScope, boolean captureSummary) {
        if (entry.body().length() > MAX_CHARACTERS) {
            return failure(entry, "the text is too long to publish as one page (over "
                    + MAX_CHARACTERS / 1_000_000 + " million characters): split it");
        }
        try {
            Engines engines = engines();
            Document document = engines.parser().parse(entry.body());
            EntryLinks.LinkLog linkLog = new EntryLinks.LinkLog();
            document.set(EntryLinks.LOG, linkLog);
            ReferenceLinks.apply(document);
            document.set(EntryLinks.SOURCE, entry.id());
            document.set(EntryLinks.PAGE_URL, entry.url());
            document.set(FootnoteRenderer.SCOPE, anchorScope);
            Callouts.transform(document);
            Typography.flatten(document);
            abbreviations.apply(document);
            List<Heading> headings = HeadingIds.headings(document);
            document.set(HeadingRenderer.SHIFT, headingShift(headings));
            HeadingIds.assign(headings, document, anchorScope, entry.kind() == EntryKind.NOTE);
            if (entry.toc()) {
                TableOfContents.insertAtTop(document);
            }
            List<Diagnostic> problems = check(entry, document);
            List<Node> summaryNodes = summaryNodes(document);
            SummaryCapture capture = captureSummary ? SummaryCapture.of(summaryNodes, entry.url()) : SummaryCapture.NOTHING;
            document.set(SummaryCapture.KEY, capture);
            String html = withBasePath(engines.page().render(document));
            String plainText = PlainText.of(document);
            String captured = capture.html();
            String summary = withBasePath(captured != null ? captured : summary(summaryNodes));
            RenderedContent content = new RenderedContent(html, summary, plainText, countWords(plainText));
            Optional<CachedRender> reusable = problems.isEmpty() && captureSummary
                    ? Optional.of(new CachedRender(entry.id(), entry.source().toString(), entry.url(), entry.kind(), entry.toc(),
                            anchorScope, entry.bodyLine(), entry.body().length(), CachedRender.checksum(entry.body()), content,
                            linkLog.uses()))
                    : Optional.empty();
            return new Result(Optional.of(content), problems, reusable);
        } catch (StackOverflowError e) {
            return failure(entry, "the Markdown is nested too deeply to render (lists or quotes inside each other)");
        }
    }

    private static Result failure(Entry entry, String message) {
        return new Result(Optional.empty(), List.of(Diagnostic.error(entry.source(), entry.bodyLine(), 1, message)), Optional.empty());
    }

    /** Links to other entries that cannot be followed (errors), and table-of-contents options that cannot be read (warnings). */
    private List<Diagnostic> check(Entry entry, Document document) {
        List<Diagnostic> problems = new ArrayList<>();
        check(entry, document, document, problems);
        return problems;
    }

    /** Links, link reference definitions and tables of contents at any depth, in document order (not looking inside them). */
    private void check(Entry entry, Document document, Node parent, List<Diagnostic> problems) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Class<?> type = node.getClass();
            if (type == Link.class) {
                checkLink(entry, document, ((Link) node).getUrl(), problems);
            } else if (type == Reference.class) {
                checkLink(entry, document, ((Reference) node).getUrl(), problems);
            } else if (type == TocBlock.class) {
                TocBlock toc = (TocBlock) node;
                if (TableOfContents.levels(toc).isEmpty()) {
                    problems.add(Diagnostic.warning(entry.source(), line(entry, toc.getStyle().getStartOffset()),
                            column(entry, toc.getStyle().getStartOffset()), "unknown table of contents option '"
                                    + toc.getStyle().toString().strip() + "': write [TOC], or [TOC levels=2-4] for other heading levels"));
                }
            } else {
                check(entry, document, node, problems);
            }
        }
    }

    private void checkLink(Entry entry, Document document, BasedSequence url, List<Diagnostic> problems) {
        links.resolve(document, entry.id(), url.toString()).problem().ifPresent(problem -> problems.add(
                Diagnostic.error(entry.source(), line(entry, url.getStartOffset()), column(entry, url.getStartOffset()), problem)));
    }

    /** The file line of an offset into the body. */
    private static int line(Entry entry, int offset) {
        String body = entry.body();
        int line = entry.bodyLine();
        for (int i = 0; i < offset && i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column (in characters as a reader counts them) of an offset into the body. */
    private static int column(Entry entry, int offset) {
        String body = entry.body();
        int end = Math.min(offset, body.length());
        int lineStart = body.lastIndexOf('\n', end - 1) + 1;
        return body.codePointCount(lineStart, end) + 1;
    }

    /** One level down when any heading, in quotes and lists too, uses {@code #}: the page's title is its only {@code h1}. */
    private static int headingShift(List<Heading> headings) {
        for (Heading heading : headings) {
            if (heading.getLevel() == 1) {
                return 1;
            }
        }
        return 0;
    }

    /** The nodes before {@code <!--more-->}, or else the first paragraph. */
    private static List<Node> summaryNodes(Document document) {
        List<Node> nodes = new ArrayList<>();
        boolean more = false;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlCommentBlock comment && MORE.matcher(comment.getChars().toString().strip()).matches()) {
                more = true;
                break;
            }
            if (!(node instanceof FootnoteBlock || node instanceof TocBlock)) {
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
        return nodes;
    }

    /** The summary {@code nodes} rendered for list pages, without footnote references. */
    private String summary(List<Node> nodes) {
        StringBuilder html = new StringBuilder();
        for (Node node : nodes) {
            List<Node> footnotes = new ArrayList<>();
            collect(node, Footnote.class, footnotes);
            footnotes.forEach(Node::unlink);
            html.append(engines().summary().render(node));
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
        return HtmlLinks.rewrite(html, url -> url.startsWith("/") && !url.startsWith("//") ? basePath + url.substring(1) : url);
    }

    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordChar = c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar || inWord && (c == '\'' || c == '’' || c == '-');
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

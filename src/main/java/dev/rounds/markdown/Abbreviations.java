package dev.rounds.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.abbreviation.internal.AbbreviationBlockParser;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations: the entry's own {@code *[COPD]: chronic obstructive pulmonary disease}
 * definitions (Markdown Extra syntax, parsed by flexmark's abbreviation block parser) over the
 * site's glossary. Each use in running text becomes {@code <abbr title="…">COPD</abbr>}; with
 * {@code expandFirst}, the first use in the entry reads "chronic obstructive pulmonary disease
 * (COPD)". Code, links and headings are left alone.
 */
final class Abbreviations {
    private final Map<String, String> glossary;
    private final boolean expandFirst;
    private final Pattern glossaryPattern;

    Abbreviations(Map<String, String> glossary, boolean expandFirst) {
        this.glossary = Map.copyOf(glossary);
        this.expandFirst = expandFirst;
        this.glossaryPattern = pattern(glossary.keySet());
    }

    /** Parses {@code *[ABBR]: expansion} lines only; finding the uses is done by {@link #apply}. */
    static final class DefinitionSyntax implements Parser.ParserExtension {
        @Override
        public void parserOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.customBlockParserFactory(new AbbreviationBlockParser.Factory());
        }
    }

    /**
     * One use of an abbreviation in the text.
     *
     * @param writtenOut for the use written out in full, the expansion as written there (with a
     *                   capital at the start of a sentence); null for the others
     */
    static final class Use extends Node implements DoNotDecorate, TextContainer {
        private final String expansion;
        private final String writtenOut;

        Use(BasedSequence chars, String expansion, String writtenOut) {
            super(chars);
            this.expansion = expansion;
            this.writtenOut = writtenOut;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }

        @Override
        public boolean collectText(ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out, int flags,
                                   NodeVisitor visitor) {
            out.append(writtenOut != null ? writtenOut + " (" + getChars() + ")" : getChars());
            return false;
        }
    }

    /** Renders uses as {@code abbr} elements and the definitions as nothing. */
    static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Use.class, Renderer::render),
                    new NodeRenderingHandler<>(AbbreviationBlock.class, (block, context, html) -> { }));
        }

        private static void render(Use use, NodeRendererContext context, HtmlWriter html) {
            if (use.writtenOut != null) {
                html.text(use.writtenOut + " (");
            }
            html.attr("title", use.expansion).withAttr().tag("abbr");
            html.text(use.getChars().toString());
            html.closeTag("abbr");
            if (use.writtenOut != null) {
                html.text(")");
            }
        }
    }

    /** Marks every use of an abbreviation in {@code document}'s running text. */
    void apply(Document document) {
        Map<String, String> own = new LinkedHashMap<>();
        List<AbbreviationBlock> blocks = new ArrayList<>();
        collect(document, AbbreviationBlock.class, blocks);
        for (AbbreviationBlock block : blocks) {
            String abbreviation = block.getText().toString().strip();
            String expansion = block.getAbbreviation().toString().strip();
            if (!abbreviation.isEmpty() && !expansion.isEmpty()) {
                own.putIfAbsent(abbreviation, expansion.replaceAll("\\s+", " "));
            }
        }
        if (own.isEmpty() && glossary.isEmpty()) {
            return;
        }
        Map<String, String> expansions = new LinkedHashMap<>(glossary);
        expansions.putAll(own);
        Pattern pattern = own.isEmpty() ? glossaryPattern : pattern(expansions.keySet());
        List<Text> texts = new ArrayList<>();
        collectRunningText(document, texts);
        Set<String> seen = new HashSet<>();
        for (Text text : texts) {
            replace(text, pattern, expansions, seen);
        }
    }

    private void replace(Text text, Pattern pattern, Map<String, String> expansions, Set<String> seen) {
        BasedSequence chars = text.getChars();
        Matcher matcher = pattern.matcher(chars);
        String leading = null;
        String trailing = null;
        int done = 0;
        while (matcher.find()) {
            if (leading == null) {
                leading = siblingText(text, true);
                trailing = siblingText(text, false);
            }
            String abbreviation = matcher.group();
            String expansion = expansions.get(abbreviation);
            String before = leading + chars.subSequence(0, matcher.start());
            String after = chars.subSequence(matcher.end(), chars.length()) + trailing;
            String writtenOut = null;
            if (seen.add(abbreviation) && expandFirst && !writtenOutAlready(expansion, before, after)) {
                boolean sentenceStart = before.isBlank() ? text.getPrevious() == null && text.getParent() instanceof Paragraph
                        : endsSentence(before);
                writtenOut = sentenceStart ? expansion.substring(0, 1).toUpperCase(Locale.ROOT) + expansion.substring(1) : expansion;
            }
            if (matcher.start() > done) {
                BasedSequence piece = chars.subSequence(done, matcher.start());
                String fixed = writtenOut == null ? piece.toString() : Articles.before(piece.toString(), writtenOut);
                text.insertBefore(new Text(fixed.equals(piece.toString()) ? piece : BasedSequence.of(fixed)));
            } else if (writtenOut != null) {
                fixArticleOutside(text, writtenOut);
            }
            text.insertBefore(new Use(chars.subSequence(matcher.start(), matcher.end()), expansion, writtenOut));
            done = matcher.end();
        }
        if (done > 0) {
            if (done < chars.length()) {
                text.insertBefore(new Text(chars.subSequence(done, chars.length())));
            }
            text.unlink();
        }
    }

    /**
     * When a written-out use starts its text node ("an **HbA1c** test"), the article may end the
     * text before the node, or before the emphasis the node is in: made to fit the expansion.
     */
    private static void fixArticleOutside(Text text, String writtenOut) {
        Node previous = text.getPrevious();
        if (previous == null && text.getParent() instanceof DelimitedNode && !(text.getParent() instanceof Code)) {
            previous = text.getParent().getPrevious();
        }
        if (previous instanceof Text earlier) {
            String written = earlier.getChars().toString();
            String fixed = Articles.before(written, writtenOut);
            if (!fixed.equals(written)) {
                earlier.insertBefore(new Text(BasedSequence.of(fixed)));
                earlier.unlink();
            }
        }
    }

    /** The plain text of the neighbouring text and line breaks, before or after {@code text}. */
    private static String siblingText(Text text, boolean before) {
        StringBuilder found = new StringBuilder();
        for (Node node = before ? text.getPrevious() : text.getNext(); node instanceof Text || node instanceof SoftLineBreak
                || node instanceof HardLineBreak; node = before ? node.getPrevious() : node.getNext()) {
            String part = node instanceof Text ? node.getChars().toString() : " ";
            found.insert(before ? 0 : found.length(), part);
        }
        return found.toString();
    }

    /** Whether the author has written the expansion out: "diabetic ketoacidosis (DKA)" or "DKA (diabetic ketoacidosis)". */
    private static boolean writtenOutAlready(String expansion, String before, String after) {
        String spaced = Pattern.quote(expansion).replace(" ", "\\E\\s+\\Q");
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return Pattern.compile(spaced + "\\s*\\(\\s*$", flags).matcher(before).find()
                || Pattern.compile("^\\s*\\(\\s*" + spaced + "\\s*\\)", flags).matcher(after).find();
    }

    /** Whether text before a use ends a sentence, so the written-out form starts with a capital. */
    private static boolean endsSentence(String before) {
        String written = before.stripTrailing();
        char last = written.charAt(written.length() - 1);
        return last == '.' || last == '?' || last == '!';
    }

    /** Longest first, so that {@code T1DM} wins over {@code T1}; word boundaries where the abbreviation starts or ends with one. */
    private static Pattern pattern(Set<String> abbreviations) {
        if (abbreviations.isEmpty()) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        abbreviations.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(abbreviation -> {
                    if (regex.length() > 0) {
                        regex.append('|');
                    }
                    if (Character.isLetterOrDigit(abbreviation.codePointAt(0))) {
                        regex.append("(?<![\\p{L}\\p{N}])");
                    }
                    regex.append(Pattern.quote(abbreviation));
                    if (Character.isLetterOrDigit(abbreviation.codePointBefore(abbreviation.length()))) {
                        regex.append("(?![\\p{L}\\p{N}])");
                    }
                });
        return Pattern.compile(regex.toString());
    }

    /** Text nodes outside headings, code, links and raw HTML, in document order. */
    private static void collectRunningText(Node node, List<Text> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                found.add(text);
            } else if (!(child instanceof Heading || child instanceof DoNotDecorate || child instanceof DoNotLinkDecorate)) {
                collectRunningText(child, found);
            }
        }
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            collect(child, type, found);
        }
    }
}

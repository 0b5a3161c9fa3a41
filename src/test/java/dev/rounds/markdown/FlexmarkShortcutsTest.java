package dev.rounds.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The package's shortcuts around flexmark ({@link Autolinks}, {@link TextRenderer},
 * {@link Sequences}, {@link QuickMatchInlineParser}, {@link TableSyntax}) give exactly what flexmark's own extension, renderer and sequences give, for text with and without the characters that
 * matter to them.
 */
class FlexmarkShortcutsTest {
    private static final String[] SAMPLES = {
        "Plain text with nothing to link, 10 words and a number 3.5.",
        "Visit https://example.org/a--b or www.nhs.uk/conditions... or \"www.example.com/x\" and 'http://q.org/'.",
        "Mail jo@example.org, or \"jo.bloggs@nhs.net\" -- thanks. Also a--b@example.com and x...y@test.org.",
        "Entities jo&#64;example.org\n\nhttp&#58;//x.org\n\n&#119;ww.example.com\n\n&#x77;&#x77;&#x77;.example.com\n\nhttp&colon;//b.org",
        "Escaped www\\.example\\.com and http\\://nope and foo\\@bar.com and ftp://files.example.org/a_b.",
        "Scheme alone https:// and mailto:someone\n\nWWW.EXAMPLE.COM and wWw.example.com, ww w. and wwwx, and see www.nhs.uk today.",
        "Typography next to links ww--w.example.org, w...ww.example.org, wwww.x.org, \"ww\"w.example.org.",
        "Quotes \"http://quoted.org\" and 'www.single.org' and <<www.angle.org>> and http://x.org/a---b...",
        "Entities &nbsp;www.example.org AT&amp;T 5 &lt; 6 &gt; 4 \"quoted\" & ampersand &copy;www.c.org.",
        "Backslash \\* star \\\\ backslash \\& amp \\< less, and <b>raw</b> <span>www.inline.org</span>.",
        "`code www.code.org` and [link www.inside.org](https://x.org) and <https://angle.example.org>.",
        "Line one with a\r\ncarriage return https://cr.example.org\r\nand \"more\".",
        "| Head https://t.org | Two |\n| --- | --- |\n| cell www.cell.org | x@y.org |",
        "* list https://list.example.org/path?q=1&r=2#frag\n* item\n\n> quote jo@example.org",
        "http://example.org/a&amp;b and http://example.org/a&b and mail&#64;example.org.",
    };

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
    void autolinksMatchFlexmarksExtension(int sample) {
        String markdown = SAMPLES[sample];
        assertThat(render(markdown, new Autolinks(), false)).isEqualTo(render(markdown, AutolinkExtension.create(), false));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
    void textIsRenderedAsFlexmarkRendersIt(int sample) {
        String markdown = SAMPLES[sample];
        assertThat(render(markdown, AutolinkExtension.create(), true)).isEqualTo(render(markdown, AutolinkExtension.create(), false));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
    void textNodesReadAsFlexmarkReadsThem(int sample) {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TypographicExtension.create(), new Autolinks()));
        Document document = Parser.builder(options).build().parse(SAMPLES[sample] + "\n\nNUL \0 character, 'quoted' -- text\n> in a quote\n");
        List<Node> nodes = new ArrayList<>();
        document.getDescendants().forEach(nodes::add);
        assertThat(nodes).isNotEmpty().allSatisfy(node -> {
            assertThat(Sequences.string(node.getChars())).isEqualTo(node.getChars().toString());
            assertThat(Sequences.string(node.getChars().subSequence(0, node.getChars().length() / 2)))
                    .isEqualTo(node.getChars().subSequence(0, node.getChars().length() / 2).toString());
        });
        assertThat(Sequences.string(BasedSequence.of("a\0b"))).isEqualTo(BasedSequence.of("a\0b").toString()).isEqualTo("a\uFFFDb");
        assertThat(Sequences.string(PrefixedSubSequence.prefixOf("https://", BasedSequence.of("x.org"))))
                .isEqualTo("https://x.org");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18})
    void paragraphsAndInlinesParseAsFlexmarkParsesThem(int sample) {
        String markdown = sample < SAMPLES.length ? SAMPLES[sample] : INLINE_SAMPLES[sample - SAMPLES.length];
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
                TypographicExtension.create(), FootnoteExtension.create(), AutolinkExtension.create()));
        Document flexmarks = Parser.builder(options).build().parse(markdown);
        MutableDataSet ourOptions = new MutableDataSet().set(Parser.EXTENSIONS, List.of(new TableSyntax(),
                TypographicExtension.create(), FootnoteExtension.create(), AutolinkExtension.create()));
        Document ours = QuickMatchInlineParser.use(Parser.builder(ourOptions)).build().parse(markdown);
        assertThat(tree(ours)).isEqualTo(tree(flexmarks));
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        assertThat(renderer.render(ours)).isEqualTo(renderer.render(flexmarks));
    }

    private static final String[] INLINE_SAMPLES = {
        """
        [Links](https://example.org "title") and [refs][one] and [collapsed][] and ![image](/a.png 'alt title')
        and [spaced] [one], [^note] and <https://auto.example.org>, *emphasis* and `code` and \\[not a link].

        [one]: https://one.example.org  "One's title"
        [collapsed]: <https://collapsed.example.org>
        [spaced]:
          /spaced 'x'

        [^note]: A footnote [with a link](../x.md).
        """,
        """
        | A | [b](/b) |
        | --- | --- |
        | [c][one] | d |

        [one]: /one
        """,
        "[unclosed [nested](/n) link](</with spaces> \"t\") and [a](<b>) [](/empty) [x]( /y ) [z](\n/w\n)\n",
        """
        A paragraph
        | then | a table |
        | --- | --- |
        | x | y |

        a | b
        --- | ---
        1 | 2

        > | quoted | table |
        > |:--|--:|
        > | l | r |

        * | in | list |
          | -- | -- |

        | not a table |
        just pipes | here

        [ref]: /ref
        | after | a reference |
        | --- | --- |
        """,
    };

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18})
    void plainLinkTextIsFlexmarksCollectedText(int sample) {
        String markdown = (sample < SAMPLES.length ? SAMPLES[sample] : INLINE_SAMPLES[sample - SAMPLES.length])
                + "\n\n[plain words](https://example.org) [a*b*c](/x) [a\\*b](/y) [AT&amp;T](/z) [`code`](/c) [](/e)"
                + " [two\nlines](/l) [ spaced ](/s) ![image](/i.png) [**strong**](/t)\n";
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
                TypographicExtension.create(), FootnoteExtension.create(), new Autolinks()));
        Document document = Parser.builder(options).build().parse(markdown);
        List<Node> nodes = new ArrayList<>();
        document.getDescendants().forEach(nodes::add);
        assertThat(nodes).filteredOn(node -> PlainText.plainLinkText(node) != null).isNotEmpty().allSatisfy(node ->
                assertThat(PlainText.plainLinkText(node)).isEqualTo(new TextCollectingVisitor().collectAndGetText(node)));
    }

    /** Every node with its offsets and parts (flexmark's {@code toString} of a node), indented by depth. */
    private static String tree(Node root) {
        StringBuilder out = new StringBuilder();
        tree(root, 0, out);
        return out.toString();
    }

    private static void tree(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            tree(child, depth + 1, out);
        }
    }

    private static String render(String markdown, Extension autolinks, boolean textRenderer) {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TypographicExtension.create(), autolinks));
        HtmlRenderer.Builder renderer = HtmlRenderer.builder(options);
        if (textRenderer) {
            renderer.nodeRendererFactory(o -> new TextRenderer());
        }
        return renderer.build().render(Parser.builder(options).build().parse(markdown));
    }
}

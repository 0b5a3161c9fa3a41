package dev.rounds.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link HtmlLinks} tries its pattern only where an attribute's name can start; it must rewrite
 * exactly what a plain {@code find()} over the whole text rewrites (kept here as the oracle).
 */
class HtmlLinksTest {
    private static final UnaryOperator<String> MARK = url -> "[" + url + "]";
    private static final String[] PIECES = {
        " ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "<a", "<img", "<video", ">", "</a>", "href", "HREF", "Href", "src",
        "SRC", "srcset", "SrcSet", "poster", "POSTER", "data-href", "xsrc", "=", " = ", "\"", "'", "`", "/a/b.png", "x.jpg 2x",
        "https://example.org/", "//cdn", "#top", ",", " 1x", "text", "h", "s", "p", "<code>href=\"/no\"</code>", "é", "\uD83D\uDE00"};

    private static final Pattern ORACLE = Pattern.compile(
            "(\\s(href|src|poster|srcset)\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))", Pattern.CASE_INSENSITIVE);

    /** The rewriting as it was: the pattern found anywhere. */
    private static String oracle(String html, UnaryOperator<String> rewrite) {
        Matcher matcher = ORACLE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = matcher.group(3) != null ? matcher.group(3) : matcher.group(4) != null ? matcher.group(4) : matcher.group(5);
            String quote = matcher.group(3) != null ? "\"" : matcher.group(4) != null ? "'" : "";
            String rewritten;
            if (matcher.group(2).equalsIgnoreCase("srcset")) {
                List<String> parts = new ArrayList<>();
                for (String candidate : value.split(",")) {
                    String trimmed = candidate.strip();
                    int space = trimmed.indexOf(' ');
                    parts.add(rewrite.apply(space < 0 ? trimmed : trimmed.substring(0, space)) + (space < 0 ? "" : trimmed.substring(space)));
                }
                rewritten = String.join(", ", parts);
            } else {
                rewritten = rewrite.apply(value);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + quote + rewritten + quote));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    @Test
    void rewritesEveryKindOfLinkAttribute() {
        String html = "<a href=\"/a\">x</a> <img\tSRC='/b.png' srcset=\"/c.png 1x, /d.png 2x\"> <video poster=/p.jpg>"
                + " <span data-href=\"/no\">href=\"/not-an-attribute\"</span>";
        assertThat(HtmlLinks.rewrite(html, MARK)).isEqualTo("<a href=\"[/a]\">x</a> <img\tSRC='[/b.png]' "
                + "srcset=\"[/c.png] 1x, [/d.png] 2x\"> <video poster=[/p.jpg]> <span data-href=\"/no\">href=\"/not-an-attribute\"</span>");
        String plain = "<p>No links here.</p>";
        assertThat(HtmlLinks.rewrite(plain, MARK)).isSameAs(plain);
    }

    @Test
    void randomHtmlIsRewrittenAsAFindOverTheWholeTextWould() {
        Random random = new Random(21);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder html = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                html.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = html.toString();
            assertThat(HtmlLinks.rewrite(text, MARK)).as(text).isEqualTo(oracle(text, MARK));
        }
    }
}

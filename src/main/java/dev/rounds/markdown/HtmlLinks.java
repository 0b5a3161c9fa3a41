package dev.rounds.markdown;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the addresses in HTML attributes that hold links ({@code href}, {@code src},
 * {@code poster}, each candidate of {@code srcset}), whether their values are double-quoted,
 * single-quoted or bare. Text, and attributes inside code (which rendering escapes), are untouched.
 */
public final class HtmlLinks {
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(\\s(href|src|poster|srcset)\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))", Pattern.CASE_INSENSITIVE);

    private HtmlLinks() {
    }

    /** {@code html} with every link address replaced by {@code rewrite} of it (HTML entities as written). */
    public static String rewrite(String html, UnaryOperator<String> rewrite) {
        Matcher matcher = ATTRIBUTE.matcher(html);
        StringBuilder out = null;
        int copied = 0;
        int length = html.length();
        // The pattern is tried only where it can match: at whitespace before the first letter of
        // one of the attributes' names (a find() would try it at every character).
        for (int i = 0; i + 1 < length; i++) {
            if (!isSpace(html.charAt(i)) || !startsName(html.charAt(i + 1))) {
                continue;
            }
            matcher.region(i, length);
            if (!matcher.lookingAt()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(length + 256);
            }
            String value = matcher.group(3) != null ? matcher.group(3) : matcher.group(4) != null ? matcher.group(4) : matcher.group(5);
            String quote = matcher.group(3) != null ? "\"" : matcher.group(4) != null ? "'" : "";
            String rewritten = matcher.group(2).equalsIgnoreCase("srcset") ? srcset(value, rewrite) : rewrite.apply(value);
            out.append(html, copied, matcher.start()).append(matcher.group(1)).append(quote).append(rewritten).append(quote);
            copied = matcher.end();
            i = copied - 1;
        }
        return out == null ? html : out.append(html, copied, length).toString();
    }

    /** {@code \\s} in a pattern: what may come before an attribute's name. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The first letter of href, src, srcset or poster, in either case. */
    private static boolean startsName(char c) {
        return c == 'h' || c == 's' || c == 'p' || c == 'H' || c == 'S' || c == 'P';
    }

    private static String srcset(String value, UnaryOperator<String> rewrite) {
        StringBuilder out = new StringBuilder(value.length() + 32);
        for (String candidate : value.split(",")) {
            String trimmed = candidate.strip();
            int space = trimmed.indexOf(' ');
            String url = space < 0 ? trimmed : trimmed.substring(0, space);
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(rewrite.apply(url)).append(space < 0 ? "" : trimmed.substring(space));
        }
        return out.toString();
    }
}

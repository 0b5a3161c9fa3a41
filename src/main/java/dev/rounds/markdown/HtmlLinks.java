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
        if (!matcher.find()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 256);
        do {
            String value = matcher.group(3) != null ? matcher.group(3) : matcher.group(4) != null ? matcher.group(4) : matcher.group(5);
            String quote = matcher.group(3) != null ? "\"" : matcher.group(4) != null ? "'" : "";
            String rewritten = matcher.group(2).equalsIgnoreCase("srcset") ? srcset(value, rewrite) : rewrite.apply(value);
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + quote + rewritten + quote));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
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

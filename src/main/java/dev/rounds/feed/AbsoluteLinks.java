package dev.rounds.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes every link and image address in rendered HTML absolute, for feed readers that have no page to resolve against. */
public final class AbsoluteLinks {
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\s(?:href|src|poster)=)(\"([^\"]*)\"|'([^']*)')");

    private AbsoluteLinks() {
    }

    /** {@code html} with each {@code href}, {@code src} and {@code poster} resolved against {@code pageUrl}. */
    public static String rewrite(String html, String pageUrl) {
        URI base = URI.create(pageUrl);
        Matcher matcher = ATTRIBUTE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (matcher.find()) {
            String value = matcher.group(3) != null ? matcher.group(3) : matcher.group(4);
            char quote = matcher.group(3) != null ? '"' : '\'';
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + quote + absolute(base, value) + quote));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String absolute(URI base, String value) {
        String raw = value.replace("&amp;", "&");
        try {
            URI uri = new URI(raw);
            if (uri.isAbsolute()) {
                return value;
            }
            return base.resolve(uri).toString().replace("&", "&amp;");
        } catch (URISyntaxException | IllegalArgumentException e) {
            return value;
        }
    }
}

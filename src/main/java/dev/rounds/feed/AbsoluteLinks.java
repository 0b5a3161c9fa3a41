package dev.rounds.feed;

import dev.rounds.markdown.HtmlLinks;
import java.net.URI;
import java.net.URISyntaxException;

/** Makes every link and image address in rendered HTML absolute, for feed readers that have no page to resolve against. */
public final class AbsoluteLinks {
    private AbsoluteLinks() {
    }

    /** {@code html} with each link address resolved against {@code pageUrl}. */
    public static String rewrite(String html, String pageUrl) {
        URI base = URI.create(pageUrl);
        return HtmlLinks.rewrite(html, value -> absolute(base, value));
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

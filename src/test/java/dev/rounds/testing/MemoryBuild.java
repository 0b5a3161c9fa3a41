package dev.rounds.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.build.BuildResult;
import dev.rounds.output.MemorySink;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A site built by {@code SiteBuilder} into a {@link MemorySink}. */
public record MemoryBuild(BuildResult result, MemorySink sink) {

    /** Whether the output has a file for the URL path ({@code /about/}, {@code /404.html}). */
    public boolean has(String url) {
        return sink.get(TestSite.outputPathOf(url)) != null;
    }

    /** The page at a URL path, parsed. */
    public Document page(String url) {
        byte[] bytes = sink.get(TestSite.outputPathOf(url));
        assertThat(bytes).as("output for %s; built files: %s", url, sink.files().keySet()).isNotNull();
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "https://example.org" + url);
    }
}

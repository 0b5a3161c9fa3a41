package dev.rounds.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveReloadSinkTest {

    @Test
    void addsTheScriptToPagesOnly() throws Exception {
        MemorySink memory = new MemorySink();
        new LiveReloadSink(memory, "/_rounds/live-reload.js").publish(List.of(
                OutputFile.rendered("index.html", "<html><body><p>Hi</p></body></html>".getBytes(StandardCharsets.UTF_8), "home"),
                OutputFile.rendered("css/site.css", "body{}".getBytes(StandardCharsets.UTF_8), "css")));
        assertThat(new String(memory.get("index.html"), StandardCharsets.UTF_8))
                .isEqualTo("<html><body><p>Hi</p><script src=\"/_rounds/live-reload.js\"></script></body></html>");
        assertThat(new String(memory.get("css/site.css"), StandardCharsets.UTF_8)).isEqualTo("body{}");
    }

    @Test
    void injectsBeforeTheLastClosingBodyTag() {
        assertThat(LiveReloadSink.inject("<p>a</p></BODY>\n</html>", "<s>")).isEqualTo("<p>a</p><s></BODY>\n</html>");
        assertThat(LiveReloadSink.inject("<pre>&lt;/body></pre></body>", "<s>")).isEqualTo("<pre>&lt;/body></pre><s></body>");
        assertThat(LiveReloadSink.inject("<p>no body</p></html>", "<s>")).isEqualTo("<p>no body</p><s></html>");
        assertThat(LiveReloadSink.inject("fragment", "<s>")).isEqualTo("fragment<s>");
    }

    @Test
    void aMemorySinkSwapsTheWholeSiteAtOnce() throws Exception {
        MemorySink memory = new MemorySink();
        memory.publish(List.of(OutputFile.rendered("a.html", new byte[] {1}, "a"), OutputFile.rendered("b.html", new byte[] {2}, "b")));
        var before = memory.files();
        OutputSink.Report report = memory.publish(List.of(OutputFile.rendered("a.html", new byte[] {1}, "a"),
                OutputFile.rendered("c.html", new byte[] {3}, "c")));
        assertThat(report).isEqualTo(new OutputSink.Report(1, 1, 1));
        assertThat(before).containsOnlyKeys("a.html", "b.html");
        assertThat(memory.files()).containsOnlyKeys("a.html", "c.html");
        assertThat(memory.get("a.html")).isSameAs(before.get("a.html"));
    }
}

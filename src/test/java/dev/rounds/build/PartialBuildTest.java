package dev.rounds.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.config.BuildOptions;
import dev.rounds.output.MemorySink;
import dev.rounds.output.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server's fast path: one entry's page rendered on the last build, exactly as a full build renders it. */
class PartialBuildTest {
    private static final String FIRST = "content/posts/2025-01-10-first.md";
    private static final String SECOND = "content/posts/2025-02-10-second.md";
    private static final String THIRD = "content/posts/2025-03-10-third.md";

    @TempDir
    Path site;
    final SiteBuilder builder = new SiteBuilder("Rounds test");
    final BuildCache cache = new BuildCache();

    @BeforeEach
    void makeSite() throws IOException {
        write("site.yaml", "title: Partial\nbaseURL: https://example.org/blog/\n");
        write(FIRST, "---\ntitle: First\ntags: [a]\n---\nOne.\n");
        write(SECOND, "---\ntitle: Second\ntags: [a, b]\naliases: [/old-second/]\n---\nTwo.\n");
        write(THIRD, "---\ntitle: Third\n---\nThree.\n");
        write("content/notes/2025-03-11-0900.md", "A note.\n");
        write("content/pages/about.md", "---\ntitle: About\nmenu: true\n---\nAbout.\n");
    }

    private void write(String relative, String text) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private BuildOptions options() {
        return new BuildOptions(site, site.resolve("public"), true, true, Optional.empty(), Instant.parse("2026-01-01T00:00:00Z"));
    }

    private MemorySink fullBuild() {
        MemorySink sink = new MemorySink();
        assertThat(builder.build(options(), sink, cache).published()).isTrue();
        return sink;
    }

    @Test
    void aBodyEditRendersThePageAsAFullBuildWould() throws IOException {
        fullBuild();
        write(SECOND, "---\ntitle: Second\ntags: [a, b]\naliases: [/old-second/]\n---\nTwo, *rewritten*.\n");
        Optional<PartialBuild> partial = builder.renderChanged(options(), cache, Set.of(SECOND));
        assertThat(partial).isPresent();
        assertThat(partial.get().hasErrors()).isFalse();
        assertThat(partial.get().outputs()).extracting(OutputFile::path)
                .containsExactlyInAnyOrder("2025/02/second/index.html", "old-second/index.html");

        MemorySink full = fullBuild();
        for (OutputFile page : partial.get().outputs()) {
            assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).as(page.path())
                    .isEqualTo(new String(full.get(page.path()), StandardCharsets.UTF_8));
        }
        assertThat(new String(full.get("2025/02/second/index.html"), StandardCharsets.UTF_8)).contains("<em>rewritten</em>");
    }

    @Test
    void changesThatMoveOtherPagesNeedAFullBuild() throws IOException {
        fullBuild();
        write(SECOND, "---\ntitle: Second, renamed\ntags: [a, b]\naliases: [/old-second/]\n---\nTwo.\n");
        assertThat(builder.renderChanged(options(), cache, Set.of(SECOND))).as("a new title shows on its neighbours").isEmpty();
        write(SECOND, "---\ntitle: Second\ntags: [a]\naliases: [/old-second/]\n---\nTwo.\n");
        assertThat(builder.renderChanged(options(), cache, Set.of(SECOND))).as("tags").isEmpty();
        assertThat(builder.renderChanged(options(), cache, Set.of("site.yaml"))).as("configuration").isEmpty();
        assertThat(builder.renderChanged(options(), cache, Set.of("layouts/post.ftlh"))).as("templates").isEmpty();
        assertThat(builder.renderChanged(options(), cache, Set.of("content/posts/2025-04-01-new.md"))).as("a new file").isEmpty();
        assertThat(builder.renderChanged(options(), cache, Set.of("*"))).isEmpty();
        assertThat(builder.renderChanged(new BuildOptions(site, site.resolve("public"), false, true, Optional.empty(), Instant.now()),
                cache, Set.of(FIRST))).as("other options").isEmpty();
        assertThat(builder.renderChanged(options(), new BuildCache(), Set.of(FIRST))).as("no build yet").isEmpty();
    }

    @Test
    void anEditWithAnErrorReportsItAtOnce() throws IOException {
        fullBuild();
        write(THIRD, "---\ntitle: Third\ndraft: maybe\n---\nThree.\n");
        Optional<PartialBuild> partial = builder.renderChanged(options(), cache, Set.of(THIRD));
        assertThat(partial).isPresent();
        assertThat(partial.get().hasErrors()).isTrue();
        assertThat(partial.get().outputs()).isEmpty();
        assertThat(partial.get().diagnostics()).anySatisfy(d -> assertThat(d.line()).isEqualTo(3));
    }
}

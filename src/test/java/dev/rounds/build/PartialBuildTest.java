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
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
    void theListsAndFeedsOfAnEditAreEveryOtherFileAFullBuildChanges() throws IOException {
        Map<String, byte[]> before = fullBuild().files();
        write(SECOND, "---\ntitle: Second\ntags: [a, b]\naliases: [/old-second/]\n---\nTwo, *rewritten*.\n");
        assertThat(builder.renderChanged(options(), cache, Set.of(SECOND))).isPresent();
        Optional<PartialBuild> lists = builder.renderListsOfChanged(cache);
        assertThat(lists).isPresent();
        assertThat(builder.renderListsOfChanged(cache)).as("taken once").isEmpty();

        Map<String, byte[]> after = fullBuild().files();
        Set<String> changedByFullBuild = after.keySet().stream()
                .filter(path -> !Arrays.equals(before.get(path), after.get(path))).collect(Collectors.toSet());
        Set<String> listPaths = lists.get().outputs().stream().map(OutputFile::path).collect(Collectors.toSet());
        assertThat(listPaths).contains("index.html", "tags/a/index.html", "tags/b/index.html", "archive/index.html",
                "feed.xml", "posts/feed.xml", "tags/b/feed.json").doesNotContain("2025/02/second/index.html", "notes/index.html");
        Set<String> entryPages = Set.of("2025/02/second/index.html", "old-second/index.html");
        assertThat(changedByFullBuild).contains("2025/02/second/index.html", "index.html");
        assertThat(listPaths).as("everything else the full build changed")
                .containsAll(changedByFullBuild.stream().filter(path -> !entryPages.contains(path)).toList());
        for (OutputFile list : lists.get().outputs()) {
            assertThat(new String(list.bytes(), StandardCharsets.UTF_8)).as(list.path())
                    .isEqualTo(new String(after.get(list.path()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aSecondEditBuildsOnTheFirst() throws IOException {
        fullBuild();
        write(SECOND, "---\ntitle: Second\ntags: [a, b]\naliases: [/old-second/]\n---\nSecond edit one.\n");
        builder.renderChanged(options(), cache, Set.of(SECOND));
        builder.renderListsOfChanged(cache);
        write(FIRST, "---\ntitle: First\ntags: [a]\n---\nFirst edit two.\n");
        builder.renderChanged(options(), cache, Set.of(FIRST));
        PartialBuild lists = builder.renderListsOfChanged(cache).orElseThrow();
        String home = new String(lists.outputs().stream().filter(o -> o.path().equals("index.html")).findFirst().orElseThrow().bytes(),
                StandardCharsets.UTF_8);
        assertThat(home).contains("Second edit one.", "First edit two.");
    }

    @Test
    void aFullBuildRememberedMeanwhileTurnsTheListsIntoAFullBuild() throws IOException {
        fullBuild();
        write(SECOND, "---\ntitle: Second\ntags: [a, b]\naliases: [/old-second/]\n---\nTwo again.\n");
        builder.renderChanged(options(), cache, Set.of(SECOND));
        fullBuild();
        assertThat(builder.renderListsOfChanged(cache)).isEmpty();
    }

    @Test
    void aTemplateEditRendersEveryPageAsAFullBuildWould() throws IOException {
        fullBuild();
        write("layouts/post.ftlh", "<#import \"base.ftlh\" as base>\n<@base.layout><h1>${entry.title}</h1><p>Own template.</p></@base.layout>\n");
        assertThat(builder.renderTemplatesChanged(options(), cache, Set.of(FIRST))).as("not a template").isEmpty();
        PartialBuild pages = builder.renderTemplatesChanged(options(), cache, Set.of("layouts", "layouts/post.ftlh")).orElseThrow();
        assertThat(pages.hasErrors()).isFalse();
        MemorySink full = fullBuild();
        assertThat(pages.outputs()).extracting(OutputFile::path).contains("2025/02/second/index.html", "index.html");
        for (OutputFile page : pages.outputs()) {
            assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).as(page.path())
                    .isEqualTo(new String(full.get(page.path()), StandardCharsets.UTF_8));
        }
        assertThat(new String(full.get("2025/02/second/index.html"), StandardCharsets.UTF_8)).contains("Own template.");

        write("layouts/post.ftlh", "<p>${entry.title</p>\n");
        PartialBuild broken = builder.renderTemplatesChanged(options(), cache, Set.of("layouts/post.ftlh")).orElseThrow();
        assertThat(broken.hasErrors()).isTrue();
        assertThat(broken.diagnostics()).anySatisfy(d -> assertThat(d.file().toString()).endsWith("post.ftlh"));
    }

    @Test
    void anEditedStyleSheetIsCopiedButImagesAndNewFilesNeedAFullBuild() throws IOException {
        write("static/css/extra.css", "p { color: black; }\n");
        write("static/photo.jpg", "not really a photo");
        fullBuild();
        write("static/css/extra.css", "p { color: navy; }\n");
        PartialBuild copied = builder.copyStaticChanged(options(), cache, Set.of("static/css/extra.css")).orElseThrow();
        assertThat(copied.outputs()).singleElement().satisfies(file -> {
            assertThat(file.path()).isEqualTo("css/extra.css");
            assertThat(new String(file.bytes(), StandardCharsets.UTF_8)).contains("navy");
        });
        assertThat(builder.copyStaticChanged(options(), cache, Set.of("static/photo.jpg"))).as("image").isEmpty();
        write("static/new.css", "p {}\n");
        assertThat(builder.copyStaticChanged(options(), cache, Set.of("static/new.css"))).as("new file").isEmpty();
        assertThat(builder.copyStaticChanged(options(), cache, Set.of("static/css/extra.css", SECOND))).as("with content").isEmpty();
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

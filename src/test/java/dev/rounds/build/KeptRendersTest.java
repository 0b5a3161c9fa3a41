package dev.rounds.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.cache.RenderStore;
import dev.rounds.config.BuildOptions;
import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.output.MemorySink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown renders kept between builds in the site's .rounds/ folder: reused only while nothing they depend on changed. */
class KeptRendersTest {
    private static final String FIRST = "content/posts/2025-01-10-first.md";
    private static final String SECOND = "content/posts/2025-02-10-second.md";
    private static final String NOTE = "content/notes/2025-03-11-0900.md";

    @TempDir
    Path site;
    final SiteBuilder builder = new SiteBuilder("Rounds test");

    @BeforeEach
    void makeSite() throws IOException {
        write("site.yaml", "title: Kept\nbaseURL: https://example.org/\n");
        write(FIRST, "---\ntitle: First\ntags: [a]\n---\nSee [the second](2025-02-10-second.md) about COPD.\n");
        write(SECOND, "---\ntitle: Second\n---\nTwo.[^1]\n\n[^1]: A footnote.\n");
        write(NOTE, "A note with a [link](../posts/2025-01-10-first.md#top).\n");
    }

    private void write(String relative, String text) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private BuildOptions options(boolean drafts, Optional<String> baseUrl) {
        return new BuildOptions(site, site.resolve("public"), drafts, false, baseUrl, Instant.parse("2026-01-01T00:00:00Z"));
    }

    private BuildResult build(MemorySink sink) {
        return builder.build(options(false, Optional.empty()), sink);
    }

    private MemorySink published() {
        MemorySink sink = new MemorySink();
        BuildResult result = build(sink);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.published()).isTrue();
        return sink;
    }

    private Path storeFile() {
        return site.resolve(RenderStore.FOLDER).resolve("markdown-renders");
    }

    private String page(MemorySink sink, String path) {
        return new String(sink.get(path), StandardCharsets.UTF_8);
    }

    @Test
    void aSecondBuildKeepsEveryRenderAndWritesTheSameBytes() {
        MemorySink first = new MemorySink();
        assertThat(build(first).keptRenders()).isZero();
        MemorySink second = new MemorySink();
        BuildResult again = build(second);
        assertThat(again.keptRenders()).isEqualTo(3);
        Map<String, byte[]> before = first.files();
        Map<String, byte[]> after = second.files();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void anEditedEntryIsRenderedAgain() throws IOException {
        published();
        write(SECOND, "---\ntitle: Second\n---\nTwo, *rewritten*.\n");
        MemorySink sink = new MemorySink();
        assertThat(build(sink).keptRenders()).isEqualTo(2);
        assertThat(page(sink, "2025/02/second/index.html")).contains("<em>rewritten</em>");
    }

    @Test
    void anEntryLinkingToAMovedEntryIsRenderedAgainWithItsNewAddress() throws IOException {
        published();
        write(SECOND, "---\ntitle: Second\nslug: moved\n---\nTwo.[^1]\n\n[^1]: A footnote.\n");
        MemorySink sink = new MemorySink();
        BuildResult result = build(sink);
        assertThat(result.keptRenders()).as("only the note, which links to the first post, is kept").isEqualTo(1);
        assertThat(page(sink, "2025/01/first/index.html")).contains("href=\"/2025/02/moved/\"").doesNotContain("/2025/02/second/");
    }

    @Test
    void aLinkToAnEntryDeletedSinceIsAnErrorAgain() throws IOException {
        published();
        Files.delete(site.resolve(SECOND));
        BuildResult result = build(new MemorySink());
        assertThat(result.published()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .anySatisfy(message -> assertThat(message).contains("2025-02-10-second.md").contains("does not exist"));
    }

    @Test
    void warningsFoundWhileRenderingAreReportedAtEveryBuild() throws IOException {
        write(SECOND, "---\ntitle: Second\n---\n[TOC sideways]\n\n## Part\n\nTwo.\n");
        for (int build = 1; build <= 2; build++) {
            BuildResult result = build(new MemorySink());
            assertThat(result.published()).isTrue();
            assertThat(result.diagnostics()).as("build " + build).extracting(Diagnostic::message)
                    .anySatisfy(message -> assertThat(message).contains("unknown table of contents option"));
        }
    }

    @Test
    void newAbbreviationsOrAnotherBasePathRenderEverythingAgain() throws IOException {
        published();
        write("data/abbreviations.yaml", "COPD: chronic obstructive pulmonary disease\n");
        MemorySink sink = new MemorySink();
        assertThat(build(sink).keptRenders()).isZero();
        assertThat(page(sink, "2025/01/first/index.html")).contains("<abbr title=\"chronic obstructive pulmonary disease\">COPD</abbr>");
        assertThat(build(new MemorySink()).keptRenders()).isEqualTo(3);

        BuildResult moved = builder.build(options(false, Optional.of("https://example.org/blog/")), new MemorySink());
        assertThat(moved.keptRenders()).isZero();
    }

    @Test
    void theStoreHoldsOnlyWhatTheLastBuildPublished() throws IOException {
        write("content/posts/2025-04-01-draft.md", "---\ntitle: Draft\ndraft: true\n---\nUnfinished thoughts about bed 4.\n");
        BuildResult withDrafts = builder.build(options(true, Optional.empty()), new MemorySink());
        assertThat(withDrafts.published()).isTrue();
        assertThat(Files.readString(storeFile(), StandardCharsets.ISO_8859_1)).contains("Unfinished thoughts about bed 4.");

        published();
        assertThat(Files.readString(storeFile(), StandardCharsets.ISO_8859_1)).doesNotContain("Unfinished thoughts");
    }

    @Test
    void aFailedBuildLeavesTheStoreAsItWas() throws IOException {
        published();
        byte[] kept = Files.readAllBytes(storeFile());
        write(FIRST, "---\ntitle: First\n---\nA new paragraph, and a [broken link](missing.md).\n");
        assertThat(build(new MemorySink()).published()).isFalse();
        assertThat(Files.readAllBytes(storeFile())).isEqualTo(kept);
    }

    @Test
    void aDamagedStoreIsIgnoredAndReplaced() throws IOException {
        MemorySink first = published();
        Path store = storeFile();
        byte[] bytes = Files.readAllBytes(store);
        Files.write(store, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        MemorySink second = new MemorySink();
        BuildResult result = build(second);
        assertThat(result.published()).isTrue();
        assertThat(result.keptRenders()).isZero();
        assertThat(second.get("2025/01/first/index.html")).isEqualTo(first.get("2025/01/first/index.html"));
        assertThat(build(new MemorySink()).keptRenders()).isEqualTo(3);
    }

    @Test
    void aSiteFolderThatCannotBeWrittenStillBuilds() throws IOException {
        Files.writeString(site.resolve(RenderStore.FOLDER), "a file where the folder would be");
        assertThat(published().get("2025/01/first/index.html")).isNotEmpty();
        assertThat(build(new MemorySink()).keptRenders()).isZero();
    }
}

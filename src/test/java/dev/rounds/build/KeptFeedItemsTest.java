package dev.rounds.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.cache.KeptStore;
import dev.rounds.config.BuildOptions;
import dev.rounds.output.MemorySink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feed items kept between builds in the site's .rounds/feed-items: a build that reuses them
 * publishes exactly what a build from nothing publishes, whatever changed in between.
 */
class KeptFeedItemsTest {
    private static final String FIRST = "content/posts/2025-01-10-first.md";
    private static final String NOTE = "content/notes/2025-03-11-0900.md";
    private static final String SITE = "title: Kept\nbaseURL: https://example.org/\nauthor: ana\nauthors:\n  ana:\n    name: Ana Lee\n";

    @TempDir
    Path site;
    final SiteBuilder builder = new SiteBuilder("Rounds test");

    @BeforeEach
    void makeSite() throws IOException {
        write("site.yaml", SITE);
        write(FIRST, "---\ntitle: First\ntags: [asthma]\nsummary: The first one.\n---\nSome *Markdown* about \"inhalers\" — "
                + "and a [link](https://nhs.uk/).\n\n" + "A long paragraph. ".repeat(5_000) + "\n");
        write("content/posts/2025-02-10-second.md", "---\ntitle: Second\ntags: [asthma, copd]\nupdated: 2025-02-12\n---\nTwo.\n");
        write(NOTE, "A note, with no title.\n");
    }

    private void write(String relative, String text) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Path itemsFile() {
        return site.resolve(KeptStore.FOLDER).resolve("feed-items");
    }

    private Map<String, byte[]> build() {
        MemorySink sink = new MemorySink();
        BuildResult result = builder.build(new BuildOptions(site, site.resolve("public"), false, false, Optional.empty(),
                Instant.parse("2026-01-01T00:00:00Z")), sink);
        assertThat(result.published()).as("%s", result.diagnostics()).isTrue();
        return sink.files();
    }

    /** A build of the site as it is now, from nothing: no .rounds/ folder. */
    private Map<String, byte[]> buildFromNothing() throws IOException {
        Path kept = site.resolve(KeptStore.FOLDER);
        Path aside = site.resolveSibling(site.getFileName() + "-kept");
        Files.move(kept, aside);
        try {
            return build();
        } finally {
            deleteTree(site.resolve(KeptStore.FOLDER));
            Files.move(aside, kept);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(new String(actual.get(path), StandardCharsets.UTF_8)).as(path)
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
    }

    private static String text(Map<String, byte[]> files, String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    @Test
    void aSecondBuildReusesEveryItemAndPublishesTheSameFeeds() throws IOException {
        Map<String, byte[]> first = build();
        assertThat(itemsFile()).isRegularFile();
        byte[] kept = Files.readAllBytes(itemsFile());
        Files.setLastModifiedTime(itemsFile(), FileTime.fromMillis(0));
        Map<String, byte[]> second = build();
        assertSameFiles(second, first);
        assertThat(Files.getLastModifiedTime(itemsFile()).toMillis()).as("every item reused, so the store is not written again")
                .isZero();
        assertThat(Files.readAllBytes(itemsFile())).isEqualTo(kept);
    }

    @Test
    void anEditedEntryReachesEveryFeedThatListsIt() throws IOException {
        Map<String, byte[]> before = build();
        assertThat(text(before, "feed.xml")).contains("<title>First</title>");
        write(FIRST, "---\ntitle: First, retitled\ntags: [asthma]\n---\nShorter now.\n");
        Map<String, byte[]> after = build();
        for (String feed : new String[] {"feed.xml", "atom.xml", "feed.json", "posts/feed.xml", "tags/asthma/atom.xml"}) {
            assertThat(text(after, feed)).as(feed).contains("First, retitled").doesNotContain("A long paragraph.");
        }
        assertSameFiles(after, buildFromNothing());
    }

    @Test
    void changedSettingsGiveTheFeedsOfABuildFromNothing() throws IOException {
        build();
        write("site.yaml", SITE + "feeds:\n  full_content: false\n");
        Map<String, byte[]> summaries = build();
        assertThat(text(summaries, "feed.xml")).contains("inhalers").doesNotContain("A long paragraph.");
        assertSameFiles(summaries, buildFromNothing());
        write("site.yaml", SITE.replace("Ana Lee", "Ana Lee-Smith").replace("example.org", "example.net"));
        Map<String, byte[]> moved = build();
        assertThat(text(moved, "feed.json")).contains("https://example.net/").doesNotContain("https://example.org/");
        assertSameFiles(moved, buildFromNothing());
    }

    @Test
    void aDamagedStoreIsIgnoredAndReplaced() throws IOException {
        Map<String, byte[]> first = build();
        byte[] whole = Files.readAllBytes(itemsFile());
        Files.write(itemsFile(), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertSameFiles(build(), first);
        assertThat(Files.readAllBytes(itemsFile())).isEqualTo(whole);
    }
}

package dev.rounds.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.output.DiskSink;
import dev.rounds.output.OutputFile;
import dev.rounds.output.OutputSink;
import dev.rounds.testing.Run;
import dev.rounds.testing.Snapshot;
import dev.rounds.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing output safely: only what changed, stale files removed, foreign files kept, the folder itself kept. */
class SafeOutputTest {
    @TempDir
    Path dir;

    private TestSite smallSite() {
        return TestSite.in(dir)
                .post("2026-01-05-one.md", "title: One\ntags: [feet]", "First.")
                .post("2026-01-06-two.md", "title: Two\ntags: [eyes]", "Second.")
                .note("2026-01-07-0900.md", null, "A note.")
                .file("static/files/leaflet.txt", "Leaflet.\n");
    }

    @Test
    void secondIdenticalBuildWritesNothing() {
        TestSite site = smallSite();
        Run first = site.build().assertClean();
        assertThat(first.out()).containsPattern("\\((\\d+) files: \\1 written, 0 unchanged, 0 removed\\)");
        Snapshot.ageFiles(site.output());
        Snapshot before = site.snapshot();

        Run second = site.build().assertClean();
        assertThat(second.out()).contains(" 0 written, ").contains(", 0 removed)");
        assertThat(withoutManifest(site.snapshot())).as("no page rewritten, so no modification time changed")
                .isEqualTo(withoutManifest(before));
    }

    @Test
    void secondIdenticalBuildDoesNotRewriteTheManifest() {
        TestSite site = smallSite();
        site.build().assertClean();
        Snapshot.ageFiles(site.output());
        Snapshot before = site.snapshot();
        site.build().assertClean();
        assertThat(site.snapshot()).isEqualTo(before);
    }

    private static Map<String, String> withoutManifest(Snapshot snapshot) {
        Map<String, String> files = new TreeMap<>(snapshot.files());
        files.remove(DiskSink.MANIFEST);
        return files;
    }

    @Test
    void onlyChangedFilesAreRewritten() {
        TestSite site = smallSite();
        site.build().assertClean();
        Snapshot.ageFiles(site.output());
        Snapshot before = site.snapshot();

        site.file("content/notes/2026-01-07-0900.md", "An edited note.\n");
        Run run = site.build().assertClean();
        Snapshot after = site.snapshot();
        List<String> changed = before.files().keySet().stream()
                .filter(path -> !path.equals(DiskSink.MANIFEST))
                .filter(path -> !before.files().get(path).equals(after.files().get(path))).sorted().toList();
        assertThat(changed).contains("notes/2026/01/07/0900/index.html", "notes/index.html", "index.html")
                .doesNotContain("2026/01/one/index.html", "2026/01/two/index.html", "files/leaflet.txt", "css/clinic.css",
                        "tags/feet/index.html", "archive/index.html", "404.html");
        assertThat(run.out()).contains(" " + changed.size() + " written, ");
        assertThat(site.text("/notes/2026/01/07/0900/")).contains("An edited note.");
    }

    @Test
    void fileNoLongerProducedIsRemoved() {
        TestSite site = smallSite();
        site.build().assertClean();
        assertThat(site.exists("/2026/01/two/")).isTrue();
        assertThat(site.exists("/tags/eyes/")).isTrue();

        site.delete("content/posts/2026-01-06-two.md");
        Run run = site.build().assertClean();
        assertThat(site.exists("/2026/01/two/")).isFalse();
        assertThat(site.exists("/tags/eyes/")).isFalse();
        assertThat(site.output().resolve("2026/01/two")).as("emptied folders go too").doesNotExist();
        assertThat(site.output().resolve("tags/eyes")).doesNotExist();
        assertThat(site.exists("/2026/01/one/")).isTrue();
        assertThat(run.out()).containsPattern("[1-9]\\d* removed");
    }

    @Test
    void staticFileNoLongerInTheSiteIsRemoved() {
        TestSite site = smallSite();
        site.build().assertClean();
        site.delete("static/files/leaflet.txt");
        site.build().assertClean();
        assertThat(site.output().resolve("files/leaflet.txt")).doesNotExist();
    }

    @Test
    void changedUrlRemovesTheOldPage() {
        TestSite site = smallSite();
        site.build().assertClean();
        site.post("2026-01-05-one.md", "title: One\nslug: renamed", "First.");
        site.build().assertClean();
        assertThat(site.exists("/2026/01/renamed/")).isTrue();
        assertThat(site.exists("/2026/01/one/")).isFalse();
    }

    @Test
    void filesRoundsNeverWroteSurviveBuilds() throws IOException {
        TestSite site = smallSite();
        site.file("public/CNAME", "blog.example.org\n")
                .file("public/.git/config", "[core]\n")
                .file("public/2026/01/one/extra.txt", "kept\n");
        site.build().assertClean();
        site.delete("content/posts/2026-01-05-one.md");
        site.build().assertClean();
        site.build().assertClean();
        assertThat(site.output().resolve("CNAME")).hasContent("blog.example.org");
        assertThat(site.output().resolve(".git/config")).hasContent("[core]");
        assertThat(site.output().resolve("2026/01/one/extra.txt")).hasContent("kept");
        assertThat(site.exists("/2026/01/one/")).isFalse();
    }

    @Test
    void outputFolderItselfIsNeverDeletedOrReplaced() throws IOException {
        TestSite site = smallSite();
        Files.createDirectories(site.output());
        Object identity = Files.readAttributes(site.output(), BasicFileAttributes.class).fileKey();
        assertThat(identity).as("the file system gives folders an identity").isNotNull();

        site.build().assertClean();
        site.delete("content/posts/2026-01-05-one.md").delete("content/posts/2026-01-06-two.md").delete("content/notes/2026-01-07-0900.md")
                .delete("static/files/leaflet.txt");
        site.build().assertClean();
        site.post("broken.md", "tags: [x]", "No title.");
        site.build().assertFailed();
        assertThat(site.output()).isDirectory();
        assertThat(Files.readAttributes(site.output(), BasicFileAttributes.class).fileKey()).isEqualTo(identity);
    }

    @Test
    void noTemporaryFilesRemainAfterABuild() throws IOException {
        TestSite site = smallSite();
        site.build().assertClean();
        site.file("content/notes/2026-01-07-0900.md", "Changed.\n");
        site.build().assertClean();
        try (Stream<Path> walk = Files.walk(site.output())) {
            assertThat(walk.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".tmp") || name.contains(".rounds-") && !name.equals(DiskSink.MANIFEST));
        }
        try (Stream<Path> walk = Files.walk(site.root())) {
            assertThat(walk.filter(p -> !p.startsWith(site.output())).map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void outputElsewhereWithDashO() {
        TestSite site = smallSite();
        Path elsewhere = dir.resolve("elsewhere/out");
        Run run = site.build("-o", elsewhere.toString()).assertClean();
        assertThat(elsewhere.resolve("index.html")).isRegularFile();
        assertThat(elsewhere.resolve("2026/01/one/index.html")).isRegularFile();
        assertThat(site.output()).doesNotExist();
        assertThat(run.out()).contains(elsewhere.toString());
    }

    @Test
    void outputFolderInsideTheSiteIsNotReadAsSource() {
        TestSite site = smallSite();
        site.build("--output", site.path("dist").toString()).assertClean();
        Run again = site.build("--output", site.path("dist").toString()).assertClean();
        assertThat(again.out()).contains(" 0 written, ");
        assertThat(site.path("dist/dist")).doesNotExist();
        assertThat(site.path("public")).doesNotExist();
    }

    @Test
    void outputIntoASourceFolderIsRefused() throws IOException {
        TestSite site = smallSite().file("static/css/clinic.css", "/* my own */\n");
        for (String folder : List.of("static", "content", "content/posts")) {
            Snapshot sources = Snapshot.of(site.root());
            Run run = site.build("-o", site.path(folder).toString());
            assertThat(run.exitCode()).as("build -o %s", folder).isEqualTo(1);
            assertThat(run.errors()).as("build -o %s", folder).isNotEmpty();
            assertThat(Snapshot.of(site.root())).as("the site after build -o %s", folder).isEqualTo(sources);
        }
    }

    @Test
    void outputPathThatIsAFileIsAnErrorAndTheFileIsKept() {
        TestSite site = smallSite().file("public", "not a folder\n");
        Run run = site.build();
        run.assertFailed();
        assertThat(run.errors()).singleElement().asString().contains("public").contains("cannot write");
        assertThat(site.path("public")).isRegularFile().hasContent("not a folder");
    }

    @Test
    void diskSinkReportsWrittenUnchangedAndRemoved() throws IOException {
        Path folder = dir.resolve("out");
        OutputSink sink = new DiskSink(folder);
        OutputSink.Report first = sink.publish(List.of(
                OutputFile.rendered("a/index.html", bytes("A"), "a"),
                OutputFile.rendered("b.txt", bytes("B"), "b")));
        assertThat(first).isEqualTo(new OutputSink.Report(2, 0, 0));

        OutputSink.Report second = new DiskSink(folder).publish(List.of(
                OutputFile.rendered("a/index.html", bytes("A"), "a"),
                OutputFile.rendered("c.txt", bytes("C"), "c")));
        assertThat(second).isEqualTo(new OutputSink.Report(1, 1, 1));
        assertThat(folder.resolve("b.txt")).doesNotExist();
        assertThat(folder.resolve("c.txt")).hasContent("C");
    }

    @Test
    void diskSinkRefusesToWriteOutsideItsFolder() {
        Path folder = dir.resolve("out");
        OutputSink sink = new DiskSink(folder);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sink.publish(List.of(
                OutputFile.rendered("../escape.txt", bytes("x"), "x")))).isInstanceOf(IOException.class);
        assertThat(dir.resolve("escape.txt")).doesNotExist();
    }

    @Test
    void diskSinkWritesNothingWhenAnyPathIsOutsideItsFolder() throws IOException {
        Path folder = dir.resolve("out");
        List<OutputFile> outputs = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            outputs.add(OutputFile.rendered("page" + i + "/index.html", bytes("page " + i), "p" + i));
        }
        outputs.add(OutputFile.rendered("/elsewhere/index.html", bytes("x"), "bad"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DiskSink(folder).publish(outputs)).isInstanceOf(IOException.class);
        assertThat(TestSite.relativeFiles(folder)).isEmpty();
    }

    @Test
    void diskSinkNeverRemovesFilesOutsideItsFolderListedInAManifest() throws IOException {
        Path folder = dir.resolve("out");
        Files.createDirectories(folder);
        Files.writeString(dir.resolve("precious.txt"), "keep");
        Files.writeString(folder.resolve(DiskSink.MANIFEST), "../precious.txt\n");
        new DiskSink(folder).publish(List.of(OutputFile.rendered("index.html", bytes("x"), "x")));
        assertThat(dir.resolve("precious.txt")).hasContent("keep");
    }

    @Test
    void aFirstBuildThatFailsHalfWayLeavesNoOutputFolder() {
        TestSite site = smallSite().file("layouts/note.ftlh", "<#import \"base.ftlh\" as base>\n<p>${entry.missing}</p>\n");
        site.build().assertFailed();
        assertThat(site.output()).as("pages written before the failing one are taken back").doesNotExist();
    }

    @Test
    void aFailingBuildIntoAnEmptyFolderLeavesItEmpty() throws IOException {
        TestSite site = smallSite().file("layouts/note.ftlh", "<#import \"base.ftlh\" as base>\n<p>${entry.missing}</p>\n");
        Files.createDirectories(site.output());
        site.build().assertFailed();
        assertThat(site.output()).isEmptyDirectory();
    }

    @Test
    void anAbandonedPublicationLeavesThePreviousSiteAndNoStagingFolder() throws IOException {
        Path folder = dir.resolve("out");
        new DiskSink(folder).publish(List.of(OutputFile.rendered("a/index.html", bytes("A"), "a")));
        OutputSink.Publication publication = new DiskSink(folder).begin();
        publication.add(OutputFile.rendered("a/index.html", bytes("A, changed"), "a"));
        publication.add(OutputFile.rendered("b/index.html", bytes("B"), "b"));
        publication.abort();
        assertThat(TestSite.relativeFiles(folder)).containsExactlyInAnyOrder("a/index.html", DiskSink.MANIFEST);
        assertThat(folder.resolve("a/index.html")).hasContent("A");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

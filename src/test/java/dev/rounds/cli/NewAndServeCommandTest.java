package dev.rounds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code rounds new} and the parts of {@code rounds serve} that end by themselves, through {@code Main.run}. */
@Timeout(60)
class NewAndServeCommandTest {
    @TempDir
    Path temp;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aNewSiteBuildsAtOnceWithoutWarnings() throws IOException {
        Path site = temp.resolve("my-blog");
        CommandRun made = run("new", "site", site.toString());
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(made.out()).contains("What next:").contains("rounds serve").contains("rounds new post");
        assertThat(site.resolve("site.yaml")).exists();
        assertThat(Files.readString(site.resolve("site.yaml"))).contains("title: \"My blog\"").contains("# paginate:")
                .contains("# permalinks:").contains("timezone:").contains("baseURL:");
        assertThat(site.resolve("content/pages/about.md")).exists();
        try (Stream<Path> posts = Files.list(site.resolve("content/posts"))) {
            assertThat(posts.map(p -> p.getFileName().toString())).singleElement().asString().matches("\\d{4}-\\d{2}-\\d{2}-welcome\\.md");
        }
        try (Stream<Path> notes = Files.list(site.resolve("content/notes"))) {
            assertThat(notes.map(p -> p.getFileName().toString())).singleElement().asString().matches("\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.md");
        }

        CommandRun built = run("build", site.toString());
        assertThat(built.code()).as(built.err()).isZero();
        assertThat(built.err()).isEmpty();
        assertThat(built.out()).contains("Built 1 post, 1 note and 1 page");
        assertThat(site.resolve("public/about/index.html")).exists();
        assertThat(site.resolve(".rounds")).as("what the build keeps for the next one").isDirectory();
        assertThat(Files.readAllLines(site.resolve(".gitignore"))).as("neither is kept in git").contains("/public/", "/.rounds/");
    }

    @Test
    void aBuiltSiteNeverContainsTheLiveReloadScript() throws IOException {
        Path site = temp.resolve("site");
        assertThat(run("new", "site", site.toString()).code()).isZero();
        assertThat(run("build", site.toString()).code()).isZero();
        for (Path file : files(site.resolve("public"))) {
            assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
                    .doesNotContain("_rounds").doesNotContain("live-reload").doesNotContain("EventSource");
        }
    }

    @Test
    void aNewSiteRefusesAFolderThatIsNotEmpty() throws IOException {
        Path site = temp.resolve("busy");
        Files.createDirectories(site);
        Files.writeString(site.resolve("notes.txt"), "mine");
        CommandRun made = run("new", "site", site.toString());
        assertThat(made.code()).isEqualTo(1);
        assertThat(made.err()).contains("error: the folder is not empty");
        assertThat(files(site)).containsExactly(site.resolve("notes.txt"));
    }

    @Test
    void aNewSiteAcceptsAFreshGitRepository() throws IOException {
        Path site = temp.resolve("repo");
        Files.createDirectories(site.resolve(".git"));
        assertThat(run("new", "site", site.toString()).code()).isZero();
    }

    @Test
    void anUnknownThemeIsAUsageError() {
        CommandRun made = run("new", "site", temp.resolve("x").toString(), "--theme", "nope");
        assertThat(made.code()).isEqualTo(2);
        assertThat(made.err()).contains("unknown theme 'nope'");
        assertThat(temp.resolve("x")).doesNotExist();
    }

    @Test
    void newPostIsANamedDraftAndNeverOverwrites() throws IOException {
        Path site = temp.resolve("site");
        assertThat(run("new", "site", site.toString()).code()).isZero();
        CommandRun post = run("new", "post", "Looking after your feet: Ölçü & \"care\"", "--site", site.toString());
        assertThat(post.code()).as(post.err()).isZero();
        Path file = Path.of(post.out().strip());
        assertThat(file.getFileName().toString()).matches("\\d{4}-\\d{2}-\\d{2}-looking-after-your-feet-olcu-care\\.md");
        assertThat(file.getParent()).isEqualTo(site.resolve("content/posts"));
        String text = Files.readString(file);
        assertThat(text).startsWith("---\ntitle: \"Looking after your feet: Ölçü & \\\"care\\\"\"\n").contains("\ndraft: true\n");

        Files.writeString(file, text + "My own words.\n");
        CommandRun again = run("new", "post", "Looking after your feet: Ölçü & \"care\"", "--site", site.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already exists").contains("never overwrites");
        assertThat(Files.readString(file)).endsWith("My own words.\n");

        CommandRun built = run("build", site.toString(), "--drafts");
        assertThat(built.code()).as(built.err()).isZero();
        assertThat(built.out()).contains("2 posts");
    }

    @Test
    void newPostWithPublishIsNotADraft() throws IOException {
        Path site = temp.resolve("site");
        assertThat(run("new", "site", site.toString()).code()).isZero();
        CommandRun post = run("new", "post", "Ready", "--publish", "--site", site.toString());
        assertThat(Files.readString(Path.of(post.out().strip()))).doesNotContain("draft");
        assertThat(run("build", site.toString()).out()).contains("2 posts");
    }

    @Test
    void newNoteAndPage() throws IOException {
        Path site = temp.resolve("site");
        assertThat(run("new", "site", site.toString()).code()).isZero();
        CommandRun note = run("new", "note", "Flu jabs are open this week.", "--site", site.toString());
        assertThat(note.code()).as(note.err()).isZero();
        Path noteFile = Path.of(note.out().strip());
        assertThat(noteFile.getParent()).isEqualTo(site.resolve("content/notes"));
        assertThat(noteFile.getFileName().toString()).matches("\\d{4}-\\d{2}-\\d{2}-\\d{4}(\\d{2})?\\.md");
        assertThat(Files.readString(noteFile)).isEqualTo("Flu jabs are open this week.\n");

        CommandRun page = run("new", "page", "Contact us", "--site", site.toString());
        assertThat(page.code()).as(page.err()).isZero();
        assertThat(Path.of(page.out().strip())).isEqualTo(site.resolve("content/pages/contact-us.md"));
        assertThat(run("new", "page", "Contact us", "--site", site.toString()).code()).isEqualTo(1);

        CommandRun built = run("build", site.toString());
        assertThat(built.code()).as(built.err()).isZero();
        assertThat(site.resolve("public/contact-us/index.html")).exists();
    }

    @Test
    void newEntriesNeedASite() {
        CommandRun post = run("new", "post", "Hello", "--site", temp.toString());
        assertThat(post.code()).isEqualTo(1);
        assertThat(post.err()).contains("no site.yaml here");
        assertThat(run("new", "post").code()).isEqualTo(2);
        assertThat(run("new", "note", "   ", "--site", temp.toString()).code()).isEqualTo(1);
    }

    @Test
    void serveStopsWithAnErrorWhenTheChosenPortIsTaken() throws IOException {
        Path site = temp.resolve("site");
        assertThat(run("new", "site", site.toString()).code()).isZero();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CommandRun serve = run("serve", site.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(serve.code()).isEqualTo(1);
            assertThat(serve.err()).contains("port " + taken.getLocalPort()).contains("taken");
        }
    }

    @Test
    void serveStopsWithAnErrorOutsideASite() {
        CommandRun serve = run("serve", temp.toString(), "--port", "1");
        assertThat(serve.code()).isEqualTo(1);
        assertThat(serve.err()).contains("no site.yaml");
        assertThat(run("serve", "--port", "70000").code()).isEqualTo(2);
        assertThat(run("serve", "--no-such-option").code()).isEqualTo(2);
    }

    @Test
    void everyOptionHasHelp() {
        for (String[] command : List.of(new String[] {"serve"}, new String[] {"new", "site"}, new String[] {"new", "post"},
                new String[] {"new", "note"}, new String[] {"new", "page"})) {
            String[] args = Stream.concat(Stream.of(command), Stream.of("--help")).toArray(String[]::new);
            CommandRun help = run(args);
            assertThat(help.code()).isZero();
            assertThat(help.out()).contains("Usage:");
        }
        assertThat(run("serve", "--help").out()).contains("--port").contains("--bind").contains("--no-live-reload")
                .contains("--no-drafts").contains("--no-future");
    }
}

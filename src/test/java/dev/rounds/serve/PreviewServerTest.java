package dev.rounds.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The preview server against a small site in a temporary folder, over real HTTP on 127.0.0.1. */
@Timeout(60)
class PreviewServerTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String POST = "content/posts/2025-03-14-looking-after-your-feet.md";
    private static final String POST_URL = "/2025/03/looking-after-your-feet/";

    @TempDir
    Path temp;
    Path site;
    PreviewServer server;
    final List<String> terminal = new CopyOnWriteArrayList<>();
    final List<AutoCloseable> toClose = new ArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void makeSite() throws IOException {
        site = temp.resolve("site");
        write("site.yaml", """
                title: Feet First
                baseURL: https://example.org/
                timezone: Europe/London
                """);
        write(POST, """
                ---
                title: Looking after your feet
                tags: [foot-care]
                ---
                Check your feet every day.
                """);
        write("content/posts/2025-04-01-a-draft.md", """
                ---
                title: Still writing this
                draft: true
                ---
                Not finished.
                """);
        write("content/pages/about.md", """
                ---
                title: About
                ---
                About this site.
                """);
        write("content/notes/2025-03-15-0930.md", "Flu clinics open today.\n");
        write("static/extra.css", "body { color: black; }\n");
        Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-OUTSIDE");
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private void write(String relative, String text) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private ServeOptions options() {
        return ServeOptions.defaults(site).withPort(0, false).withWorkingDirectory(site);
    }

    private PreviewServer start(ServeOptions options) throws PreviewServer.StartFailure {
        server = PreviewServer.start(options, "Rounds test", new ServeListener() {
            @Override
            public void info(String line) {
                terminal.add(line);
            }

            @Override
            public void problem(String line) {
                terminal.add(line);
            }
        });
        return server;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the request line exactly as written, with no client-side normalisation of the path. */
    private String raw(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(25);
        }
    }

    private void awaitBody(String path, String text) throws InterruptedException {
        await(path + " to contain '" + text + "'", () -> {
            try {
                return get(path).body().contains(text);
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    /** The lines of an open event stream, read on the HTTP client's threads. */
    private BlockingQueue<String> events() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/_rounds/events")).GET().build();
        HttpResponse<Stream<String>> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        Stream<String> body = response.body();
        Thread reader = new Thread(() -> {
            try {
                body.forEach(lines::add);
            } catch (RuntimeException e) {
                // the stream closed
            }
        }, "test-sse-reader");
        reader.setDaemon(true);
        reader.start();
        toClose.add(body::close);
        assertThat(nextEvent(lines)).isEqualTo("hello");
        await("the stream to be counted", () -> server.liveReloadStreams() == 1);
        return lines;
    }

    private static String nextEvent(BlockingQueue<String> lines) throws InterruptedException {
        return nextEventWithData(lines).get(0);
    }

    /** The next event's name, then its data lines. */
    private static List<String> nextEventWithData(BlockingQueue<String> lines) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<String> event = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.startsWith("event: ")) {
                event.add(line.substring("event: ".length()));
            } else if (line.startsWith("data: ") && !event.isEmpty()) {
                event.add(line.substring("data: ".length()));
            } else if (line.isEmpty() && !event.isEmpty()) {
                return event;
            }
        }
        throw new AssertionError("no event arrived within " + WAIT);
    }

    @Test
    void servesTheHomePageAndAPostWithTheirContentTypes() throws Exception {
        start(options());
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(home.body()).contains("Looking after your feet").contains("<script src=\"/_rounds/live-reload.js\"></script>");

        HttpResponse<String> post = get(POST_URL);
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.body()).contains("Check your feet every day.");
        assertThat(post.body()).as("links point at the local server").contains("http://127.0.0.1:" + server.port() + POST_URL)
                .doesNotContain("https://example.org/");

        HttpResponse<String> css = get("/extra.css");
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(css.body()).isEqualTo("body { color: black; }\n");

        HttpResponse<String> script = get("/_rounds/live-reload.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("EventSource('/_rounds/events')");

        assertThat(server.url().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
        assertThat(terminal).anySatisfy(line -> assertThat(line).contains("Serving").contains(server.url().toString()));
    }

    @Test
    void showsDraftsByDefaultAndHidesThemWhenAsked() throws Exception {
        start(options());
        assertThat(get("/2025/04/a-draft/").statusCode()).isEqualTo(200);
        server.close();
        start(options().withDrafts(false));
        assertThat(get("/2025/04/a-draft/").statusCode()).isEqualTo(404);
    }

    @Test
    void anEditedPostIsServedAndOpenTabsAreToldToReload() throws Exception {
        start(options());
        BlockingQueue<String> events = events();
        write(POST, """
                ---
                title: Looking after your feet
                ---
                Check your feet every day, and your shoes too.
                """);
        assertThat(nextEvent(events)).isEqualTo("reload");
        assertThat(get(POST_URL).body()).contains("and your shoes too.");
        assertThat(terminal).anySatisfy(line -> assertThat(line).contains(POST + " changed: rebuilt in"));
    }

    @Test
    void aBodyEditIsRenderedAtOnceAndTheListsFollow() throws Exception {
        start(options());
        BlockingQueue<String> events = events();
        write(POST, """
                ---
                title: Looking after your feet
                tags: [foot-care]
                ---
                A new first paragraph, which is also the summary on the lists.
                """);
        List<String> quick = nextEventWithData(events);
        assertThat(quick.get(0)).isEqualTo("reload");
        assertThat(quick.subList(2, quick.size())).as("only the post's page changed at first").containsExactly(POST_URL);
        assertThat(get(POST_URL).body()).contains("A new first paragraph");

        List<String> lists = nextEventWithData(events);
        assertThat(lists.get(0)).isEqualTo("reload");
        assertThat(lists.subList(2, lists.size())).as("then the lists, not the post again")
                .contains("/", "/feed.xml", "/tags/foot-care/feed.xml").doesNotContain(POST_URL);
        assertThat(get("/").body()).contains("A new first paragraph");
        await("the terminal reports both steps", () -> terminal.stream()
                .anyMatch(line -> line.contains(POST + " changed: page rendered in") && line.contains("its lists and feeds")));
        assertThat(terminal).as("no full rebuild for a body edit").noneSatisfy(line -> assertThat(line).contains("rebuilt in"));
    }

    @Test
    void aFrontMatterEditRebuildsTheSite() throws Exception {
        start(options());
        write(POST, """
                ---
                title: Caring for your feet
                tags: [foot-care]
                ---
                Check your feet every day.
                """);
        awaitBody("/", "Caring for your feet");
        assertThat(get(POST_URL).body()).contains("Caring for your feet");
        assertThat(terminal).noneSatisfy(line -> assertThat(line).contains("page rendered in"));
    }

    @Test
    void aStyleSheetChangeSwapsStylesInsteadOfReloading() throws Exception {
        start(options());
        BlockingQueue<String> events = events();
        write("static/extra.css", "body { color: navy; }\n");
        assertThat(nextEvent(events)).isEqualTo("css");
        assertThat(get("/extra.css").body()).contains("navy");
        await("the copy reported", () -> terminal.stream().anyMatch(line -> line.contains("static/extra.css changed: copied in")));
        assertThat(terminal).noneSatisfy(line -> assertThat(line).contains("rebuilt in"));
    }

    @Test
    void aTemplateEditRendersThePagesAgainWithoutRebuilding() throws Exception {
        start(options());
        BlockingQueue<String> events = events();
        write("layouts/post.ftlh", """
                <#import "base.ftlh" as base>
                <@base.layout>
                <h1>${entry.title}</h1>
                <p>From the site's own post template.</p>
                </@base.layout>
                """);
        List<String> reload = nextEventWithData(events);
        assertThat(reload.subList(2, reload.size())).as("only the pages that use the template changed")
                .containsExactlyInAnyOrder(POST_URL, "/2025/04/a-draft/");
        assertThat(get(POST_URL).body()).contains("From the site's own post template.");
        await("the render reported in " + terminal, () -> terminal.stream()
                .anyMatch(line -> line.contains(" changed: every page rendered again in") && line.contains("2 pages changed")));
        assertThat(terminal).noneSatisfy(line -> assertThat(line).contains("rebuilt in"));
    }

    @Test
    void foldersMadeWhileServingAreWatched() throws Exception {
        start(options());
        write("content/posts/2025-05-01-new-folder/index.md", """
                ---
                title: A post in its own folder
                ---
                Made while the server ran.
                """);
        awaitBody("/2025/05/new-folder/", "Made while the server ran.");
        write("content/posts/2025-05-01-new-folder/index.md", """
                ---
                title: A post in its own folder
                ---
                Edited in the new folder.
                """);
        awaitBody("/2025/05/new-folder/", "Edited in the new folder.");
    }

    @Test
    void brokenFrontMatterShowsTheErrorPageAndFixingItRecovers() throws Exception {
        start(options());
        BlockingQueue<String> events = events();
        write(POST, """
                ---
                title: Looking after your feet
                tags: [foot-care
                ---
                Check <your> feet.
                """);
        assertThat(nextEvent(events)).isEqualTo("reload");
        HttpResponse<String> broken = get(POST_URL);
        assertThat(broken.statusCode()).isEqualTo(500);
        assertThat(broken.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(broken.body())
                .containsPattern("content/posts/2025-03-14-looking-after-your-feet\\.md:\\d+:\\d+: error: ")
                .contains("tags: [foot-care")
                .contains("<script src=\"/_rounds/live-reload.js\"></script>");
        assertThat(get("/").statusCode()).as("every page shows the errors").isEqualTo(500);
        assertThat(get("/extra.css").statusCode()).as("files are still served").isEqualTo(200);
        assertThat(terminal).anySatisfy(line -> assertThat(line).startsWith(POST + ":").contains(": error: "));

        write(POST, """
                ---
                title: Looking after your feet
                tags: [foot-care]
                ---
                Fixed, and back.
                """);
        assertThat(nextEvent(events)).isEqualTo("reload");
        HttpResponse<String> fixed = get(POST_URL);
        assertThat(fixed.statusCode()).isEqualTo(200);
        assertThat(fixed.body()).contains("Fixed, and back.");
    }

    @Test
    void aTemplateErrorShowsWithItsLineAndFixingItRecovers() throws Exception {
        start(options());
        write("layouts/post.ftlh", "<#import \"base.ftlh\" as base>\n<p>${entry.title</p>\n");
        await("the error page", () -> {
            try {
                return get(POST_URL).statusCode() == 500;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        });
        assertThat(get(POST_URL).body()).containsPattern("layouts/post\\.ftlh:2:\\d+: error: ");
        Files.delete(site.resolve("layouts/post.ftlh"));
        awaitBody(POST_URL, "Check your feet every day.");
        assertThat(get(POST_URL).statusCode()).isEqualTo(200);
    }

    @Test
    void theErrorPageEscapesTheSource() throws Exception {
        write("content/pages/about.md", """
                ---
                title: <script>alert(1)</script>
                draft: "<b>yes</b>"
                ---
                x
                """);
        start(options());
        HttpResponse<String> page = get("/about/");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).doesNotContain("<script>alert(1)</script>").doesNotContain("<b>yes</b>")
                .contains("&lt;b&gt;yes&lt;/b&gt;");
    }

    @Test
    void aFirstBuildWithErrorsStillServesAndRecovers() throws Exception {
        write(POST, "---\ntitle: [unclosed\n---\nText.\n");
        start(options());
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).containsPattern(POST.replace(".", "\\.") + ":\\d+:\\d+: error: ");
        write(POST, "---\ntitle: Looking after your feet\n---\nAll well.\n");
        awaitBody(POST_URL, "All well.");
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aFolderLinkedIntoTheSiteIsWatchedToo() throws Exception {
        Path shared = temp.resolve("shared-notes");
        Files.createDirectories(shared);
        Files.writeString(shared.resolve("2025-03-20-0900.md"), "A linked note.\n");
        Files.createSymbolicLink(site.resolve("content/notes/linked"), shared);
        start(options());
        awaitBody("/notes/", "A linked note.");
        Files.writeString(shared.resolve("2025-03-21-0900.md"), "A second linked note, written while serving.\n");
        awaitBody("/notes/", "A second linked note");
    }

    @Test
    void traversalAttemptsNeverReachFiles() throws Exception {
        Files.createSymbolicLink(site.resolve("outside"), temp);
        start(options());
        List<String> attempts = List.of("/../site.yaml", "/%2e%2e/site.yaml", "/..%2fsite.yaml", "/..%5csite.yaml",
                "/..\\site.yaml", "/%2e%2e%2f%2e%2e%2fsecret.txt", "/../../secret.txt", "/static/../../secret.txt",
                "/./site.yaml", "/%2E%2E/secret.txt", "/outside/secret.txt", "/site.yaml", "/content/pages/about.md",
                "/%00/site.yaml", "//etc/passwd", "/..;/site.yaml");
        for (String attempt : attempts) {
            String response = raw(attempt);
            String status = response.substring(0, response.indexOf("\r\n"));
            assertThat(status).as(attempt).matches("HTTP/1\\.1 (400|404) .*");
            assertThat(response).as(attempt).doesNotContain("TOP-SECRET").doesNotContain("baseURL").doesNotContain("root:");
        }
    }

    @Test
    void unknownAddressesGetThe404PageWithStatus404() throws Exception {
        start(options());
        HttpResponse<String> missing = get("/no/such/page/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(missing.body()).contains("<html").contains("/_rounds/live-reload.js");
        assertThat(get("/missing.png").statusCode()).isEqualTo(404);
        assertThat(get("/_rounds/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void aFolderAddressWithoutItsSlashRedirects() throws Exception {
        start(options());
        HttpResponse<String> about = get("/about?x=1");
        assertThat(about.statusCode()).isIn(301, 302);
        assertThat(about.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/about/?x=1"));
        HttpResponse<String> post = get(POST_URL.substring(0, POST_URL.length() - 1));
        assertThat(post.statusCode()).isIn(301, 302);
        assertThat(post.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith(POST_URL));
    }

    @Test
    void headAndOtherMethods() throws Exception {
        start(options());
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void aSiteWithABasePathIsServedUnderIt() throws Exception {
        write("site.yaml", "title: Feet First\nbaseURL: https://example.org/blog/\n");
        start(options());
        assertThat(server.url().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/blog/");
        HttpResponse<String> root = get("/");
        assertThat(root.statusCode()).isIn(301, 302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/blog/"));
        HttpResponse<String> home = get("/blog/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("href=\"/blog/2025/03/looking-after-your-feet/\"");
        assertThat(get("/blog" + POST_URL).statusCode()).isEqualTo(200);
        assertThat(get(POST_URL).statusCode()).isEqualTo(404);
    }

    @Test
    void withoutLiveReloadPagesCarryNoScript() throws Exception {
        start(options().withLiveReload(false));
        assertThat(get("/").body()).doesNotContain("_rounds");
        assertThat(get("/_rounds/live-reload.js").statusCode()).isEqualTo(404);
        assertThat(get("/_rounds/events").statusCode()).isEqualTo(404);
    }

    @Test
    void aTakenPortIsAnErrorWhenChosenAndSkippedOtherwise() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            try {
                start(options().withPort(port, true));
                throw new AssertionError("started on a taken port");
            } catch (PreviewServer.StartFailure e) {
                assertThat(e.getMessage()).contains("port " + port).contains("taken");
            }
            start(options().withPort(port, false));
            assertThat(server.port()).isNotEqualTo(port);
            assertThat(terminal).anySatisfy(line -> assertThat(line).contains("Port " + port + " is taken; using " + server.port()));
        }
    }

    @Test
    void aFolderThatIsNotASiteDoesNotStart() {
        try {
            start(ServeOptions.defaults(temp.resolve("nowhere")).withPort(0, false));
            throw new AssertionError("started without a site");
        } catch (PreviewServer.StartFailure e) {
            assertThat(e.getMessage()).contains("no such site folder");
        }
    }

    @Test
    void nothingIsWrittenIntoTheSiteFolder() throws Exception {
        start(options());
        write("content/notes/2025-03-16-1000.md", "Another note.\n");
        awaitBody("/notes/", "Another note.");
        assertThat(site.resolve("public")).doesNotExist();
    }

    @Test
    void closingEndsTheEventStreams() throws Exception {
        start(options());
        events();
        server.close();
        assertThat(server.liveReloadStreams()).isZero();
    }
}

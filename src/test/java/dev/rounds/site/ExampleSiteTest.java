package dev.rounds.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.testing.HtmlValidator;
import dev.rounds.testing.LinkChecker;
import dev.rounds.testing.Run;
import dev.rounds.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The project's content-example, copied and built once through the command line, then checked
 * page by page. It is built with {@code --future} so that what it publishes never depends on the
 * clock; the expected pages are computed from the example's own files.
 */
class ExampleSiteTest {
    private static final Path EXAMPLE = Path.of("content-example");
    private static final Pattern POST_NAME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+?)(\\.md)?");
    private static final Pattern NOTE_NAME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(\\d{4})\\.md");

    @TempDir
    static Path temp;

    static TestSite site;
    static Run run;
    static List<Source> sources;
    static int paginate;

    /** One content file of the example, with what the test needs of its front matter. */
    record Source(String kind, String url, boolean draft, List<String> tags, String title) {
    }

    @BeforeAll
    static void buildTheExample() throws IOException {
        assertThat(EXAMPLE.resolve("site.yaml")).as("run from the project folder").isRegularFile();
        site = TestSite.copyOf(EXAMPLE, temp.resolve("example"));
        sources = readSources();
        Object perPage = new Yaml().<Map<String, Object>>load(Files.readString(EXAMPLE.resolve("site.yaml"))).get("paginate");
        paginate = perPage == null ? 10 : ((Number) perPage).intValue();
        run = site.build("--future");
    }

    @Test
    void buildsWithoutWarningsOrErrors() {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).as("standard error").doesNotContain("warning:").doesNotContain("error:").isEmpty();
    }

    @Test
    void printsOneSummaryLine() {
        long posts = sources.stream().filter(s -> s.kind.equals("post") && !s.draft).count();
        long notes = sources.stream().filter(s -> s.kind.equals("note") && !s.draft).count();
        assertThat(run.out().lines().toList()).singleElement().asString()
                .startsWith("Built " + posts + " posts, " + notes + " notes and 2 pages into ")
                .containsPattern("in \\d+ ms \\(\\d+ files: \\d+ written, 0 unchanged, 0 removed\\)\\.$");
    }

    @Test
    void publishesEveryPostAtItsDatedUrl() {
        List<String> posts = urls("post", false);
        assertThat(posts).hasSizeGreaterThanOrEqualTo(10);
        assertThat(posts).allSatisfy(url -> assertThat(site.exists(url)).as("post %s", url).isTrue());
    }

    @Test
    void publishesEveryNoteAtItsTimestampUrl() {
        List<String> notes = urls("note", false);
        assertThat(notes).isNotEmpty().allMatch(url -> url.matches("/notes/\\d{4}/\\d{2}/\\d{2}/\\d{4}/"));
        assertThat(notes).allSatisfy(url -> assertThat(site.exists(url)).as("note %s", url).isTrue());
    }

    @Test
    void publishesTheFixedPages() {
        for (String url : List.of("/", "/about/", "/disclaimer/", "/notes/", "/tags/", "/archive/", "/404.html", "/page/2/",
                "/css/clinic.css", "/subscribe/", "/sitemap.xml", "/robots.txt", "/feed.xml", "/atom.xml", "/feed.json")) {
            assertThat(site.exists(url)).as("%s exists", url).isTrue();
        }
    }

    @Test
    void publishesAPageForEveryTag() {
        TreeSet<String> tags = new TreeSet<>();
        sources.stream().filter(s -> !s.draft).forEach(s -> tags.addAll(s.tags));
        assertThat(tags).contains("type-1", "type-2", "foot-care");
        for (String tag : tags) {
            assertThat(site.exists("/tags/" + tag + "/")).as("tag page of %s", tag).isTrue();
            assertThat(site.page("/tags/").select("a[href=/tags/" + tag + "/]")).as("tag index links %s", tag).isNotEmpty();
        }
    }

    @Test
    void publishesTheBundleImageBesideItsPage() throws IOException {
        Path image = site.output().resolve("2026/05/looking-after-your-feet/foot-check.svg");
        assertThat(image).isRegularFile();
        assertThat(Files.readAllBytes(image))
                .isEqualTo(Files.readAllBytes(EXAMPLE.resolve("content/posts/2026-05-14-looking-after-your-feet/foot-check.svg")));
        assertThat(site.exists("/2026/05/looking-after-your-feet/")).isTrue();
    }

    @Test
    void leavesTheDraftOutAndNeverLinksToIt() {
        List<String> drafts = urls("post", true);
        assertThat(drafts).as("the example has a draft post").isNotEmpty();
        for (String draft : drafts) {
            assertThat(site.exists(draft)).as("draft %s", draft).isFalse();
            String folder = draft.substring(1);
            assertThat(site.output().resolve(folder)).doesNotExist();
        }
        List<String> titles = sources.stream().filter(s -> s.draft).map(Source::title).toList();
        for (String file : site.outputFiles()) {
            if (file.matches(".*\\.(html|xml|json|txt)|_redirects")) {
                String html = site.text("/" + file);
                for (String draft : drafts) {
                    assertThat(html).as("%s links to the draft", file).doesNotContain(draft);
                }
                for (String title : titles) {
                    assertThat(html).as("%s mentions the draft's title", file).doesNotContain(title);
                }
            }
        }
    }

    @Test
    void paginatesTheHomePage() {
        Document first = site.page("/");
        int total = (int) Math.ceil(urls("post", false).size() / (double) paginate);
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(first.select(".pager").text()).contains("Page 1 of " + total);
        assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/page/2/");
        assertThat(first.select(".pager a[rel=prev]")).isEmpty();
        assertThat(first.select("article.summary")).hasSize(paginate);

        Document last = site.page("/page/" + total + "/");
        assertThat(last.select(".pager").text()).contains("Page " + total + " of " + total);
        assertThat(last.select(".pager a[rel=next]")).isEmpty();
        assertThat(last.select(".pager a[rel=prev]").attr("href")).isEqualTo(total == 2 ? "/" : "/page/" + (total - 1) + "/");
        assertThat(site.exists("/page/" + (total + 1) + "/")).isFalse();
    }

    @Test
    void pageOneSendsReadersToTheHomePage() {
        Document pageOne = site.page("/page/1/");
        assertThat(pageOne.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/");
        Element refresh = pageOne.selectFirst("meta[http-equiv=refresh]");
        if (refresh != null) {
            assertThat(refresh.attr("content")).matches("0;\\s*url=(/|https://example\\.org/)");
        } else {
            assertThat(site.text("/page/1/")).as("page/1/ is the home page itself").isEqualTo(site.text("/"));
        }
        assertThat(site.text("/_redirects")).containsPattern("(?m)^/page/1/\\s+/\\s+301$");
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() {
        assertThat(HtmlValidator.shared().errorsInFolder(site.output())).isEmpty();
    }

    @Test
    void everyInternalLinkResolves() {
        assertThat(LinkChecker.brokenLinks(site.output(), "/")).isEmpty();
    }

    @Test
    void everySitemapAddressIsAPageOfTheSite() {
        Document sitemap = org.jsoup.Jsoup.parse(site.text("/sitemap.xml"), "", org.jsoup.parser.Parser.xmlParser());
        List<String> locations = sitemap.select("url > loc").eachText();
        assertThat(locations).contains("https://example.org/", "https://example.org/about/")
                .hasSizeGreaterThanOrEqualTo(sources.size());
        for (String location : locations) {
            assertThat(location).startsWith("https://example.org/");
            assertThat(LinkChecker.resolves(site.output(), "/", location.substring("https://example.org".length())))
                    .as("sitemap address %s", location).isTrue();
        }
        assertThat(locations).noneMatch(l -> l.contains("/page/1/")).noneMatch(l -> l.endsWith("404.html"));
    }

    @Test
    void everyPageLinksTheThemeStylesheet() {
        for (String file : site.outputFiles()) {
            if (file.endsWith(".html")) {
                assertThat(site.page("/" + file).select("link[rel=stylesheet]").eachAttr("href"))
                        .as(file).contains("/css/clinic.css");
            }
        }
    }

    private static List<String> urls(String kind, boolean drafts) {
        return sources.stream().filter(s -> s.kind.equals(kind) && s.draft == drafts).map(Source::url).toList();
    }

    private static List<Source> readSources() throws IOException {
        List<Source> found = new ArrayList<>();
        try (Stream<Path> posts = Files.list(EXAMPLE.resolve("content/posts"))) {
            for (Path path : posts.sorted().toList()) {
                String name = path.getFileName().toString();
                Matcher m = POST_NAME.matcher(name);
                assertThat(m.matches()).as("post file name %s", name).isTrue();
                Path markdown = Files.isDirectory(path) ? path.resolve("index.md") : path;
                assertThat(m.group(4)).as("slug of %s", name).matches("[a-z0-9-]+");
                found.add(source("post", "/" + m.group(1) + "/" + m.group(2) + "/" + m.group(4) + "/", markdown));
            }
        }
        try (Stream<Path> notes = Files.list(EXAMPLE.resolve("content/notes"))) {
            for (Path path : notes.sorted().toList()) {
                Matcher m = NOTE_NAME.matcher(path.getFileName().toString());
                assertThat(m.matches()).as("note file name %s", path).isTrue();
                found.add(source("note", "/notes/" + m.group(1) + "/" + m.group(2) + "/" + m.group(3) + "/" + m.group(4) + "/", path));
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Source source(String kind, String url, Path markdown) throws IOException {
        String text = Files.readString(markdown, StandardCharsets.UTF_8);
        Map<String, Object> front = Map.of();
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---\n", 3);
            Object loaded = new Yaml().load(text.substring(4, end + 1));
            if (loaded instanceof Map<?, ?> map) {
                front = (Map<String, Object>) map;
            }
        }
        boolean draft = Boolean.TRUE.equals(front.get("draft"));
        List<String> tags = front.get("tags") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        return new Source(kind, url, draft, tags, front.get("title") == null ? null : String.valueOf(front.get("title")));
    }
}

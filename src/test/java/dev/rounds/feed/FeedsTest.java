package dev.rounds.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.rounds.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds, sitemap, robots.txt, aliases and page metadata on a small site published under a sub-path. */
class FeedsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path site;

    private Path out;

    @BeforeEach
    void writeSite() throws IOException {
        write("site.yaml", """
                title: Ward Notes
                baseURL: https://example.org/blog/
                description: A test site.
                author: sam
                authors:
                  sam:
                    name: Sam Nurse
                feeds:
                  limit: 3
                """);
        write("content/posts/2026-01-10-first.md", """
                ---
                title: First post
                tags: [COPD, asthma]
                aliases: [/old/first-post/]
                ---
                Read the [second post](/2026/02/second/) and see ![a chart](chart.png) too.
                """);
        write("content/posts/2026-02-20-second/index.md", """
                ---
                title: Second post
                tags: [copd]
                updated: 2026-03-01
                image: photo.png
                image_alt: A ward at night
                ---
                ![A ward](photo.png) with a [relative link](../../01/first/).
                """);
        write("content/posts/2026-02-20-second/photo.png", "not really a png");
        // The first post's chart, beside its page (summaries on list pages show it too).
        write("static/2026/01/first/chart.png", "not really a png");
        write("content/notes/2026-02-01-0930.md", "A short note about inhalers and spacers, which are easy to forget in winter.\n");
        write("content/notes/2026-03-05-1200.md", "---\ntags: [asthma]\n---\nAnother note.\n");
        out = site.resolve("public");
        build();
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void build() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "build", site.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("warning:", "error:");
    }

    private SyndFeed rome(String path) throws Exception {
        return new SyndFeedInput().build(new StringReader(Files.readString(out.resolve(path))));
    }

    @Test
    void rssListsPostsAndNotesNewestFirstWithNotesUntitled() throws Exception {
        SyndFeed rss = rome("feed.xml");
        assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
        assertThat(rss.getLink()).isEqualTo("https://example.org/blog/");
        List<SyndEntry> items = rss.getEntries();
        assertThat(items).extracting(SyndEntry::getLink).containsExactly(
                "https://example.org/blog/notes/2026/03/05/1200/",
                "https://example.org/blog/2026/02/second/",
                "https://example.org/blog/notes/2026/02/01/0930/");
        assertThat(items.get(0).getTitle()).isNullOrEmpty();
        assertThat(items.get(1).getTitle()).isEqualTo("Second post");
        assertThat(items).allSatisfy(item -> assertThat(item.getUri()).isEqualTo(item.getLink()));
        assertThat(items.get(1).getCategories()).extracting(c -> c.getName()).containsExactly("copd");
    }

    @Test
    void itemContentHasOnlyAbsoluteLinks() throws Exception {
        String content = rome("posts/feed.xml").getEntries().stream()
                .filter(e -> e.getTitle().equals("Second post")).findFirst().orElseThrow()
                .getDescription().getValue();
        Document html = Jsoup.parseBodyFragment(content);
        assertThat(html.select("img").attr("src")).isEqualTo("https://example.org/blog/2026/02/second/photo.png");
        assertThat(html.select("a").attr("href")).isEqualTo("https://example.org/blog/2026/01/first/");
        for (Element link : html.select("[href], [src]")) {
            String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            assertThat(URI.create(url).isAbsolute()).as(url).isTrue();
        }
    }

    @Test
    void atomGivesEveryEntryATitleAndAnUpdatedDate() throws Exception {
        SyndFeed atom = rome("atom.xml");
        assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
        assertThat(atom.getAuthors()).extracting(a -> a.getName()).containsExactly("Sam Nurse");
        for (SyndEntry entry : atom.getEntries()) {
            assertThat(entry.getTitle()).isNotBlank();
            assertThat(entry.getUpdatedDate()).isNotNull();
        }
        SyndEntry note = atom.getEntries().stream().filter(e -> e.getLink().contains("/0930/")).findFirst().orElseThrow();
        assertThat(note.getTitle()).startsWith("A short note about inhalers").endsWith("…").hasSizeLessThanOrEqualTo(61);
    }

    @Test
    void jsonFeedFollowsVersionOnePointOne() throws Exception {
        JsonNode feed = JSON.readTree(out.resolve("feed.json").toFile());
        assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("feed_url").asText()).isEqualTo("https://example.org/blog/feed.json");
        JsonNode items = feed.get("items");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).has("title")).isFalse();
        assertThat(items.get(1).get("title").asText()).isEqualTo("Second post");
        assertThat(items.get(1).get("date_modified").asText()).startsWith("2026-03-01T00:00:00");
        assertThat(items.get(1).get("image").asText()).isEqualTo("https://example.org/blog/2026/02/second/photo.png");
        assertThat(items.get(1).get("authors").get(0).get("name").asText()).isEqualTo("Sam Nurse");
        List<String> dates = new ArrayList<>();
        items.forEach(item -> dates.add(item.get("date_published").asText()));
        assertThat(dates).isSortedAccordingTo((a, b) -> java.time.OffsetDateTime.parse(b).compareTo(java.time.OffsetDateTime.parse(a)));
    }

    @Test
    void idsStayTheSameWhenATitleChanges() throws Exception {
        JsonNode before = JSON.readTree(out.resolve("posts/feed.json").toFile());
        Path post = site.resolve("content/posts/2026-01-10-first.md");
        Files.writeString(post, Files.readString(post).replace("title: First post", "title: A better title"));
        build();
        JsonNode after = JSON.readTree(out.resolve("posts/feed.json").toFile());
        assertThat(after.get("items").get(1).get("title").asText()).isEqualTo("A better title");
        assertThat(after.get("items").get(1).get("id")).isEqualTo(before.get("items").get(1).get("id"));
    }

    @Test
    void feedContentKeepsItsLineBreaks() throws Exception {
        Path post = site.resolve("content/posts/2026-01-10-first.md");
        Files.writeString(post, Files.readString(post) + "\n```yaml\nclinic: Riverside\nsessions: 12\n```\n");
        build();
        String content = rome("posts/atom.xml").getEntries().stream().filter(e -> e.getTitle().equals("First post"))
                .findFirst().orElseThrow().getContents().get(0).getValue();
        assertThat(content).contains("clinic: Riverside\nsessions: 12\n");
        assertThat(Files.readString(out.resolve("posts/feed.xml"))).doesNotContain("\r");
    }

    @Test
    void controlCharactersThatPagesAndFeedsCannotHoldBecomeSpaces() throws Exception {
        Path post = site.resolve("content/posts/2026-01-10-first.md");
        Files.writeString(post, Files.readString(post).replace("title: First post", "title: \"First\\vpost\""));
        build();
        assertThat(rome("posts/feed.xml").getEntries()).extracting(SyndEntry::getTitle).contains("First post");
        assertThat(rome("posts/atom.xml").getEntries()).extracting(SyndEntry::getTitle).contains("First post");
        assertThat(Files.readString(out.resolve("2026/01/first/index.html"))).contains("First post").doesNotContain("\u000B");
        assertThat(Files.readString(out.resolve("posts/feed.json"))).doesNotContain("\\u000B").doesNotContain("\u000B");
    }

    @Test
    void sectionsAndTagsHaveTheirOwnFeeds() throws Exception {
        assertThat(rome("posts/feed.xml").getEntries()).extracting(SyndEntry::getTitle).containsExactly("Second post", "First post");
        assertThat(rome("notes/atom.xml").getEntries()).hasSize(2)
                .allSatisfy(e -> assertThat(e.getLink()).contains("/notes/"));
        assertThat(rome("tags/copd/feed.xml").getEntries()).extracting(SyndEntry::getLink)
                .containsExactly("https://example.org/blog/2026/02/second/", "https://example.org/blog/2026/01/first/");
        assertThat(JSON.readTree(out.resolve("tags/asthma/feed.json").toFile()).get("items")).hasSize(2);
    }

    @Test
    void theSiteFeedAndATagFeedCarryTheSameItems() throws Exception {
        String second = "https://example.org/blog/2026/02/second/";
        for (String[] feed : new String[][] {{"feed.xml", "item"}, {"atom.xml", "entry"}}) {
            String item = element(Files.readString(out.resolve(feed[0])), feed[1], second);
            assertThat(element(Files.readString(out.resolve("tags/copd/" + feed[0])), feed[1], second)).isEqualTo(item);
            assertThat(element(Files.readString(out.resolve("posts/" + feed[0])), feed[1], second)).isEqualTo(item);
        }
        JsonNode site = JSON.readTree(out.resolve("feed.json").toFile()).get("items").get(1);
        assertThat(site.get("id").asText()).isEqualTo(second);
        assertThat(JSON.readTree(out.resolve("tags/copd/feed.json").toFile()).get("items").get(0)).isEqualTo(site);
    }

    /** The text of the element {@code name} that holds {@code text}. */
    private static String element(String xml, String name, String text) {
        int at = xml.indexOf(text);
        int start = xml.lastIndexOf("<" + name + ">", at);
        int end = xml.indexOf("</" + name + ">", at);
        assertThat(start).as(text).isNotNegative();
        return xml.substring(start, end);
    }

    @Test
    void pagesAnnounceTheirSectionFeedsAndTheSitesFeeds() throws IOException {
        Document note = page("notes/2026/02/01/0930/index.html");
        List<String> feeds = note.select("link[rel=alternate]").eachAttr("href");
        assertThat(feeds).contains("/blog/notes/feed.xml", "/blog/notes/atom.xml", "/blog/notes/feed.json",
                "/blog/feed.xml", "/blog/atom.xml", "/blog/feed.json");
        Document tag = page("tags/copd/index.html");
        assertThat(tag.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href")).contains("/blog/tags/copd/atom.xml");
        Document subscribe = page("subscribe/index.html");
        assertThat(subscribe.select("a[href]").eachAttr("href")).contains("/blog/feed.xml", "/blog/posts/feed.json",
                "/blog/notes/atom.xml", "/blog/tags/asthma/feed.xml");
        assertThat(page("index.html").select("a[href=/blog/subscribe/]")).isNotEmpty();
    }

    @Test
    void sitemapListsEveryPublishedPageButNoRedirects() throws IOException {
        Document sitemap = Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> locations = sitemap.select("url > loc").eachText();
        assertThat(locations).contains("https://example.org/blog/", "https://example.org/blog/2026/01/first/",
                "https://example.org/blog/notes/2026/03/05/1200/", "https://example.org/blog/tags/copd/",
                "https://example.org/blog/archive/", "https://example.org/blog/subscribe/");
        assertThat(locations).noneMatch(url -> url.contains("/old/") || url.contains("/page/1/") || url.contains("404"));
        Element second = sitemap.select("url:has(loc:containsOwn(/2026/02/second/))").first();
        assertThat(second.selectFirst("lastmod").text()).startsWith("2026-03-01T00:00:00");
        assertThat(Files.readString(out.resolve("robots.txt"))).contains("Sitemap: https://example.org/blog/sitemap.xml");
    }

    @Test
    void aliasesRedirectToTheEntry() throws IOException {
        Document redirect = page("old/first-post/index.html");
        assertThat(redirect.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/blog/2026/01/first/");
        assertThat(redirect.select("meta[http-equiv=refresh]").attr("content")).contains("/blog/2026/01/first/");
        assertThat(redirect.select("main a").attr("href")).contains("/blog/2026/01/first/");
        assertThat(Files.readString(out.resolve("_redirects"))).contains("/blog/old/first-post/  /blog/2026/01/first/  301");
    }

    @Test
    void everyInternalLinkUnderTheSubPathResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element element : doc.select("[href], [src]")) {
                    String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                    if (!url.startsWith("/")) {
                        continue;
                    }
                    String path = URI.create(url).getPath();
                    if (!path.startsWith("/blog/")) {
                        broken.add(out.relativize(file) + " -> " + url + " (outside /blog/)");
                        continue;
                    }
                    Path target = out.resolve(path.substring("/blog/".length()));
                    if (path.endsWith("/")) {
                        target = target.resolve("index.html");
                    }
                    if (!Files.isRegularFile(target)) {
                        broken.add(out.relativize(file) + " -> " + url);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void feedsCarryAtMostTheConfiguredNumberOfItems() throws IOException {
        write("content/notes/2026-03-06-1200.md", "Yet another note.\n");
        build();
        assertThat(JSON.readTree(out.resolve("feed.json").toFile()).get("items")).hasSize(3);
        assertThat(Files.readString(out.resolve("notes/feed.xml"), StandardCharsets.UTF_8)).contains("Yet another note");
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }
}

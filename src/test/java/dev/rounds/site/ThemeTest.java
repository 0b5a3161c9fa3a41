package dev.rounds.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rounds.testing.HtmlValidator;
import dev.rounds.testing.LinkChecker;
import dev.rounds.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Themes and templates: overrides, site-local themes, escaping, what site.yaml shows (menu, authors, base URL). */
class ThemeTest {
    private static final String SCRIPT = "<script>alert(1)</script>";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The only script elements a page may have are JSON-LD data blocks. */
    private static void assertNoScriptFromContent(Document page) {
        assertThat(page.select("script:not([type=application/ld+json])")).as("script elements on %s", page.location()).isEmpty();
    }

    @Test
    void titlesAreEscapedEverywhere() throws IOException {
        TestSite site = TestSite.in(dir)
                .post("2026-01-05-xss.md", "title: \"" + SCRIPT + "\"\ntags: [\"<b>bold</b>\"]", "Body.")
                .note("2026-01-06-0900.md", null, "A note with &lt;i&gt; and `<script>x()</script>` as code.");
        site.build().assertClean();
        Document post = site.page("/2026/01/xss/");
        assertNoScriptFromContent(post);
        for (Element jsonLd : post.select("script[type=application/ld+json]")) {
            assertThat(jsonLd.data()).as("JSON-LD never closes its script element").doesNotContainIgnoringCase("</script");
            assertThat(JSON.readTree(jsonLd.data()).path("headline").asText()).isEqualTo(SCRIPT);
        }
        assertThat(post.title()).startsWith(SCRIPT);
        assertThat(post.select("h1").text()).isEqualTo(SCRIPT);
        assertThat(post.select("meta[property=og:title]").attr("content")).isEqualTo(SCRIPT);
        assertThat(post.select(".tags a").text()).isEqualTo("<b>bold</b>");
        assertThat(post.select(".tags b")).isEmpty();
        for (String list : List.of("/", "/archive/", "/tags/b-bold-b/", "/tags/")) {
            Document page = site.page(list);
            assertNoScriptFromContent(page);
            assertThat(page.select("main b")).as("b elements on %s", list).isEmpty();
        }
        assertThat(site.page("/").select("article.summary h2").text()).isEqualTo(SCRIPT);
        assertThat(site.page("/archive/").select("main li a").text()).isEqualTo(SCRIPT);
        assertThat(site.page("/tags/b-bold-b/").select("main li a").eachText()).contains(SCRIPT);
        assertThat(site.page("/tags/").select("main li a").text()).isEqualTo("<b>bold</b>");
    }

    @Test
    void siteTitleAndDescriptionAreEscaped() {
        TestSite site = TestSite.in(dir)
                .config("title: \"Tom & Jerry's <Clinic>\"\ndescription: \"Fast & \\\"free\\\" <advice>\"\nbaseURL: https://example.org/\n")
                .post("2026-01-05-a.md", "title: A", "a");
        site.build().assertClean();
        Document home = site.page("/");
        assertThat(home.title()).isEqualTo("Tom & Jerry's <Clinic>");
        assertThat(home.select(".site-title").text()).isEqualTo("Tom & Jerry's <Clinic>");
        assertThat(home.select("meta[name=description]").attr("content")).isEqualTo("Fast & \"free\" <advice>");
        assertThat(HtmlValidator.shared().errors(site.outputFile("/"))).isEmpty();
    }

    @Test
    void menuFromSiteYamlShowsInTheNavigation() {
        TestSite site = TestSite.in(dir)
                .config(TestSite.MINIMAL_CONFIG + "menu:\n  - title: About us\n    url: /about/\n  - title: NHS 111\n    url: https://111.nhs.uk/\n")
                .page("about.md", "title: About", "Me.")
                .page("contact.md", "title: Contact\nmenu: Get in touch", "Write.")
                .page("privacy.md", "title: Privacy\nmenu: true", "Private.")
                .page("hidden.md", "title: Hidden", "Not in the menu.");
        site.build().assertClean();
        Document home = site.page("/");
        Element nav = home.selectFirst("nav.site-nav");
        assertThat(nav).isNotNull();
        assertThat(nav.select("a[href=/about/]").text()).isEqualTo("About us");
        assertThat(nav.select("a[href=https://111.nhs.uk/]").text()).isEqualTo("NHS 111");
        assertThat(nav.select("a[href=/contact/]").text()).isEqualTo("Get in touch");
        assertThat(nav.select("a[href=/privacy/]").text()).isEqualTo("Privacy");
        assertThat(nav.select("a[href=/hidden/]")).isEmpty();
        assertThat(site.page("/about/").select("nav.site-nav a[href=/about/]").attr("aria-current")).isEqualTo("page");
    }

    @Test
    void authorsNameShowsInTheByline() {
        TestSite site = TestSite.in(dir)
                .config(TestSite.MINIMAL_CONFIG + """
                        author: amara
                        authors:
                          amara:
                            name: Dr Amara Okafor
                            profession: Consultant diabetologist
                          sam:
                            name: Sam Reid
                        """)
                .post("2026-01-05-default.md", "title: By default", "a")
                .post("2026-01-06-other.md", "title: By Sam\nauthors: [sam]", "b")
                .post("2026-01-07-both.md", "title: By both\nauthors: [amara, sam]", "c");
        site.build().assertClean();
        assertThat(site.page("/2026/01/default/").select(".byline .authors").text())
                .contains("Dr Amara Okafor").contains("Consultant diabetologist").doesNotContain("Sam Reid");
        assertThat(site.page("/2026/01/other/").select(".byline .authors").text()).contains("Sam Reid").doesNotContain("Amara");
        assertThat(site.page("/2026/01/both/").select(".byline .authors").text()).contains("Dr Amara Okafor").contains(" and ").contains("Sam Reid");
    }

    @Test
    void noBylineAuthorsWithoutAnAuthor() {
        TestSite site = TestSite.in(dir).post("2026-01-05-anon.md", "title: Anonymous", "a");
        site.build().assertClean();
        assertThat(site.page("/2026/01/anon/").select(".byline .authors")).isEmpty();
    }

    @Test
    void siteLayoutOverridesTheThemesTemplate() {
        TestSite site = TestSite.in(dir)
                .file("layouts/post.ftlh", """
                        <#import "base.ftlh" as base>
                        <@base.layout>
                        <h1 class="custom">${entry.title} (custom)</h1>
                        <p class="mood">${entry.params.mood}</p>
                        ${entry.content}
                        </@base.layout>
                        """)
                .post("2026-01-05-a.md", "title: Overridden\nmood: cheerful", "Body text.")
                .page("about.md", "title: About", "Page text.");
        site.build().assertClean();
        Document post = site.page("/2026/01/a/");
        assertThat(post.select("h1.custom").text()).isEqualTo("Overridden (custom)");
        assertThat(post.select("p.mood").text()).isEqualTo("cheerful");
        assertThat(post.select("main").text()).contains("Body text.");
        assertThat(post.select("header.site-header")).as("the theme's base still frames the page").hasSize(1);
        assertThat(site.page("/about/").select("h1.custom")).as("other templates are the theme's").isEmpty();
        assertThat(site.page("/about/").select("h1").text()).isEqualTo("About");
    }

    @Test
    void siteLayoutCanOverrideAPartial() {
        TestSite site = TestSite.in(dir)
                .file("layouts/partials/pager.ftlh", "<#macro pager pager label=\"\"><p class=\"my-pager\">${pager.number}/${pager.total}</p></#macro>\n")
                .post("2026-01-05-a.md", "title: A", "a");
        site.build().assertClean();
        assertThat(site.page("/").select("p.my-pager").text()).isEqualTo("1/1");
    }

    @Test
    void siteLocalThemeIsUsedAndFallsBackToClinic() {
        TestSite site = TestSite.in(dir)
                .config(TestSite.MINIMAL_CONFIG + "theme: mine\n")
                .file("themes/mine/layouts/base.ftlh", """
                        <#macro layout title="" bodyClass="">
                        <!DOCTYPE html>
                        <html lang="${site.language}">
                        <head><meta charset="utf-8"><title>${title}${page.title!""} | ${site.title}</title>
                        <link rel="stylesheet" href="${site.basePath}css/mine.css"></head>
                        <body class="mine"><main id="main"><#nested></main></body>
                        </html>
                        </#macro>
                        """)
                .file("themes/mine/layouts/page.ftlh", """
                        <#import "base.ftlh" as base>
                        <@base.layout><h1 class="mine-page">${entry.title}</h1>${entry.content}</@base.layout>
                        """)
                .file("themes/mine/static/css/mine.css", "body { color: black; }\n")
                .post("2026-01-05-a.md", "title: A post", "Post body.")
                .page("about.md", "title: About", "Page body.");
        site.build().assertClean();
        Document post = site.page("/2026/01/a/");
        assertThat(post.select("body.mine")).as("the theme's base").hasSize(1);
        assertThat(post.select("header.site-header")).as("not clinic's base").isEmpty();
        assertThat(post.select("h1.p-name").text()).as("clinic's post.ftlh, the fallback").isEqualTo("A post");
        assertThat(post.select("link[rel=stylesheet]").attr("href")).isEqualTo("/css/mine.css");
        assertThat(site.page("/about/").select("h1.mine-page").text()).isEqualTo("About");
        assertThat(site.outputFile("/css/mine.css")).hasContent("body { color: black; }");
    }

    @Test
    void siteLayoutsWinOverASiteLocalTheme() {
        TestSite site = TestSite.in(dir)
                .config(TestSite.MINIMAL_CONFIG + "theme: mine\n")
                .file("themes/mine/layouts/post.ftlh", "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p class=\"from\">theme</p></body></html>\n")
                .file("layouts/post.ftlh", "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p class=\"from\">layouts</p></body></html>\n")
                .post("2026-01-05-a.md", "title: A", "a");
        site.build().assertClean();
        assertThat(site.page("/2026/01/a/").select("p.from").text()).isEqualTo("layouts");
    }

    @Test
    void siteStaticFilesWinOverTheThemesStaticFiles() {
        TestSite site = TestSite.in(dir).file("static/css/clinic.css", "/* mine */\n");
        site.build().assertClean();
        assertThat(site.outputFile("/css/clinic.css")).hasContent("/* mine */");
    }

    @Test
    void baseUrlPathPrefixesEveryLink() {
        TestSite site = TestSite.in(dir)
                .config("title: Blog\nbaseURL: https://example.org/blog/\nmenu:\n  - title: About\n    url: /about/\n")
                .post("2026-01-05-a.md", "title: A\ntags: [feet]",
                        "See [about](/about/), ![a logo](/images/logo.svg) and <a href=\"/disclaimer/\">the disclaimer</a>.\n\n"
                                + "An [outside link](https://www.nhs.uk/) and a [relative one](../other/).")
                .note("2026-01-06-0900.md", null, "Read [the post](/2026/01/a/).")
                .page("about.md", "title: About", "About.")
                .page("disclaimer.md", "title: Disclaimer", "Careful.")
                .file("static/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        site.build().assertClean();
        Document post = site.page("/2026/01/a/");
        assertThat(post.select("link[rel=stylesheet]").attr("href")).isEqualTo("/blog/css/clinic.css");
        assertThat(post.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/blog/2026/01/a/");
        assertThat(post.select(".entry-content a").eachAttr("href"))
                .containsExactly("/blog/about/", "/blog/disclaimer/", "https://www.nhs.uk/", "../other/");
        assertThat(post.select(".entry-content img").attr("src")).isEqualTo("/blog/images/logo.svg");
        assertThat(post.select("nav.site-nav a[href=/blog/about/]").text()).isEqualTo("About");
        assertThat(site.page("/page/1/").select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/blog/");
        for (String file : site.outputFiles()) {
            if (file.endsWith(".html")) {
                assertThat(LinkChecker.internalLinks(site.page("/" + file)))
                        .as("root-relative links of %s", file).allMatch(link -> link.startsWith("/blog/"));
            }
        }
        assertThat(LinkChecker.brokenLinks(site.output(), "/blog/")).isEmpty();
    }

    @Test
    void dataFilesAreAvailableToTemplates() {
        TestSite site = TestSite.in(dir)
                .file("data/events.yaml", "- name: Foot clinic\n  when: 2026-12-01\n- name: Eye screening\n  when: 2026-12-08\n")
                .file("layouts/page.ftlh", """
                        <#import "base.ftlh" as base>
                        <@base.layout><h1>${entry.title}</h1><ul><#list site.data.events as e><li>${e.name} ${e.when}</li></#list></ul></@base.layout>
                        """)
                .page("events.md", "title: Events", "");
        site.build().assertClean();
        assertThat(site.page("/events/").select("main li").eachText()).containsExactly("Foot clinic 2026-12-01", "Eye screening 2026-12-08");
    }

    @Test
    void siteParamsAreAvailableToTemplates() {
        TestSite site = TestSite.in(dir)
                .config(TestSite.MINIMAL_CONFIG + "params:\n  feedback_url: /feedback/\n  hashtag: \"#FeetFirst\"\n")
                .file("layouts/page.ftlh", """
                        <#import "base.ftlh" as base>
                        <@base.layout><h1>${entry.title}</h1><p class="tag">${site.params.hashtag}</p></@base.layout>
                        """)
                .page("feedback.md", "title: Feedback", "Tell us.");
        site.build().assertClean();
        Document page = site.page("/feedback/");
        assertThat(page.select("p.tag").text()).isEqualTo("#FeetFirst");
        assertThat(page.select(".feedback a").attr("href")).isEqualTo("/feedback/");
    }

    @Test
    void notFoundPageUsesOnlyRootRelativeLinks() {
        TestSite site = TestSite.in(dir).config("title: T\nbaseURL: https://example.org/blog/\n");
        site.build().assertClean();
        Document notFound = site.page("/404.html");
        for (org.jsoup.nodes.Element element : notFound.select("[href], [src]")) {
            String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            assertThat(link).as("a link of the 404 page works from any URL").matches("(/blog/|https?://|#).*");
        }
        assertThat(notFound.select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void themeDisclaimerIsOnEveryPage() {
        TestSite site = TestSite.in(dir).post("2026-01-05-a.md", "title: A", "a").page("about.md", "title: About", "b");
        site.build().assertClean();
        for (String url : List.of("/", "/2026/01/a/", "/about/", "/notes/", "/tags/", "/archive/", "/404.html")) {
            assertThat(site.page(url).select("footer .disclaimer").text()).as(url).contains("not individual medical advice");
        }
    }

    @Test
    void templatesCannotInstantiateClasses() {
        TestSite site = TestSite.in(dir)
                .file("layouts/page.ftlh", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n")
                .page("about.md", "title: About", "a");
        dev.rounds.testing.Run run = site.build();
        run.assertFailed();
        assertThat(run.errors()).anySatisfy(line -> assertThat(line).contains("layouts/page.ftlh:1:"));
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void everyGeneratedPageOfASmallSiteIsValidHtml() {
        TestSite site = TestSite.in(dir)
                .config(TestSite.MINIMAL_CONFIG + "paginate: 1\nauthor: a\nauthors:\n  a:\n    name: A. Writer\n")
                .post("2026-01-05-a.md", "title: A\ntags: [one, two]\nupdated: 2026-02-01\naliases: [/old/a/]", "Text.")
                .file("content/posts/2026-01-06-b/index.md", TestSite.withFrontMatter(
                        "title: B\ntags: [one]\nimage: pic.svg\nimage_alt: A drawing", "Text with ![a picture](pic.svg)."))
                .file("content/posts/2026-01-06-b/pic.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .note("2026-01-07-0900.md", "tags: [one]\nin_reply_to: https://example.com/x\nsyndication: [https://mastodon.example/@a/1]", "Note.")
                .note("2026-01-08-0900.md", "image: /images/n.svg\nimage_alt: A chart", "Another note.")
                .file("static/images/n.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .page("about.md", "title: About\nmenu: true", "About.");
        site.build().assertClean();
        assertThat(HtmlValidator.shared().errorsInFolder(site.output())).isEmpty();
        assertThat(LinkChecker.brokenLinks(site.output(), "/")).isEmpty();
    }

    @Test
    void emptySiteBuildsValidPages() {
        TestSite site = TestSite.in(dir);
        site.build().assertClean();
        assertThat(site.exists("/")).isTrue();
        assertThat(site.exists("/404.html")).isTrue();
        assertThat(site.page("/").text()).contains("No posts yet.");
        assertThat(HtmlValidator.shared().errorsInFolder(site.output())).isEmpty();
    }
}

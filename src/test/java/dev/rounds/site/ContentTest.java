package dev.rounds.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.testing.MemoryBuild;
import dev.rounds.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What content becomes: which entries are published, at which URLs, with which dates, slugs and tags. */
class ContentTest {
    @TempDir
    Path dir;

    @Test
    void draftsAreLeftOutUnlessAsked() {
        TestSite site = TestSite.in(dir)
                .post("2026-01-05-public.md", "title: Public post", "Seen.")
                .post("2026-01-06-secret.md", "title: Draft post\ndraft: true", "Not yet.");
        site.build().assertClean();
        assertThat(site.exists("/2026/01/public/")).isTrue();
        assertThat(site.exists("/2026/01/secret/")).isFalse();
        assertThat(site.text("/")).doesNotContain("Draft post").doesNotContain("/2026/01/secret/");
        assertThat(site.text("/archive/")).doesNotContain("Draft post");

        site.build("--drafts").assertClean();
        assertThat(site.exists("/2026/01/secret/")).isTrue();
        assertThat(site.page("/2026/01/secret/").select("h1").text()).isEqualTo("Draft post");
        assertThat(site.text("/")).contains("/2026/01/secret/");
    }

    @Test
    void draftNotesAreLeftOutUnlessAsked() {
        TestSite site = TestSite.in(dir)
                .note("2026-01-05-0900.md", "draft: true", "A draft note.");
        site.build().assertClean();
        assertThat(site.exists("/notes/2026/01/05/0900/")).isFalse();
        site.build("--drafts").assertClean();
        assertThat(site.exists("/notes/2026/01/05/0900/")).isTrue();
    }

    @Test
    void futurePostsAreLeftOutUnlessAsked() {
        TestSite site = TestSite.in(dir)
                .post("2026-01-05-now.md", "title: Present", "Here.")
                .post("2999-01-01-later.md", "title: From the future", "Not yet.");
        site.build().assertClean();
        assertThat(site.exists("/2999/01/later/")).isFalse();
        assertThat(site.text("/")).doesNotContain("From the future");

        site.build("--future").assertClean();
        assertThat(site.exists("/2999/01/later/")).isTrue();
        assertThat(site.text("/")).contains("From the future");
    }

    @Test
    void futureIsDecidedByTheBuildsNow() {
        TestSite site = TestSite.in(dir)
                .post("later.md", "title: Scheduled\ndate: 2026-12-01T09:00:00Z", "Soon.")
                .note("2026-12-01-0900.md", null, "A scheduled note.");
        MemoryBuild before = site.buildInMemory(Instant.parse("2026-12-01T08:59:59Z"), false, false);
        assertThat(before.result().published()).isTrue();
        assertThat(before.has("/2026/12/later/")).isFalse();
        assertThat(before.has("/notes/2026/12/01/0900/")).isFalse();

        MemoryBuild after = site.buildInMemory(Instant.parse("2026-12-01T09:00:00Z"), false, false);
        assertThat(after.has("/2026/12/later/")).isTrue();
        assertThat(after.has("/notes/2026/12/01/0900/")).isTrue();

        MemoryBuild withFuture = site.buildInMemory(Instant.parse("2000-01-01T00:00:00Z"), false, true);
        assertThat(withFuture.has("/2026/12/later/")).isTrue();
    }

    @Test
    void postDateComesFromTheFileNamePrefix() {
        TestSite site = TestSite.in(dir).post("2026-03-09-foot-care.md", "title: Foot care", "Feet.");
        site.build().assertClean();
        Document page = site.page("/2026/03/foot-care/");
        assertThat(page.select("time.dt-published").attr("datetime")).startsWith("2026-03-09T00:00");
        assertThat(page.select("time.dt-published").text()).isEqualTo("9 March 2026");
    }

    @Test
    void frontMatterDateNeedsNoFileNamePrefix() {
        TestSite site = TestSite.in(dir).post("foot-care.md", "title: Foot care\ndate: 2026-06-30", "Feet.");
        site.build().assertClean();
        Document page = site.page("/2026/06/foot-care/");
        assertThat(page.select("time.dt-published").attr("datetime")).isEqualTo("2026-06-30T00:00:00+01:00");
    }

    @Test
    void urlDatesAreTheSiteTimeZonesCalendarDate() {
        TestSite site = TestSite.in(dir)
                .post("late.md", "title: Late\ndate: 2026-06-30T23:30:00Z", "Just after midnight in London.");
        site.build().assertClean();
        assertThat(site.exists("/2026/07/late/")).isTrue();
        assertThat(site.page("/2026/07/late/").select("time.dt-published").attr("datetime")).isEqualTo("2026-07-01T00:30:00+01:00");
    }

    @Test
    void siteTimeZoneIsUsedForDatesWithoutOffset() {
        TestSite site = TestSite.in(dir)
                .config(TestSite.MINIMAL_CONFIG + "timezone: America/New_York\n")
                .post("evening.md", "title: Evening\ndate: 2026-01-31T22:00", "Late.");
        site.build().assertClean();
        assertThat(site.page("/2026/01/evening/").select("time.dt-published").attr("datetime")).isEqualTo("2026-01-31T22:00:00-05:00");
    }

    @Test
    void slugFromFrontMatterReplacesTheFileName() {
        TestSite site = TestSite.in(dir).post("2026-01-05-whatever.md", "title: Hello\nslug: My Own Slug!", "Text.");
        site.build().assertClean();
        assertThat(site.exists("/2026/01/my-own-slug/")).isTrue();
        assertThat(site.exists("/2026/01/whatever/")).isFalse();
    }

    @Test
    void accentsAreFoldedInSlugs() {
        TestSite site = TestSite.in(dir)
                .post("2026-01-05-Café Ærø Straße.md", "title: From the file name", "One.")
                .post("2026-01-06-x.md", "title: From front matter\nslug: Ça Œuvre Łódź", "Two.");
        site.build().assertClean();
        assertThat(site.exists("/2026/01/cafe-aero-strasse/")).isTrue();
        assertThat(site.exists("/2026/01/ca-oeuvre-lodz/")).isTrue();
    }

    @Test
    void tagsWithEqualSlugsAreOneTag() {
        TestSite site = TestSite.in(dir)
                .post("2026-01-05-one.md", "title: One\ntags: [COPD]", "One.")
                .post("2026-01-06-two.md", "title: Two\ntags: [copd, Asthma & COPD]", "Two.")
                .note("2026-01-07-0800.md", "tags: [ Copd ]", "Three.");
        site.build().assertClean();
        Document tags = site.page("/tags/");
        assertThat(tags.select("a[href=/tags/copd/]")).hasSize(1);
        assertThat(tags.select("a[href=/tags/asthma-copd/]")).hasSize(1);
        Document copd = site.page("/tags/copd/");
        assertThat(copd.select("main a[href=/2026/01/one/]")).hasSize(1);
        assertThat(copd.select("main a[href=/2026/01/two/]")).hasSize(1);
        assertThat(copd.select("main a[href=/notes/2026/01/07/0800/]")).hasSize(1);
        assertThat(copd.text()).contains("3 entries");
        assertThat(site.outputFiles()).filteredOn(f -> f.startsWith("tags/") && f.endsWith("/index.html") && !f.contains("/page/"))
                .containsExactlyInAnyOrder("tags/index.html", "tags/copd/index.html", "tags/asthma-copd/index.html");
    }

    @Test
    void permalinksInSiteYamlChangeUrls() {
        TestSite site = TestSite.in(dir)
                .config(TestSite.MINIMAL_CONFIG + "permalinks:\n  posts: /articles/:year/:slug/\n  notes: /n/:year:month:day-:slug/\n  pages: /info/:slug/\n")
                .post("2026-01-05-hello.md", "title: Hello", "Hi.")
                .note("2026-01-05-1430.md", null, "A note.")
                .page("about.md", "title: About", "Me.");
        site.build().assertClean();
        assertThat(site.exists("/articles/2026/hello/")).isTrue();
        assertThat(site.exists("/n/20260105-1430/")).isTrue();
        assertThat(site.exists("/info/about/")).isTrue();
        assertThat(site.exists("/2026/01/hello/")).isFalse();
        assertThat(site.exists("/about/")).isFalse();
        assertThat(site.page("/").select("a[href=/articles/2026/hello/]")).isNotEmpty();
    }

    @Test
    void noteWithOnlyAFileNameDateNeedsNoFrontMatter() {
        TestSite site = TestSite.in(dir).note("2026-11-20-1430.md", null, "Flu clinics are open all week: walk in, no booking needed.");
        site.build().assertClean();
        Document note = site.page("/notes/2026/11/20/1430/");
        assertThat(note.select("h1")).hasSize(1);
        assertThat(note.title()).startsWith("Flu clinics are open all week");
        assertThat(note.select("main").text()).contains("Flu clinics are open all week: walk in, no booking needed.");
        assertThat(note.select("time").attr("datetime")).isEqualTo("2026-11-20T14:30:00Z");
        assertThat(site.page("/notes/").select("a[href=/notes/2026/11/20/1430/]")).isNotEmpty();
    }

    @Test
    void noteWithSecondsInItsFileName() {
        TestSite site = TestSite.in(dir).note("2026-07-01-093015.md", null, "With seconds.");
        site.build().assertClean();
        assertThat(site.exists("/notes/2026/07/01/093015/")).isTrue();
        assertThat(site.page("/notes/2026/07/01/093015/").select("time").attr("datetime")).isEqualTo("2026-07-01T09:30:15+01:00");
    }

    @Test
    void pageBundlePublishesItsFilesBesideThePage() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        TestSite site = TestSite.in(dir)
                .file("content/posts/2026-01-05-bundle/index.md", TestSite.withFrontMatter("title: Bundled", "![A photo](photo.png)"))
                .bytes("content/posts/2026-01-05-bundle/photo.png", png)
                .bytes("content/posts/2026-01-05-bundle/files/leaflet.pdf", "%PDF-1.4".getBytes());
        site.build().assertClean();
        assertThat(site.exists("/2026/01/bundle/")).isTrue();
        assertThat(Files.readAllBytes(site.outputFile("/2026/01/bundle/photo.png"))).isEqualTo(png);
        assertThat(site.outputFile("/2026/01/bundle/files/leaflet.pdf")).hasContent("%PDF-1.4");
        assertThat(site.page("/2026/01/bundle/").select("img").attr("src")).isEqualTo("photo.png");
    }

    @Test
    void pageBundleOfAPage() {
        TestSite site = TestSite.in(dir)
                .file("content/pages/team/index.md", TestSite.withFrontMatter("title: Our team", "![Us](us.svg)"))
                .file("content/pages/team/us.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        site.build().assertClean();
        assertThat(site.exists("/team/")).isTrue();
        assertThat(site.exists("/team/us.svg")).isTrue();
    }

    @Test
    void staticFilesAreCopiedAsTheyAre() throws IOException {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        TestSite site = TestSite.in(dir)
                .bytes("static/files/data.bin", binary)
                .file("static/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\r\n")
                .file("static/.well-known/security.txt", "Contact: mailto:x@example.org\n");
        site.build().assertClean();
        assertThat(Files.readAllBytes(site.outputFile("/files/data.bin"))).isEqualTo(binary);
        assertThat(Files.readAllBytes(site.outputFile("/images/logo.svg")))
                .isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\r\n".getBytes());
        assertThat(site.outputFile("/.well-known/security.txt")).hasContent("Contact: mailto:x@example.org");
    }

    @Test
    void titleIsTextEvenWhenYamlWouldReadItAsSomethingElse() {
        TestSite site = TestSite.in(dir)
                .post("2026-01-05-no.md", "title: No", "A post called No.")
                .post("2026-01-06-year.md", "title: 2026", "A post called 2026.")
                .post("2026-01-07-date.md", "title: 2026-01-07", "A post called by its date.");
        site.build().assertClean();
        assertThat(site.page("/2026/01/no/").select("h1").text()).isEqualTo("No");
        assertThat(site.page("/2026/01/year/").select("h1").text()).isEqualTo("2026");
        assertThat(site.page("/2026/01/date/").select("h1").text()).isEqualTo("2026-01-07");
    }

    @Test
    void pagesHaveTheirSlugAsUrlAndNoDate() {
        TestSite site = TestSite.in(dir)
                .page("contact-us.md", "title: Contact us", "Write to us.")
                .page("x.md", "title: Privacy\nslug: privacy-notice", "Private.");
        site.build().assertClean();
        assertThat(site.exists("/contact-us/")).isTrue();
        assertThat(site.exists("/privacy-notice/")).isTrue();
        assertThat(site.page("/contact-us/").select("h1").text()).isEqualTo("Contact us");
        assertThat(site.page("/contact-us/").select("time")).isEmpty();
    }

    @Test
    void newerAndOlderPostsAreLinked() {
        TestSite site = TestSite.in(dir)
                .post("2026-01-01-first.md", "title: First", "1")
                .post("2026-01-02-second.md", "title: Second", "2")
                .post("2026-01-03-third.md", "title: Third", "3");
        site.build().assertClean();
        Document middle = site.page("/2026/01/second/");
        assertThat(middle.select(".post-nav a[rel=prev]").attr("href")).isEqualTo("/2026/01/first/");
        assertThat(middle.select(".post-nav a[rel=next]").attr("href")).isEqualTo("/2026/01/third/");
        assertThat(site.page("/2026/01/first/").select(".post-nav a[rel=prev]")).isEmpty();
        assertThat(site.page("/2026/01/third/").select(".post-nav a[rel=next]")).isEmpty();
    }

    @Test
    void archiveGroupsPostsByYearNewestFirst() {
        TestSite site = TestSite.in(dir)
                .post("2024-05-01-old.md", "title: Old", "o")
                .post("2026-02-01-new.md", "title: New", "n")
                .post("2025-03-01-mid.md", "title: Mid", "m");
        site.build().assertClean();
        Document archive = site.page("/archive/");
        assertThat(archive.select("main h2").eachText()).containsExactly("2026", "2025", "2024");
        assertThat(archive.select("main li a").eachAttr("href")).containsExactly("/2026/02/new/", "/2025/03/mid/", "/2024/05/old/");
    }

    @Test
    void draftsLeaveNoTagPageAndNoBundleFiles() {
        TestSite site = TestSite.in(dir)
                .post("2026-01-05-public.md", "title: Public\ntags: [shared]", "Seen.")
                .file("content/posts/2026-01-06-secret/index.md", TestSite.withFrontMatter("title: Secret\ndraft: true\ntags: [shared, secret-tag]", "Hidden."))
                .file("content/posts/2026-01-06-secret/plan.pdf", "%PDF-1.4")
                .post("2999-01-01-future.md", "title: Future\ntags: [future-tag]", "Later.");
        site.build().assertClean();
        assertThat(site.exists("/tags/secret-tag/")).isFalse();
        assertThat(site.exists("/tags/future-tag/")).isFalse();
        assertThat(site.exists("/tags/shared/")).isTrue();
        assertThat(site.page("/tags/shared/").text()).contains("1 entry").doesNotContain("Secret");
        assertThat(site.page("/tags/").text()).doesNotContain("secret-tag").doesNotContain("future-tag");
        assertThat(site.outputFiles()).noneMatch(f -> f.contains("secret") || f.contains("plan.pdf"));
    }

    @Test
    void notesAndTagPagesArePaginated() {
        TestSite site = TestSite.in(dir).config(TestSite.MINIMAL_CONFIG + "paginate: 2\n");
        for (int day = 1; day <= 5; day++) {
            site.note("2026-01-0" + day + "-0900.md", "tags: [daily]", "Note " + day + ".");
        }
        site.build().assertClean();
        assertThat(site.exists("/notes/page/3/")).isTrue();
        assertThat(site.exists("/notes/page/4/")).isFalse();
        assertThat(site.page("/notes/").select(".note-content").eachText()).containsExactly("Note 5.", "Note 4.");
        assertThat(site.page("/notes/page/3/").select(".note-content").eachText()).containsExactly("Note 1.");
        assertThat(site.page("/notes/page/2/").select(".pager a[rel=prev]").attr("href")).isEqualTo("/notes/");
        assertThat(site.page("/notes/page/2/").select(".pager a[rel=next]").attr("href")).isEqualTo("/notes/page/3/");
        assertThat(site.exists("/tags/daily/page/3/")).isTrue();
        assertThat(site.page("/notes/page/1/").select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/notes/");
        assertThat(site.page("/tags/daily/page/1/").select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/tags/daily/");
    }

    @Test
    void paginatedPageTitlesNameThePageOnce() {
        TestSite site = TestSite.in(dir).config(TestSite.MINIMAL_CONFIG + "paginate: 1\n")
                .post("2026-01-05-a.md", "title: A\ntags: [t]", "a")
                .post("2026-01-06-b.md", "title: B\ntags: [t]", "b")
                .note("2026-01-07-0900.md", null, "n")
                .note("2026-01-08-0900.md", null, "m");
        site.build().assertClean();
        for (String url : java.util.List.of("/page/2/", "/notes/page/2/", "/tags/t/page/2/")) {
            String title = site.page(url).title();
            assertThat(title.toLowerCase(java.util.Locale.ROOT).split("page 2", -1)).as("'page 2' once in <title> of %s: %s", url, title).hasSize(2);
            assertThat(Character.isUpperCase(title.codePointAt(0))).as("<title> of %s starts with a capital: %s", url, title).isTrue();
        }
    }

    @Test
    void aliasesRedirectToTheEntry() {
        TestSite site = TestSite.in(dir).post("2026-01-05-new.md", "title: New\naliases: [/old-address/, /2019/05/older/]", "Moved.");
        site.build().assertClean();
        for (String alias : java.util.List.of("/old-address/", "/2019/05/older/")) {
            Document redirect = site.page(alias);
            assertThat(redirect.select("meta[http-equiv=refresh]").attr("content")).endsWith("/2026/01/new/");
            assertThat(redirect.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/2026/01/new/");
        }
    }

    @Test
    void noteWithoutTextIsTitledByItsDate() {
        TestSite site = TestSite.in(dir).file("static/sun.png", "x")
                .note("2026-01-05-0900.md", null, "<img src=\"/sun.png\" alt=\"Sunrise over the ward\">");
        site.build();
        assertThat(site.page("/notes/2026/01/05/0900/").title()).isEqualTo("Note of 5 January 2026 – Test Clinic");
    }

    @Test
    void longNoteTitleIsCutAtAWord() {
        String text = "Reminder for everyone on insulin: check your sick-day supplies before the winter holidays, including ketone strips.";
        TestSite site = TestSite.in(dir).note("2026-01-05-0900.md", null, text);
        site.build().assertClean();
        String title = site.page("/notes/2026/01/05/0900/").title();
        String ownTitle = title.substring(0, title.lastIndexOf(" – Test Clinic"));
        assertThat(ownTitle).endsWith("…").hasSizeLessThanOrEqualTo(61);
        String cut = ownTitle.substring(0, ownTitle.length() - 1);
        assertThat(text).startsWith(cut);
        assertThat(text.charAt(cut.length())).as("cut at a word boundary").isIn(' ', ',', ':', '.');
        assertThat(site.page("/notes/").select(".note-content").text()).isEqualTo(text);
    }

    @Test
    void pagePermalinkMayEndInHtml() {
        TestSite site = TestSite.in(dir)
                .config(TestSite.MINIMAL_CONFIG + "permalinks:\n  pages: /:slug.html\nmenu:\n  - title: About\n    url: /about.html\n")
                .page("about.md", "title: About", "Me.");
        site.build().assertClean();
        assertThat(site.output().resolve("about.html")).isRegularFile();
        assertThat(site.page("/about.html").select("h1").text()).isEqualTo("About");
    }

    @Test
    void editorLeftoversAndHiddenFilesAreIgnored() {
        TestSite site = TestSite.in(dir)
                .post("2026-01-05-real.md", "title: Real", "Real.")
                .file("content/posts/2026-01-05-real.md~", "backup")
                .file("content/posts/.#2026-01-05-real.md", "lock")
                .file("content/posts/.2026-01-05-real.md.swp", "swap")
                .file("content/posts/#2026-01-05-real.md#", "autosave")
                .file("content/posts/.hidden.md", "---\ntitle: Hidden\n---\n")
                .file("content/.DS_Store", "mac")
                .file("static/.DS_Store", "mac");
        site.build().assertClean();
        assertThat(site.outputFiles()).noneMatch(f -> f.contains("DS_Store") || f.contains("hidden") || f.endsWith("~"));
    }

    @Test
    void buildsAreReproducibleAndIndependentOfWhereTheSiteIs() {
        TestSite one = TestSite.in(dir.resolve("one"));
        TestSite two = TestSite.in(dir.resolve("somewhere/else/two"));
        for (TestSite site : java.util.List.of(one, two)) {
            site.post("2026-01-05-a.md", "title: A\ntags: [x, y]", "Text.[^1]\n\n[^1]: Note.")
                    .file("content/posts/2026-01-06-b/index.md", TestSite.withFrontMatter("title: B", "![pic](p.png)"))
                    .file("content/posts/2026-01-06-b/p.png", "png")
                    .note("2026-01-07-0900.md", null, "Note.")
                    .page("about.md", "title: About", "About.");
        }
        MemoryBuild first = one.buildInMemory();
        MemoryBuild again = one.buildInMemory();
        MemoryBuild elsewhere = two.buildInMemory();
        assertThat(first.result().published()).isTrue();
        assertThat(first.sink().files().keySet()).isEqualTo(elsewhere.sink().files().keySet());
        for (String path : first.sink().files().keySet()) {
            assertThat(again.sink().get(path)).as("same bytes in a second build: %s", path).isEqualTo(first.sink().get(path));
            assertThat(elsewhere.sink().get(path)).as("same bytes when built elsewhere: %s", path).isEqualTo(first.sink().get(path));
        }
    }

    @Test
    void frontMatterDateWinsOverTheFileNamePrefix() {
        TestSite site = TestSite.in(dir).post("2026-01-05-moved.md", "title: Moved\ndate: 2026-03-01T10:00", "Re-dated.");
        site.build().assertClean();
        assertThat(site.exists("/2026/03/moved/")).isTrue();
        assertThat(site.exists("/2026/01/moved/")).isFalse();
    }

    @Test
    void noteSlugFromFrontMatter() {
        TestSite site = TestSite.in(dir).note("2026-01-05-0900.md", "slug: Flu jabs", "Flu clinic today.");
        site.build().assertClean();
        assertThat(site.exists("/notes/2026/01/05/flu-jabs/")).isTrue();
    }

    @Test
    void bundleFilesFollowTheEntrysSlug() {
        TestSite site = TestSite.in(dir)
                .file("content/posts/2026-01-05-folder/index.md", TestSite.withFrontMatter("title: Renamed\nslug: new-name", "![p](p.svg)"))
                .file("content/posts/2026-01-05-folder/p.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        site.build().assertClean();
        assertThat(site.exists("/2026/01/new-name/p.svg")).isTrue();
        assertThat(site.exists("/2026/01/folder/p.svg")).isFalse();
        assertThat(dev.rounds.testing.LinkChecker.brokenLinks(site.output(), "/")).isEmpty();
    }

    @Test
    void homeListsPostsNewestFirstAndTheLatestNotes() {
        TestSite site = TestSite.in(dir)
                .post("2026-01-01-a.md", "title: A", "a")
                .post("2026-03-01-c.md", "title: C", "c")
                .post("2026-02-01-b.md", "title: B", "b")
                .note("2026-02-15-1200.md", null, "Newest note.");
        site.build().assertClean();
        Document home = site.page("/");
        assertThat(home.select("article.summary h2").eachText()).containsExactly("C", "B", "A");
        assertThat(home.select(".latest-notes").text()).contains("Newest note.");
    }
}

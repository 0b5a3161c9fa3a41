package dev.rounds.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authors, declarations, consent, reviews, references, the disclaimer and their structured data, end to end. */
class TransparencyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private TransparencySite site() {
        return new TransparencySite(dir).config(TransparencySite.CONFIG);
    }

    private static JsonNode jsonLd(Document page) throws Exception {
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertThat(script).as("the page has JSON-LD").isNotNull();
        return JSON.readTree(script.data());
    }

    // ---- authors and bylines

    @Test
    void bylineShowsNameProfessionAndRegistrationLinkedToTheRegister() {
        TransparencySite site = site().post("2026-03-01-feet.md", "title: Feet", "Look at your feet.").buildClean();
        Element byline = site.page("/2026/03/feet/").selectFirst(".byline .authors");
        assertThat(byline.text()).isEqualTo("By Dr Amara Okafor, Consultant diabetologist (GMC 7012345 on the public register)");
        assertThat(byline.select("a.p-name").attr("href")).isEqualTo("/authors/amara/");
        assertThat(byline.select("a.registration").attr("href")).isEqualTo("https://www.gmc-uk.org/registrants/7012345");
        assertThat(byline.select("abbr").attr("title")).isEqualTo("General Medical Council");
    }

    @Test
    void registrationNumbersAreNormalisedAndLinkedPerRegulator() {
        TransparencySite site = new TransparencySite(dir).config("""
                title: T
                baseURL: https://example.org/
                authors:
                  a: {name: A, regulator: gmc, registration: L123456}
                  b: {name: B, regulator: NMC, registration: " 12a3456e "}
                  c: {name: C, regulator: HCPC, registration: ph123456}
                  d: {name: D, regulator: GPhC, registration: 2012345}
                  e: {name: E, regulator: Social Work England, registration: SW-1}
                  f: {name: F, regulator: GDC, registration: 123456}
                """);
        site.post("2026-03-01-x.md", "title: X\nauthors: [a, b, c, d, e, f]", "Text.").buildClean();
        Document page = site.page("/2026/03/x/");
        assertThat(page.select(".byline .registration").eachText()).containsExactly(
                "GMC L123456 on the public register", "NMC 12A3456E on the public register",
                "HCPC PH123456 on the public register", "GPhC 2012345 on the public register", "Social Work England SW-1",
                "GDC 123456 on the public register");
        assertThat(page.select(".byline a.registration").eachAttr("href")).containsExactly(
                "https://www.gmc-uk.org/registrants/L123456", "https://www.nmc.org.uk/registration/search-the-register/",
                "https://www.hcpc-uk.org/check-the-register/", "https://www.pharmacyregulation.org/registers/pharmacist",
                "https://olr.gdc-uk.org/SearchRegister");
    }

    @Test
    void invalidRegistrationNumbersAreErrorsAtTheirValue() {
        TransparencySite site = new TransparencySite(dir).config("""
                title: T
                baseURL: https://example.org/
                authors:
                  a:
                    name: A
                    regulator: GMC
                    registration: 123456
                  b:
                    name: B
                    regulator: NMC
                    registration: "123A456E"
                  c:
                    name: C
                    regulator: HCPC
                    registration: P1234
                  d:
                    name: D
                    regulator: GPhC
                    registration: 1012345
                  e:
                    name: E
                    registration: 7012345
                """);
        TransparencySite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errors()).hasSize(5);
        assertThat(run.errors().get(0)).endsWith("site.yaml:7:19: error: '123456' is not a valid GMC registration number: "
                + "GMC numbers are 7 digits (e.g. 1234567), or L and 6 digits");
        assertThat(run.errors().get(1)).contains("site.yaml:11:19: error: '123A456E' is not a valid NMC registration number");
        assertThat(run.errors().get(2)).contains("site.yaml:15:19: error: 'P1234' is not a valid HCPC registration number");
        assertThat(run.errors().get(3)).contains("site.yaml:19:19: error: '1012345' is not a valid GPhC registration number: "
                + "GPhC numbers are 7 digits starting with 2");
        assertThat(run.errors().get(4)).contains("site.yaml:22:19: error: 'registration' needs 'regulator'");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void authorFieldsAreChecked() {
        TransparencySite site = new TransparencySite(dir).config("""
                title: T
                baseURL: https://example.org/
                authors:
                  a:
                    name: A
                    regulator: GMX
                    registration: 1
                    photo: /a.jpg
                    links: [not-a-link]
                    profesion: Nurse
                """);
        TransparencySite.Run run = site.build();
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).contains("site.yaml:8:12: error: 'photo' needs 'photo_alt'"))
                .anySatisfy(e -> assertThat(e).contains("site.yaml:9:13: error: each of 'links' must be a full web address"));
        assertThat(run.warnings()).anySatisfy(w -> assertThat(w).contains("site.yaml:6:16: warning: unknown regulator 'GMX' (did you mean GMC?)"))
                .anySatisfy(w -> assertThat(w).contains("site.yaml:10:5: warning: unknown author field 'profesion' (did you mean 'profession'?)"));
    }

    @Test
    void authorPageIsAProfilePageWithCredentialAndIdentifier() throws Exception {
        TransparencySite site = site()
                .post("2026-03-01-feet.md", "title: Feet", "Feet.")
                .post("2026-04-01-eyes.md", "title: Eyes\nreviewed: 2026-04-02\nreviewed_by: sam", "Eyes.")
                .write("static/images/amara.jpg", "jpeg")
                .buildClean();
        Document amara = site.page("/authors/amara/");
        assertThat(amara.select("h1")).hasSize(1);
        assertThat(amara.select("h1").text()).isEqualTo("Dr Amara Okafor");
        assertThat(amara.select("img.u-photo").attr("alt")).isEqualTo("Dr Okafor smiling in clinic");
        assertThat(amara.select(".registration-note").text()).isEqualTo(
                "Registered with the General Medical Council (GMC), registration number 7012345. Check the GMC register.");
        assertThat(amara.select("a[rel=me]").eachAttr("href")).containsExactly("https://mastodon.example/@amara");
        assertThat(amara.select(".entry-list a").eachText()).containsExactly("Eyes", "Feet");
        JsonNode profile = jsonLd(amara);
        assertThat(profile.path("@type").asText()).isEqualTo("ProfilePage");
        JsonNode person = profile.path("mainEntity");
        assertThat(person.path("@type").asText()).isEqualTo("Person");
        assertThat(person.path("name").asText()).isEqualTo("Dr Amara Okafor");
        assertThat(person.path("jobTitle").asText()).isEqualTo("Consultant diabetologist");
        assertThat(person.path("identifier").path("propertyID").asText()).isEqualTo("GMC");
        assertThat(person.path("identifier").path("value").asText()).isEqualTo("7012345");
        assertThat(person.path("hasCredential").path("recognizedBy").path("name").asText()).isEqualTo("General Medical Council");
        assertThat(person.path("hasCredential").path("url").asText()).isEqualTo("https://www.gmc-uk.org/registrants/7012345");
        assertThat(person.path("sameAs").get(0).asText()).isEqualTo("https://mastodon.example/@amara");

        Document sam = site.page("/authors/sam/");
        assertThat(sam.select(".reviewed-list a").eachText()).containsExactly("Eyes");
        assertThat(jsonLd(sam).path("mainEntity").path("identifier").path("value").asText()).isEqualTo("12A3456E");
    }

    // ---- capacity, interests, sponsorship

    @Test
    void capacityInterestsAndSponsorshipAreVisible() {
        TransparencySite site = site()
                .post("2026-03-01-mine.md", "title: Mine\ncapacity: personal\ninterests: none", "Text.")
                .post("2026-03-02-paid.md", """
                        title: Paid
                        capacity: professional
                        sponsored: true
                        interests:
                          - {type: financial, party: Example Ltd, description: Example Ltd paid for this post.}
                          - I chair a patient charity.
                        """, "Text.")
                .buildClean();
        Document mine = site.page("/2026/03/mine/");
        assertThat(mine.select(".byline .capacity").text()).contains("views are my own");
        assertThat(mine.select(".declarations").text()).contains("No competing interests.");
        assertThat(mine.select(".label")).isEmpty();
        Document paid = site.page("/2026/03/paid/");
        assertThat(paid.select(".byline .sponsored .label").text()).isEqualTo("Sponsored");
        assertThat(paid.select(".byline .capacity")).isEmpty();
        assertThat(paid.select(".declarations li").eachText()).containsExactly(
                "Financial, Example Ltd: Example Ltd paid for this post.", "I chair a patient charity.");
        assertThat(site.page("/").select(".summary:has(a[href=/2026/03/paid/]) .label").text()).isEqualTo("Sponsored");
    }

    @Test
    void sponsoredWithoutADeclaredSponsorAndBadCapacityAreErrors() {
        TransparencySite.Run run = site()
                .post("2026-03-02-paid.md", "title: Paid\nsponsored: true\ninterests: none\ncapacity: private", "Text.")
                .build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).contains("2026-03-02-paid.md:3:12: error: a sponsored entry must name its sponsor"))
                .anySatisfy(e -> assertThat(e).contains("2026-03-02-paid.md:5:11: error: 'capacity' must be personal or professional"));
    }

    @Test
    void feedsSaySponsoredAndSharedWithConsent() throws Exception {
        TransparencySite site = site()
                .post("2026-03-02-paid.md", "title: Paid\nsponsored: true\ninterests: [{party: Example Ltd, description: Paid for it.}]", "Text.")
                .post("2026-03-03-story.md", "title: Story\npatient_story: true\n"
                        + "consent: {status: patient-is-author, obtained: 2026-01-10, scope: [site, feeds]}", "Story.")
                .buildClean();
        JsonNode feed = JSON.readTree(java.nio.file.Files.readString(dir.resolve("public/feed.json")));
        String story = feed.path("items").get(0).path("content_html").asText();
        String paid = feed.path("items").get(1).path("content_html").asText();
        assertThat(paid).startsWith("<p><strong>Sponsored.</strong>").contains("href=\"https://example.org/2026/03/paid/\"");
        assertThat(story).endsWith("<p>Shared with the patient’s consent: the patient wrote this story.</p>");
    }

    // ---- patient stories and consent

    @Test
    void patientStoryWithConsentSaysSo() {
        TransparencySite site = site().post("2026-03-01-story.md", """
                title: A story
                patient_story: true
                consent: {status: explicit-written, obtained: 2026-01-10, scope: [site]}
                """, "What happened.").buildClean();
        assertThat(site.page("/2026/03/story/").select(".declarations .consent").text())
                .isEqualTo("Shared with the patient’s consent, given in writing.");
    }

    @Test
    void patientStoryWithoutConsentIsAnErrorAtItsLine() {
        TransparencySite.Run run = site().post("2026-03-01-story.md", "title: A story\npatient_story: true", "What happened.").build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errors()).singleElement().asString()
                .contains("2026-03-01-story.md:3:16: error: patient-story-consent: a patient story needs a consent record");
        assertThat(dir.resolve("public")).doesNotExist();
    }

    @Test
    void incompleteConsentRecordsAreErrors() {
        TransparencySite.Run run = site()
                .post("2026-03-01-a.md", "title: A\npatient_story: true\nconsent: {status: explicit-written, scope: [site]}", "A.")
                .post("2026-03-02-b.md", "title: B\npatient_story: true\nconsent:\n  status: verbal\n  obtained: 2026-01-10\n  scope: site", "B.")
                .post("2026-03-03-c.md", "title: C\npatient_story: true\nconsent:\n  status: fully-anonymised\n  obtained: 2026-13-10", "C.")
                .post("2026-03-04-d.md", "title: D\npatient_story: true\nconsent: yes", "D.")
                .build();
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).contains("2026-03-01-a.md:4:10: error: patient-story-consent: the consent record needs 'obtained'"))
                .anySatisfy(e -> assertThat(e).contains("2026-03-02-b.md:5:11: error: patient-story-consent: 'status' must be explicit-written,"))
                .anySatisfy(e -> assertThat(e).contains("2026-03-03-c.md:6:13: error: patient-story-consent: 'obtained' is not a valid date"))
                .anySatisfy(e -> assertThat(e).contains("2026-03-03-c.md:5:3: error: patient-story-consent: the consent record needs 'scope'"))
                .anySatisfy(e -> assertThat(e).contains("2026-03-04-d.md:4:10: error: patient-story-consent: 'consent' must be a record"));
    }

    // ---- reviews

    @Test
    void reviewBoxIsAtTheBottomWithDatesFromTheIntervalAndTheReviewer() throws Exception {
        TransparencySite site = site().post("2026-03-01-feet.md", """
                title: Feet
                reviewed: 2026-03-15
                reviewed_by: sam
                interests: none
                references: ["10.1136/bmj.n71"]
                """, "Feet.").buildClean();
        Document page = site.page("/2026/03/feet/");
        Element review = page.selectFirst("article > .review");
        assertThat(review.text()).startsWith("Page last reviewed: 15 March 2026 · Next review due: 15 March 2029")
                .contains("Reviewed by Sam Patel, Diabetes specialist nurse (NMC 12A3456E on the public register)");
        assertThat(review.select("time").eachAttr("datetime")).containsExactly("2026-03-15T00:00:00Z", "2029-03-15T00:00:00Z");
        assertThat(review.select("a").first().attr("href")).isEqualTo("/authors/sam/");
        assertThat(page.selectFirst("article").children().last()).as("the review box comes last").isEqualTo(review);
        assertThat(page.select("article > *").eachAttr("class")).containsSubsequence("references", "declarations", "review");
        assertThat(review.select(".overdue")).isEmpty();
    }

    @Test
    void reviewedByAPersonNamedInTheFrontMatter() {
        TransparencySite site = site().page("leaflet.md", """
                title: Leaflet
                reviewed: 2026-01-10
                reviewed_by: {name: Jo Bloggs, profession: Podiatrist}
                next_review: 2027-01-10
                """, "Text.").buildClean();
        assertThat(site.page("/leaflet/").select(".review").text())
                .isEqualTo("Page last reviewed: 10 January 2026 · Next review due: 10 January 2027 Reviewed by Jo Bloggs, Podiatrist");
    }

    @Test
    void overdueReviewIsAWarningAndAVisibleNotice() {
        TransparencySite site = site().post("2020-03-01-old.md", "title: Old\nreviewed: 2020-03-01\nnext_review: 2021-03-01", "Old.");
        TransparencySite.Run run = site.build();
        assertThat(run.exitCode()).isZero();
        assertThat(run.warnings()).singleElement().asString()
                .contains("2020-03-01-old.md:4:14: warning: review overdue: the next review was due on 2021-03-01");
        assertThat(site.page("/2020/03/old/").select(".review .overdue").text()).startsWith("This page is overdue for review.");
    }

    @Test
    void overdueNoticeCanBeTurnedOffAndTheIntervalWarningPointsAtReviewed() {
        TransparencySite site = new TransparencySite(dir)
                .config(TransparencySite.CONFIG.replace("review: {interval: 3y}", "review: {interval: 18m, show_overdue: false}"))
                .post("2020-03-01-old.md", "title: Old\nreviewed: 2020-03-01", "Old.");
        TransparencySite.Run run = site.build();
        assertThat(run.warnings()).singleElement().asString()
                .contains("2020-03-01-old.md:3:11: warning: review overdue: the next review was due on 2021-09-01");
        assertThat(site.page("/2020/03/old/").select(".review").text())
                .isEqualTo("Page last reviewed: 1 March 2020 · Next review due: 1 September 2021");
    }

    @Test
    void reviewFieldsAreChecked() {
        TransparencySite.Run run = site()
                .post("2026-03-01-a.md", "title: A\nreviewed: 2026-03-01\nnext_review: 2025-01-01", "A.")
                .post("2026-03-02-b.md", "title: B\nreviewed_by: nobody", "B.")
                .post("2026-03-03-c.md", "title: C\nreviewed: 2026-03-01\nreviewed_by: {name: Jo}", "C.")
                .build();
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).contains("2026-03-01-a.md:4:14: error: 'next_review' (2025-01-01) is before 'reviewed' (2026-03-01)"))
                .anySatisfy(e -> assertThat(e).contains("2026-03-02-b.md:3:14: error: 'reviewed_by' must be a key of 'authors' in site.yaml (amara, sam)"))
                .anySatisfy(e -> assertThat(e).contains("2026-03-03-c.md:4:14: error: 'reviewed_by' needs both 'name' and 'profession'"));
    }

    // ---- references

    @Test
    void referencesAreANumberedVancouverListWithDoiAndPubMedLinks() {
        TransparencySite site = site().post("2026-03-01-refs.md", """
                title: Refs
                references:
                  - {doi: "10.1136/bmj.n71", title: "The PRISMA 2020 statement: an updated guideline for reporting systematic reviews", authors: "Page MJ, McKenzie JE, Bossuyt PM, et al.", journal: BMJ, year: 2021, volume: 372, pages: n71}
                  - {pmid: "33782057"}
                  - {url: "https://www.nice.org.uk/guidance/ng28", title: "Type 2 diabetes in adults", publisher: NICE, year: 2022, accessed: 2026-03-01}
                  - "https://doi.org/10.1016/S0140-6736(98)07019-6"
                """, "Text with a footnote.[^1]\n\n[^1]: A note.").buildClean();
        Document page = site.page("/2026/03/refs/");
        List<String> items = page.select(".references ol > li").eachText();
        assertThat(items).containsExactly(
                "Page MJ, McKenzie JE, Bossuyt PM, et al. The PRISMA 2020 statement: an updated guideline for reporting systematic reviews. BMJ. 2021;372:n71. doi:10.1136/bmj.n71",
                "PMID: 33782057",
                "Type 2 diabetes in adults [Internet]. NICE; 2022 [cited 2026 Mar 1]. Available from: https://www.nice.org.uk/guidance/ng28",
                "doi:10.1016/S0140-6736(98)07019-6");
        assertThat(page.select(".references a").eachAttr("href")).containsExactly("https://doi.org/10.1136/bmj.n71",
                "https://pubmed.ncbi.nlm.nih.gov/33782057/", "https://www.nice.org.uk/guidance/ng28",
                "https://doi.org/10.1016/S0140-6736(98)07019-6");
        assertThat(page.select(".references h2").text()).isEqualTo("References");
        assertThat(page.select(".entry-content .footnotes li, .entry-content ol li")).as("footnotes keep working").isNotEmpty();
    }

    @Test
    void badReferencesAreErrorsAtTheirValues() {
        TransparencySite.Run run = site().post("2026-03-01-refs.md", """
                title: Refs
                references:
                  - {title: "No link"}
                  - {doi: "11.1/x"}
                  - {pmid: "12ab"}
                  - {url: "https://example.org/guide"}
                  - just text
                """, "Text.").build();
        assertThat(run.errors()).hasSize(5)
                .anySatisfy(e -> assertThat(e).contains("2026-03-01-refs.md:4:5: error: a reference needs a 'doi', a 'pmid' or a 'url'"))
                .anySatisfy(e -> assertThat(e).contains("2026-03-01-refs.md:5:11: error: '11.1/x' is not a DOI"))
                .anySatisfy(e -> assertThat(e).contains("2026-03-01-refs.md:6:12: error: '12ab' is not a PubMed id"))
                .anySatisfy(e -> assertThat(e).contains("2026-03-01-refs.md:7:5: error: a reference with only a 'url' needs a 'title'"))
                .anySatisfy(e -> assertThat(e).contains("2026-03-01-refs.md:8:5: error: a reference must be"));
    }

    @Test
    void bareDoisAndPubMedIdsInTheTextBecomeLinks() {
        TransparencySite site = site().post("2026-03-01-t.md", "title: T", """
                See 10.1136/bmj.n71. Also (PMID: 33782057) and doi:10.1016/S0140-6736(98)07019-6, please.

                Not in code: `10.1136/bmj.n71` and not in [a link 10.1000/xyz](https://example.org/).
                """).buildClean();
        Document page = site.page("/2026/03/t/");
        assertThat(page.select(".entry-content a").eachAttr("href")).containsExactly("https://doi.org/10.1136/bmj.n71",
                "https://pubmed.ncbi.nlm.nih.gov/33782057/", "https://doi.org/10.1016/S0140-6736(98)07019-6", "https://example.org/");
        assertThat(page.select(".entry-content a").eachText()).containsExactly("10.1136/bmj.n71", "PMID: 33782057",
                "10.1016/S0140-6736(98)07019-6", "a link 10.1000/xyz");
        assertThat(page.select(".entry-content p").first().text())
                .isEqualTo("See 10.1136/bmj.n71. Also (PMID: 33782057) and doi:10.1016/S0140-6736(98)07019-6, please.");
    }

    // ---- structured data

    @Test
    void postJsonLdIsABlogPostingOnAMedicalWebPageThatMatchesTheVisiblePage() throws Exception {
        TransparencySite site = site().post("2026-03-01-feet.md", """
                title: Feet
                reviewed: 2026-03-15
                reviewed_by: sam
                references:
                  - {doi: "10.1136/bmj.n71", title: "PRISMA 2020", journal: BMJ, year: 2021}
                  - {url: "https://www.nice.org.uk/guidance/ng19", title: "Diabetic foot problems"}
                """, "Feet.").buildClean();
        Document page = site.page("/2026/03/feet/");
        JsonNode posting = jsonLd(page);
        assertThat(posting.path("@type").asText()).isEqualTo("BlogPosting");
        JsonNode medical = posting.path("mainEntityOfPage");
        assertThat(medical.path("@type").asText()).isEqualTo("MedicalWebPage");
        assertThat(medical.path("url").asText()).isEqualTo("https://example.org/2026/03/feet/");
        String visibleReviewed = page.select(".review time").first().attr("datetime");
        assertThat(medical.path("lastReviewed").asText()).isEqualTo("2026-03-15").isEqualTo(visibleReviewed.substring(0, 10));
        assertThat(medical.path("reviewedBy").path("name").asText()).isEqualTo("Sam Patel");
        assertThat(medical.path("reviewedBy").path("jobTitle").asText()).isEqualTo("Diabetes specialist nurse");
        assertThat(medical.path("reviewedBy").path("url").asText()).isEqualTo("https://example.org/authors/sam/");
        assertThat(medical.path("citation")).hasSize(page.select(".references li").size());
        assertThat(medical.path("citation").get(0).path("url").asText()).isEqualTo("https://doi.org/10.1136/bmj.n71");
        assertThat(medical.path("citation").get(1).path("name").asText()).isEqualTo("Diabetic foot problems");
        JsonNode author = posting.path("author").get(0);
        assertThat(author.path("name").asText()).isEqualTo("Dr Amara Okafor");
        assertThat(author.path("identifier").path("value").asText()).isEqualTo("7012345");
    }

    @Test
    void jsonLdClaimsNoReviewOrCitationThatThePageDoesNotShow() throws Exception {
        TransparencySite site = site().post("2026-03-01-plain.md", "title: Plain", "Plain.").buildClean();
        Document page = site.page("/2026/03/plain/");
        JsonNode medical = jsonLd(page).path("mainEntityOfPage");
        assertThat(medical.path("@type").asText()).isEqualTo("MedicalWebPage");
        assertThat(medical.has("lastReviewed")).isFalse();
        assertThat(medical.has("reviewedBy")).isFalse();
        assertThat(medical.has("citation")).isFalse();
        assertThat(page.select(".review, .references, .declarations")).isEmpty();
    }

    // ---- disclaimer and feedback

    @Test
    void disclaimerPageIsGeneratedAndTheFooterLinksToIt() {
        TransparencySite site = new TransparencySite(dir).config("""
                title: T
                baseURL: https://example.org/
                emergency: "112"
                feedback: mailto:web@example.org
                """).post("2026-03-01-a.md", "title: A", "A.").buildClean();
        Document disclaimer = site.page("/disclaimer/");
        assertThat(disclaimer.select("h1").text()).isEqualTo("Disclaimer");
        assertThat(disclaimer.select("main").text()).contains("not individual medical advice").contains("call 112")
                .doesNotContain("NHS 111");
        Document post = site.page("/2026/03/a/");
        assertThat(post.select("footer .disclaimer a").attr("href")).isEqualTo("/disclaimer/");
        assertThat(post.select("footer .disclaimer").text()).contains("In an emergency, call 112.");
        assertThat(post.select("footer .feedback a").text()).isEqualTo("Report a problem with this page");
        assertThat(post.select("footer .feedback a").attr("href"))
                .isEqualTo("mailto:web@example.org?subject=Problem%20with%20https%3A%2F%2Fexample.org%2F2026%2F03%2Fa%2F");
        assertThat(site.page("/").select("footer .feedback a").attr("href")).endsWith("example.org%2F");
    }

    @Test
    void theSitesOwnDisclaimerPageWinsAndTheDefaultsNameNhs111() {
        TransparencySite site = new TransparencySite(dir).config("""
                title: T
                baseURL: https://example.org/
                disclaimer: Not advice for you.
                feedback: /contact/
                """).page("disclaimer.md", "title: Our disclaimer", "Our own words.").buildClean();
        assertThat(site.page("/disclaimer/").select("h1").text()).isEqualTo("Our disclaimer");
        Document home = site.page("/");
        assertThat(home.select("footer .disclaimer").text())
                .isEqualTo("Not advice for you. Read the full disclaimer. In an emergency, call 999. "
                        + "For urgent advice that is not an emergency, contact NHS 111.");
        assertThat(home.select("footer .feedback a").attr("href")).isEqualTo("/contact/");
    }

    @Test
    void aDisclaimerPageElsewhereIsTheOneTheFooterLinksTo() {
        TransparencySite site = new TransparencySite(dir).config("""
                title: T
                baseURL: https://example.org/
                permalinks: {pages: "/info/:slug/"}
                """).page("disclaimer.md", "title: Our disclaimer", "Our own words.").buildClean();
        assertThat(site.exists("/disclaimer/")).isFalse();
        assertThat(site.page("/").select("footer .disclaimer a").attr("href")).isEqualTo("/info/disclaimer/");
    }

    @Test
    void healthSettingsAreChecked() {
        TransparencySite.Run run = new TransparencySite(dir).config("""
                title: T
                baseURL: https://example.org/
                feedback: web@example.org
                review: {interval: 3 years}
                readability: {audience: kids}
                """).build();
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).contains("site.yaml:3:11: error: 'feedback' must be a mailto: address"))
                .anySatisfy(e -> assertThat(e).contains("site.yaml:4:20: error: 'interval' must be a time such as 3y"))
                .anySatisfy(e -> assertThat(e).contains("site.yaml:5:25: error: 'audience' must be public or professional"));
    }
}

package dev.rounds.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Items written once and copied into many feeds give each feed the bytes of writing it in one piece. */
class SharedItemsTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final FeedItem POST = new FeedItem("https://example.org/2026/02/second/", "https://example.org/2026/02/second/",
            "Second post", "Second post", "<p>A ward at night &amp; a <a href=\"https://example.org/\">link</a>.</p>\n"
            + "<pre><code>line one\nline two\r\n]]&gt; end</code></pre>\n", "What the night shift sees.",
            ZonedDateTime.of(2026, 2, 20, 9, 30, 0, 0, LONDON), ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0, LONDON),
            List.of("Sam Nurse", "Dr Lee O’Brien"), List.of("COPD", "night shifts"), "https://example.org/2026/02/second/photo.png");
    private static final FeedItem NOTE = new FeedItem("https://example.org/notes/2026/03/05/1200/",
            "https://example.org/notes/2026/03/05/1200/", null, "Another note about spacers…",
            "<p>Another note about spacers 🙂, inhalers and “quotes”.</p>\n", null,
            ZonedDateTime.of(2026, 3, 5, 12, 0, 0, 0, LONDON), null, List.of(), List.of(), null);
    private static final FeedItem CONTROL = new FeedItem("https://example.org/2026/01/first/", "https://example.org/2026/01/first/",
            "First\u000Bpost\u0001", "First\u000Bpost\u0001", "<p>Text\u0007 with a bell\uFFFE.</p>", "A summary\u000C with a form feed",
            ZonedDateTime.of(2026, 1, 10, 8, 0, 0, 0, ZoneId.of("America/New_York")),
            ZonedDateTime.of(2025, 12, 1, 8, 0, 0, 0, LONDON), List.of("Ann\u0002 Author"), List.of("tag\u0003one"), null);
    private static final FeedItem BLANK_SUMMARY = new FeedItem("https://example.org/2025/12/third/", "https://example.org/2025/12/third/",
            "Third & <last>", "Third & <last>", "", "   ", ZonedDateTime.of(2025, 12, 24, 23, 59, 59, 0, LONDON), null,
            List.of("Sam Nurse"), List.of("asthma"), null);

    private static FeedChannel channel(String title, List<WrittenItem> items) {
        return new FeedChannel(title, "A test site & its \"feeds\".", "en-gb", "https://example.org/", "Sam Nurse", items);
    }

    private static String write(FeedChannel channel, FeedFormat format) {
        return new String(FeedWriter.write(channel, format, selfUrl(format)), StandardCharsets.UTF_8);
    }

    private static String whole(FeedChannel channel, FeedFormat format) {
        return new String(WholeFeeds.write(channel, format, selfUrl(format)), StandardCharsets.UTF_8);
    }

    private static String selfUrl(FeedFormat format) {
        return "https://example.org/" + format.fileName();
    }

    private static List<WrittenItem> written(FeedItem... items) {
        return WrittenItem.all(List.of(items));
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void aFeedOfWrittenItemsIsTheFeedWrittenInOnePiece(FeedFormat format) {
        FeedChannel channel = channel("Ward Notes", written(NOTE, POST, CONTROL, BLANK_SUMMARY));
        assertThat(write(channel, format)).isEqualTo(whole(channel, format));
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void aFeedWithoutItemsIsTheChannelAlone(FeedFormat format) {
        FeedChannel channel = new FeedChannel("Ward Notes", "", "en-gb", "https://example.org/notes/", "Sam Nurse", List.of());
        assertThat(write(channel, format)).isEqualTo(whole(channel, format));
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void feedsSharingItemsEachEqualTheFeedWrittenOnItsOwn(FeedFormat format) {
        List<WrittenItem> shared = written(NOTE, POST, CONTROL, BLANK_SUMMARY);
        FeedChannel site = channel("Ward Notes", shared);
        FeedChannel tag = channel("Ward Notes – Tagged “COPD”", List.of(shared.get(1), shared.get(3)));
        FeedChannel tagOnItsOwn = channel("Ward Notes – Tagged “COPD”", written(POST, BLANK_SUMMARY));
        String tagFirst = write(tag, format);
        assertThat(write(site, format)).isEqualTo(whole(site, format));
        assertThat(tagFirst).isEqualTo(write(tag, format)).isEqualTo(write(tagOnItsOwn, format)).isEqualTo(whole(tag, format));
    }

    @ParameterizedTest
    @EnumSource(value = FeedFormat.class, names = {"RSS", "ATOM"})
    void theSiteFeedAndATagFeedCarryTheSameItemXml(FeedFormat format) {
        List<WrittenItem> shared = written(NOTE, POST);
        String site = write(channel("Ward Notes", shared), format);
        String tag = write(channel("Ward Notes – Tagged “COPD”", List.of(shared.get(1))), format);
        String element = format == FeedFormat.RSS ? "item" : "entry";
        String post = site.substring(site.lastIndexOf("<" + element + ">"), site.lastIndexOf("</" + element + ">"));
        assertThat(post).contains(POST.url());
        assertThat(tag).contains(post + "</" + element + ">");
    }

    @Test
    void feedsWrittenOnManyThreadsFromSharedItemsAreTheSame() throws Exception {
        List<WrittenItem> shared = written(NOTE, POST, CONTROL, BLANK_SUMMARY);
        List<FeedChannel> channels = List.of(channel("Site", shared), channel("Posts", shared.subList(1, 4)),
                channel("Tag", List.of(shared.get(0), shared.get(3))));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 50; round++) {
                for (FeedChannel channel : channels) {
                    for (FeedFormat format : FeedFormat.values()) {
                        String expected = whole(channel, format);
                        results.add(threads.submit(() -> write(channel, format).equals(expected)));
                    }
                }
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void charactersXmlCannotHoldBecomeSpacesAndOthersStay() {
        assertThat(Syndication.xml("a\u000Bb\u0001c\uFFFEd\uFFFF")).isEqualTo("a b c d ");
        assertThat(Syndication.xml("tab\tline\ncarriage\r 🙂 é")).isEqualTo("tab\tline\ncarriage\r 🙂 é");
        assertThat(Syndication.xml(null)).isNull();
        assertThat(write(channel("Ward Notes", written(CONTROL)), FeedFormat.ATOM))
                .contains("<title>First post </title>", "<name>Ann  Author</name>", "term=\"tag one\"")
                .doesNotContain("\u000B", "\u0001", "\u0002", "\u0003", "\u0007");
    }
}

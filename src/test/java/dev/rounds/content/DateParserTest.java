package dev.rounds.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static OffsetDateTime parse(String text, ZoneId zone) {
        return DateParser.parse(text, zone).map(ZonedDateTime::toOffsetDateTime).orElseThrow();
    }

    @Test
    void dayWithoutTimeIsMidnightInTheSiteZoneInSummer() {
        assertThat(parse("2026-06-30", LONDON)).isEqualTo(OffsetDateTime.parse("2026-06-30T00:00+01:00"));
    }

    @Test
    void dayWithoutTimeIsMidnightInTheSiteZoneInWinter() {
        assertThat(parse("2026-01-15", LONDON)).isEqualTo(OffsetDateTime.parse("2026-01-15T00:00Z"));
    }

    @Test
    void timeWithoutOffsetIsInTheSiteZone() {
        assertThat(parse("2026-06-30T14:30", LONDON)).isEqualTo(OffsetDateTime.parse("2026-06-30T14:30+01:00"));
        assertThat(parse("2026-06-30 14:30:15", LONDON)).isEqualTo(OffsetDateTime.parse("2026-06-30T14:30:15+01:00"));
        assertThat(parse("2026-06-30T14:30", ZoneId.of("Asia/Kolkata"))).isEqualTo(OffsetDateTime.parse("2026-06-30T14:30+05:30"));
    }

    @Test
    void offsetsAreConvertedIntoTheSiteZone() {
        ZonedDateTime date = DateParser.parse("2026-06-30T23:30:00Z", LONDON).orElseThrow();
        assertThat(date.getZone()).isEqualTo(LONDON);
        assertThat(date.toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-07-01T00:30+01:00"));
        assertThat(date.getDayOfMonth()).isEqualTo(1);
        assertThat(parse("2026-06-30T10:00:00-04:00", LONDON)).isEqualTo(OffsetDateTime.parse("2026-06-30T15:00+01:00"));
        assertThat(parse("2026-06-30T10:00+0200", LONDON)).isEqualTo(OffsetDateTime.parse("2026-06-30T09:00+01:00"));
        assertThat(parse("2026-06-30T10:00+02", LONDON)).isEqualTo(OffsetDateTime.parse("2026-06-30T09:00+01:00"));
        assertThat(parse("2026-01-10T10:00:00z", LONDON)).isEqualTo(OffsetDateTime.parse("2026-01-10T10:00Z"));
    }

    @Test
    void fractionsOfSecondsAreKept() {
        assertThat(parse("2026-01-10T10:00:00.5Z", LONDON).getNano()).isEqualTo(500_000_000);
    }

    @Test
    void surroundingSpaceIsIgnored() {
        assertThat(DateParser.parse("  2026-01-10  ", LONDON)).isPresent();
    }

    @Test
    void timeInTheSpringForwardGapMovesForward() {
        assertThat(parse("2026-03-29T01:30", LONDON)).isEqualTo(OffsetDateTime.parse("2026-03-29T02:30+01:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2026-02-30", "2026-13-01", "2026-1-5", "26-01-05", "2026/01/05",
            "2026-01-05T25:00", "2026-01-05T10:60", "2026-01-05T10", "2026-01-05T10:00+25:00", "05/01/2026",
            "2026-01-05 in the morning"})
    void invalidDatesAreEmpty(String text) {
        assertThat(DateParser.parse(text, LONDON)).isEmpty();
    }
}

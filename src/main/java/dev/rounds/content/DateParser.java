package dev.rounds.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates authors write: a day, or a day and a time, with or without an offset. */
public final class DateParser {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?");

    public static final String EXPECTED = "use YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS] with an optional offset such as +01:00";

    private DateParser() {
    }

    /** The moment {@code text} names; without an offset it is read in {@code zone}. Empty when not a valid date. */
    public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            LocalTime time = LocalTime.MIDNIGHT;
            if (m.group(4) != null) {
                int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
                time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
            }
            LocalDateTime local = LocalDateTime.of(day, time);
            if (m.group(8) == null) {
                return Optional.of(ZonedDateTime.of(local, zone));
            }
            String offset = m.group(8).equalsIgnoreCase("z") ? "Z" : normaliseOffset(m.group(8));
            return Optional.of(OffsetDateTime.of(local, ZoneOffset.of(offset)).atZoneSameInstant(zone));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String normaliseOffset(String offset) {
        String digits = offset.substring(1).replace(":", "");
        String hours = digits.substring(0, 2);
        String minutes = digits.length() >= 4 ? digits.substring(2, 4) : "00";
        return offset.charAt(0) + hours + ":" + minutes;
    }
}

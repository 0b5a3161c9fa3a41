package dev.rounds.config;

import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads site.yaml's {@code disclaimer}, {@code emergency}, {@code urgent}, {@code feedback}, {@code review} and {@code readability}. */
final class HealthSettingsReader {
    static final Set<String> KEYS = Set.of("disclaimer", "emergency", "urgent", "feedback", "review", "readability");

    private static final Pattern INTERVAL = Pattern.compile("(?:\\s*([0-9]{1,4})\\s*([ymwd]))+\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERVAL_PART = Pattern.compile("([0-9]{1,4})\\s*([ymwd])", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]+)?");

    private HealthSettingsReader() {
    }

    static HealthSettings read(FieldReader fields, Map<String, Object> params) {
        String disclaimer = fields.string("disclaimer").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        String emergency = fields.string("emergency").map(String::strip).orElse(HealthSettings.DEFAULT_EMERGENCY);
        if (emergency.isEmpty()) {
            fields.errorAtKey("emergency", "'emergency' must name the number to call in an emergency, such as 999 or 112");
            emergency = HealthSettings.DEFAULT_EMERGENCY;
        }
        // The UK's urgent-care line goes with the UK's emergency number; elsewhere only when given.
        String urgent = fields.string("urgent").map(String::strip)
                .orElse(emergency.equals(HealthSettings.DEFAULT_EMERGENCY) ? HealthSettings.DEFAULT_URGENT : "");
        String feedback = feedback(fields, params);
        return new HealthSettings(disclaimer, emergency, urgent.isEmpty() ? null : urgent, feedback, review(fields),
                readability(fields));
    }

    /** {@code feedback}, or the older {@code params.feedback_url}. */
    private static String feedback(FieldReader fields, Map<String, Object> params) {
        Optional<String> written = fields.string("feedback").map(String::strip);
        if (written.isEmpty()) {
            return params.get("feedback_url") instanceof String legacy && !legacy.isBlank() ? legacy.strip() : null;
        }
        String feedback = written.get();
        boolean mail = feedback.regionMatches(true, 0, "mailto:", 0, 7) && feedback.length() > 7 && feedback.indexOf('@') > 7;
        boolean local = feedback.startsWith("/") && !feedback.startsWith("//");
        if (!mail && !local && !FieldReader.isWebAddress(feedback)) {
            fields.errorAtKey("feedback", "'feedback' must be a mailto: address (mailto:web@example.org), a web address"
                    + " or a path of this site (/contact/), not '" + feedback + "'");
            return null;
        }
        return feedback;
    }

    private static ReviewSettings review(FieldReader fields) {
        Optional<FieldReader> section = fields.section("review", Set.of("interval", "show_overdue"), "review setting");
        if (section.isEmpty()) {
            return ReviewSettings.DEFAULT;
        }
        FieldReader review = section.get();
        Optional<Period> interval = Optional.empty();
        Optional<String> written = review.string("interval");
        if (written.isPresent()) {
            interval = interval(written.get());
            if (interval.isEmpty()) {
                review.errorAtKey("interval", "'interval' must be a time such as 3y (years), 18m (months), 6w (weeks) or 1y6m, not '"
                        + written.get() + "'");
            }
        }
        return new ReviewSettings(interval, review.bool("show_overdue").orElse(ReviewSettings.DEFAULT.showOverdue()));
    }

    /** {@code 3y}, {@code 18m}, {@code 6w}, {@code 90d}, or a sum such as {@code 1y6m}; empty when not such a time or zero. */
    static Optional<Period> interval(String text) {
        if (!INTERVAL.matcher(text).matches()) {
            return Optional.empty();
        }
        Period period = Period.ZERO;
        Matcher part = INTERVAL_PART.matcher(text);
        while (part.find()) {
            int amount = Integer.parseInt(part.group(1));
            period = switch (part.group(2).toLowerCase(Locale.ROOT)) {
                case "y" -> period.plusYears(amount);
                case "m" -> period.plusMonths(amount);
                case "w" -> period.plusDays(7L * amount);
                default -> period.plusDays(amount);
            };
        }
        return period.isZero() ? Optional.empty() : Optional.of(period.normalized());
    }

    private static ReadabilitySettings readability(FieldReader fields) {
        Optional<FieldReader> section = fields.section("readability", Set.of("audience", "max_grade", "min_ease"), "readability setting");
        if (section.isEmpty()) {
            return ReadabilitySettings.DEFAULT;
        }
        FieldReader readability = section.get();
        String audience = readability.string("audience").map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse(ReadabilitySettings.PUBLIC);
        if (!audience.equals(ReadabilitySettings.PUBLIC) && !audience.equals(ReadabilitySettings.PROFESSIONAL)) {
            readability.errorAtKey("audience", "'audience' must be public or professional, not '" + audience + "'");
            audience = ReadabilitySettings.PUBLIC;
        }
        ReadabilitySettings defaults = ReadabilitySettings.forAudience(audience);
        return new ReadabilitySettings(audience, number(readability, "max_grade", 0, 30).orElse(defaults.maxGrade()),
                number(readability, "min_ease", -100, 121).orElse(defaults.minEase()));
    }

    private static Optional<Double> number(FieldReader fields, String key, double min, double max) {
        Optional<String> text = fields.string(key).map(String::strip);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (NUMBER.matcher(text.get()).matches()) {
            double value = Double.parseDouble(text.get());
            if (value >= min && value <= max) {
                return Optional.of(value);
            }
        }
        fields.errorAtKey(key, "'" + key + "' must be a number from " + (int) min + " to " + (int) max + ", not '" + text.get() + "'");
        return Optional.empty();
    }
}

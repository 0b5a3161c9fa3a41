package dev.rounds.check;

import dev.rounds.diagnostic.Severity;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ages over 89, which HIPAA and the ICO treat as identifying on their own in a small population. */
final class AgeCheck {
    private static final Pattern AGE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}.,])(?:"
            + "(?<adj>\\d{2,3})[- \\u00A0]?(?:years?|yrs?)[- \\u00A0]old(?<plural>s)?(?![\\p{L}])"
            + "|(?<pred>\\d{2,3})\\s+(?:years?|yrs?)\\s+(?:old|of\\s+age)(?![\\p{L}])"
            + "|(?<short>\\d{2,3})\\s?(?:yo|y/o|y\\.o\\.)(?![\\p{L}])"
            + "|aged\\s+(?<aged>\\d{2,3})(?![\\p{N}])"
            + "|(?:the\\s+)?age\\s*(?:of\\s+|:\\s*|\\s+)(?<age>\\d{2,3})(?![\\p{N}])"
            + ")");
    /** After the age, words that make it a group of people, not one person: aged 90 and over, 95+, 90 to 94. */
    private static final Pattern GROUP_AFTER = Pattern.compile(
            "(?i)^(?:\\s*(?:\\+|%|plus\\b|[-–—]\\s*\\d|to\\s+\\d|and\\s+(?:over|above|older|up)\\b|or\\s+(?:over|above|older|more)\\b|\\s*s\\b))");
    private static final Set<String> GROUP_BEFORE = Set.of("over", "under", "above", "below", "than", "between", "from",
            "beyond", "past", "until", "till", "every", "each", "all", "those", "people", "adults", "patients", "men", "women");
    /** Things that can be a hundred years old without being a patient. */
    private static final Set<String> THINGS = Set.of("insulin", "nhs", "hospital", "hospitals", "building", "buildings",
            "vaccine", "vaccines", "drug", "drugs", "medicine", "medicines", "discovery", "practice", "service", "charity",
            "trust", "tradition", "law", "act", "clinic", "company", "university", "college", "society", "journal",
            "institution", "technique", "treatment", "test", "machine", "house", "houses", "tree", "trees", "record",
            "museum", "church", "idea", "book", "theory", "aspirin", "penicillin", "infirmary", "ward", "school", "town",
            "city", "village", "bridge", "guideline", "guidance", "method", "procedure", "instrument", "stethoscope",
            "organisation", "organization", "association", "brand", "photo", "photograph", "recipe", "wine", "whisky");
    /** Words of statistics about a population, not one person: "life expectancy at age 90". */
    private static final Set<String> STATISTICS = Set.of("expectancy", "rate", "rates", "risk", "average", "mean", "median",
            "population", "percent", "incidence", "prevalence", "statistics", "proportion", "odds", "probability", "survival");
    private static final Candidates.Words MENTIONS = new Candidates.Words("year", "yr", "age", "yo", "y/o", "y.o.");
    private static final int MIN = 90;
    private static final int MAX = 120;

    private AgeCheck() {
    }

    static void scan(ScanText scan, List<Finding> findings) {
        String text = scan.text();
        Matcher matcher = null;
        int searched = 0;
        for (int run : scan.digitRuns(2, 3)) {
            int value = 0;
            for (int i = run; i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
                value = value * 10 + text.charAt(i) - '0';
            }
            if (value < MIN || value > MAX) {
                continue;
            }
            if (matcher == null) {
                // a number that can be an age: now whether the text has words for one at all
                if (!scan.mentions(MENTIONS)) {
                    return;
                }
                matcher = AGE.matcher(text);
                matcher.useTransparentBounds(true);
            }
            // the age is the number, written after "aged", "age of", "the age of", or before "year-old", "yo"
            matcher.region(Math.max(searched, run - 16), Math.min(text.length(), run + 24));
            if (!matcher.find() || matcher.start() > run) {
                continue;
            }
            searched = matcher.end();
            String group = matcher.group("adj") != null ? "adj" : matcher.group("pred") != null ? "pred"
                    : matcher.group("short") != null ? "short" : matcher.group("aged") != null ? "aged" : "age";
            int age = Integer.parseInt(matcher.group(group));
            int start = matcher.start();
            int end = matcher.end();
            if (age < MIN || age > MAX || matcher.start(group) != run || scan.isExcluded(start, end) || scan.isClaimed(start, end)) {
                continue;
            }
            if (matcher.group("plural") != null || GROUP_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20))).find()) {
                continue;
            }
            List<String> before = DateCheck.wordsBefore(scan.lower(), start, 6);
            String previous = before.isEmpty() ? "" : before.get(before.size() - 1);
            if (GROUP_BEFORE.contains(previous)) {
                continue;
            }
            if (group.equals("adj") && matcher.group().contains("-")) {
                if (THINGS.contains(nextWord(scan.lower(), end))) {
                    continue;
                }
            } else if (before.stream().anyMatch(word -> THINGS.contains(word) || STATISTICS.contains(word))) {
                continue;
            }
            findings.add(new Finding(Rules.AGE_OVER_89, Severity.WARNING, start, end,
                    "an age over 89 (" + maskAge(matcher, group) + "): very old ages are rare enough to identify someone; say \"over 90\""));
            scan.claim(start, end);
        }
    }

    private static String maskAge(Matcher matcher, String group) {
        String written = matcher.group();
        int at = matcher.start(group) - matcher.start();
        int length = matcher.group(group).length();
        return written.substring(0, at + 1) + "*".repeat(length - 1) + written.substring(at + length);
    }

    private static String nextWord(String lower, int from) {
        Matcher word = Pattern.compile("[\\p{L}\\p{N}]+").matcher(lower);
        return word.find(from) ? word.group() : "";
    }
}

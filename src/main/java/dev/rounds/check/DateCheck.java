package dev.rounds.check;

import dev.rounds.diagnostic.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Full dates near words that tie them to a person: dates of birth, and dates of admission, discharge or death. */
final class DateCheck {
    private static final String MONTH = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY"
            + "|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\\.?";
    private static final Pattern DATE = Pattern.compile(
            "(?<![0-9A-Za-z/.-])(?<d1>\\d{1,2})(?<sep>[/.-])(?<m1>\\d{1,2})\\k<sep>(?<y1>\\d{4}|\\d{2})(?![0-9A-Za-z/-]|\\.\\d)"
                    + "|(?<![0-9A-Za-z/.-])(?<y2>\\d{4})-(?<m2>\\d{2})-(?<d2>\\d{2})(?![0-9A-Za-z/-]|\\.\\d)"
                    + "|(?<![0-9A-Za-z])(?<d3>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?(?:\\s+|-)" + MONTH.replace("<month>", "<month3>")
                    + "(?:,?\\s+|-)(?<y3>\\d{4})(?![0-9A-Za-z])"
                    + "|(?<![0-9A-Za-z])" + MONTH.replace("<month>", "<month4>")
                    + "\\s+(?<d4>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y4>\\d{4})(?![0-9A-Za-z])");
    static final Pattern BIRTH = Pattern.compile(
            "(?i)(?<![a-z_])(?:d\\.\\s?o\\.\\s?b\\.?|dob|date[\\s_-]+of[\\s_-]+birth|birth[\\s_-]?date|born)(?![a-z_])");
    static final Pattern PATIENT_EVENT = Pattern.compile("(?i)(?<![a-z_])(?:admitted|discharged|died|presented)(?![a-z_])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s+)(?=[A-Z\"“(])|\\n\\s*\\n");
    private static final int MAX_WORDS_BETWEEN = 5;
    /** Things rather than people that are "born": the NHS was born on 5 July 1948. */
    private static final Set<String> NOT_PEOPLE = Set.of("nhs", "service", "scheme", "charity", "hospital", "trust", "clinic",
            "practice", "programme", "program", "organisation", "organization", "college", "society", "association", "company",
            "idea", "campaign", "movement", "project", "network", "journal", "website", "blog", "policy", "state", "welfare",
            "institute", "foundation", "union", "country", "republic", "nation");
    /** After "presented", words that mean a talk or a paper rather than a patient. */
    private static final Set<String> PRESENTED_WORK = Set.of("at", "by", "our", "my", "their", "this", "these", "a", "an",
            "findings", "results", "data", "work", "poster", "paper", "papers", "talk", "research", "audit", "evidence", "study",
            "it", "them", "here", "posters", "slides", "abstract", "awards", "award");
    private static final Set<String> AUDIENCES = Set.of("board", "committee", "meeting", "conference", "panel", "council",
            "governors", "parliament", "congress", "symposium", "audience", "delegates", "colleagues", "trustees", "members");
    private static final Map<String, Integer> MONTHS = months();
    /** How {@link #BIRTH}'s words begin: where it can match. */
    static final String[] BIRTH_WORDS = {"d.", "dob", "date", "birth", "born"};
    /** How {@link #PATIENT_EVENT}'s words begin. */
    static final String[] EVENT_WORDS = {"admitted", "discharged", "died", "presented"};

    private DateCheck() {
    }

    static void scan(ScanText scan, List<Finding> findings) {
        // Only the text around a keyword can hold a finding: look for dates there.
        String text = scan.text();
        List<int[]> regions = new java.util.ArrayList<>();
        for (int k = 0; k < 2; k++) {
            Candidates words = k == 0 ? new Candidates(BIRTH, text, scan.starts(BIRTH_WORDS))
                    : new Candidates(PATIENT_EVENT, text, scan.starts(EVENT_WORDS));
            while (words.find()) {
                Matcher word = words.matcher();
                int from = Math.max(0, word.start() - 120);
                int to = Math.min(text.length(), word.end() + 120);
                if (!regions.isEmpty() && from <= regions.get(regions.size() - 1)[1]) {
                    regions.get(regions.size() - 1)[1] = Math.max(to, regions.get(regions.size() - 1)[1]);
                } else {
                    regions.add(new int[] {from, to});
                }
            }
        }
        if (regions.isEmpty()) {
            return;
        }
        regions.sort(java.util.Comparator.comparingInt(r -> r[0]));
        int done = 0;
        for (int[] region : regions) {
            int from = Math.max(region[0], done);
            if (from < region[1]) {
                scanRegion(scan, from, region[1], findings);
            }
            done = Math.max(done, region[1]);
        }
    }

    private static void scanRegion(ScanText scan, int from, int to, List<Finding> findings) {
        String text = scan.text();
        Matcher matcher = DATE.matcher(text);
        matcher.region(from, to);
        matcher.useTransparentBounds(true);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (scan.isExcluded(start, end) || scan.isClaimed(start, end)) {
                continue;
            }
            if (!isRealDate(matcher)) {
                continue;
            }
            if (inRange(text, start, end)) {
                // "between 1 April 2023 and 31 March 2024": a period, not a day in someone's life
                continue;
            }
            String masked = Masking.mask(matcher.group());
            int birth = keywordNear(scan, BIRTH, start, end);
            if (birth >= 0 && !bornIsAThing(scan, birth)) {
                findings.add(new Finding(Rules.DATE_OF_BIRTH, Severity.ERROR, start, end, "a date of birth (" + masked + ")"));
                scan.claim(start, end);
                continue;
            }
            int event = keywordNear(scan, PATIENT_EVENT, start, end);
            boolean twoDigitYear = matcher.group("y1") != null && matcher.group("y1").length() == 2;
            // a patient's admission or death is recent; "died on 21 February 1941" is history
            if (event >= 0 && (twoDigitYear || year(matcher) >= 1950) && !presentedWork(scan, event)) {
                Matcher word = PATIENT_EVENT.matcher(text);
                word.find(event);
                findings.add(new Finding(Rules.DATE_NEAR_PATIENT, Severity.WARNING, start, end,
                        "a full date (" + masked + ") near \"" + word.group().toLowerCase(Locale.ROOT) + "\", which can identify a patient"));
                scan.claim(start, end);
            }
        }
    }

    private static final String MONTH_NAME = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d";
    private static final Pattern OPENS_PERIOD = Pattern.compile("(?i)\\b(?:between|from)\\s*$");
    private static final Pattern DASH_BEFORE = Pattern.compile("\\d\\s*[–—-]\\s*$");
    private static final Pattern DASH_AFTER = Pattern.compile("(?i)^\\s*[–—-]\\s*(?:\\d|" + MONTH_NAME + ")");
    private static final Pattern JOIN_BEFORE = Pattern.compile("(?i)\\d\\s*(?:and|to|until|till)\\s*$");
    private static final Pattern PERIOD_WORD = Pattern.compile("(?i)\\b(?:between|from)\\b");

    /** Whether the date is one end of a period: "between A and B", "from A to B", "A – B". */
    private static boolean inRange(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 20), start);
        String after = text.substring(end, Math.min(text.length(), end + 20));
        if (OPENS_PERIOD.matcher(before).find() || DASH_BEFORE.matcher(before).find() || DASH_AFTER.matcher(after).find()) {
            return true;
        }
        // "and", "to": a period only when "between" or "from" opened it
        String opening = text.substring(Math.max(0, start - 45), start);
        return JOIN_BEFORE.matcher(before).find() && PERIOD_WORD.matcher(opening).find();
    }

    /** The year of a date the pattern matched (two-digit years read as 19xx). */
    private static int year(Matcher matcher) {
        for (String group : List.of("y1", "y2", "y3", "y4")) {
            if (matcher.group(group) != null) {
                int year = Integer.parseInt(matcher.group(group));
                return year < 100 ? 1900 + year : year;
            }
        }
        return 0;
    }

    private static boolean isRealDate(Matcher matcher) {
        int day;
        int month;
        int year;
        if (matcher.group("d1") != null) {
            day = Integer.parseInt(matcher.group("d1"));
            month = Integer.parseInt(matcher.group("m1"));
            String y = matcher.group("y1");
            year = y.length() == 2 ? 1900 + Integer.parseInt(y) : Integer.parseInt(y);
            if (month > 12 && day <= 12) {
                int swap = day;
                day = month;
                month = swap;
            }
            if (y.length() == 2) {
                return CheckDigits.isDate(year, month, day) || CheckDigits.isDate(year + 100, month, day);
            }
        } else if (matcher.group("y2") != null) {
            year = Integer.parseInt(matcher.group("y2"));
            month = Integer.parseInt(matcher.group("m2"));
            day = Integer.parseInt(matcher.group("d2"));
        } else if (matcher.group("d3") != null) {
            day = Integer.parseInt(matcher.group("d3"));
            month = MONTHS.get(matcher.group("month3").replace(".", "").substring(0, 3).toLowerCase(Locale.ROOT));
            year = Integer.parseInt(matcher.group("y3"));
        } else {
            day = Integer.parseInt(matcher.group("d4"));
            month = MONTHS.get(matcher.group("month4").replace(".", "").substring(0, 3).toLowerCase(Locale.ROOT));
            year = Integer.parseInt(matcher.group("y4"));
        }
        return year >= 1900 && year <= 2100 && CheckDigits.isDate(year, month, day);
    }

    /**
     * The start of a keyword at most a few words before or after the date, in the same sentence,
     * or -1.
     */
    private static int keywordNear(ScanText scan, Pattern keyword, int start, int end) {
        String text = scan.text();
        int from = Math.max(0, start - 80);
        int to = Math.min(text.length(), end + 80);
        Matcher matcher = keyword.matcher(text);
        matcher.region(from, to);
        matcher.useTransparentBounds(true);
        int best = -1;
        int bestWords = Integer.MAX_VALUE;
        while (matcher.find()) {
            if (scan.isExcluded(matcher.start(), matcher.end())) {
                continue;
            }
            String between = matcher.end() <= start ? text.substring(matcher.end(), start)
                    : matcher.start() >= end ? text.substring(end, matcher.start()) : null;
            if (between == null) {
                continue;
            }
            if (SENTENCE_END.matcher(between).find()) {
                continue;
            }
            int words = 0;
            Matcher word = WORD.matcher(between);
            while (word.find()) {
                words++;
            }
            if (words <= MAX_WORDS_BETWEEN && words < bestWords) {
                best = matcher.start();
                bestWords = words;
            }
        }
        return best;
    }

    /** "The NHS was born on 5 July 1948": born after a thing, not a person. */
    private static boolean bornIsAThing(ScanText scan, int keyword) {
        String lower = scan.lower();
        if (!lower.startsWith("born", keyword)) {
            return false;
        }
        List<String> before = wordsBefore(lower, keyword, 5);
        return before.stream().anyMatch(NOT_PEOPLE::contains);
    }

    /** "We presented our audit on 3 March 2025": a talk, not a patient. */
    private static boolean presentedWork(ScanText scan, int keyword) {
        String lower = scan.lower();
        if (!lower.startsWith("presented", keyword)) {
            return false;
        }
        Matcher word = WORD.matcher(lower);
        int from = keyword + "presented".length();
        if (!word.find(from)) {
            return false;
        }
        String next = word.group();
        if (PRESENTED_WORK.contains(next)) {
            return true;
        }
        if (next.equals("the") || next.equals("his") || next.equals("her") || next.equals("their")) {
            return word.find() && PRESENTED_WORK.contains(word.group());
        }
        if (next.equals("to")) {
            // presented to the board, to the committee: a paper; presented to A&E, to her GP: a patient
            for (int i = 0; i < 2 && word.find(); i++) {
                if (AUDIENCES.contains(word.group())) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<String> wordsBefore(String lower, int index, int count) {
        int from = Math.max(0, index - 60);
        Matcher word = WORD.matcher(lower.substring(from, index));
        java.util.ArrayList<String> words = new java.util.ArrayList<>();
        while (word.find()) {
            words.add(word.group());
        }
        return words.subList(Math.max(0, words.size() - count), words.size());
    }

    private static Map<String, Integer> months() {
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        Map<String, Integer> months = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            months.put(names[i], i + 1);
        }
        return Map.copyOf(months);
    }
}

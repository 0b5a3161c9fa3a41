package dev.rounds.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules try their patterns only where a match can start ({@link Candidates}, {@link ScanText}'s
 * one pass): each must find exactly what {@link Matcher#find()} over the whole text finds, on
 * awkward text (letters in any case, characters whose lower case is longer or is ASCII, every kind
 * of line break) and on random text made of the pieces the rules look for.
 */
class CandidatesTest {
    private static final String[] PIECES = {
        "0", "1", "2", "3", "4", "5", "7", "9", " ", " ", "  ", "-", ".", "/", ",", ":", ";", "+", "(", ")", "#", "=", "@",
        "_", "'", "\"", "\n", "\n\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\t", "\u00A0", "|", "[", "]", "](", "]:",
        "![", "<", ">", "`", "```", "~~~", "    ", "> ", "- ", "* ", "1. ", "## ", "#", "===", "---", "<!--", "-->", "<img ",
        "<IMG src=x>", "<Img alt>", "PAC\u212A", "pack", "I\u0130", "\u03A3", "\uD801\uDC00",
        "<!-- rounds:allow phone \"x\" -->", "Rounds:Allow", "rounds:allow", "@", "a@b.co", "https://", "HTTP://", "Ftp://",
        "xhttps://", "://", "www.", "WwW.", "doi:", "DOI: ", "10.", "10.1136/bmj.", "pmid", "PMID: ", "PMC", "pmcid",
        "arXiv:", "ISSN ", "orcid ", "ISBN ", "isbn-13: ", "href=\"", " href=\"/a\"", "\tSRC = \"/b?c#d\"", "\nposter=\"",
        "SRC='", "srcset = '", "poster=\"", "Action='", "nhs.uk/", ".com/", "example.org/", "MRN ", "m.r.n", "M.R.N. ",
        "hospital number ", "Hosp. no ", "HOSP", "unit no ", "Unit", "case-notes number ", "medical record no ",
        "Medical\nrecord ", "patient ID ", "Patient  id ", "community", "because", "d.o.b", "D. O. B.", "DOB ",
        "date of birth ", "birth-date ", "born ", "Born", "admitted ", "Discharged", "died", "PRESENTED", "aged ",
        "year-old ", "yo ", "y/o", "İ", "\u212A", "é", "—", "٣", "LS1 4AP", "SW1A 2AA", "1AB", "07911 123456",
        "+44 (0) 20 7123 4567", "0044 7911 123456", "(212) 555-7890", "415.234.5678", "+33 1 42 68 53 00", "219-09-9999",
        "943 476 5919", "1234567890", "K1234567", "A123456B"};

    private static List<String> texts;

    private static List<String> texts() throws IOException {
        if (texts == null) {
            texts = makeTexts();
        }
        return texts;
    }

    private static List<String> makeTexts() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "", "a", "/", "//x", "http://a", "HTTPS://EXAMPLE.ORG/x and www.Example.org", "ftp://x https://y",
                "<a href=\"/x\">x</a> <img src=\"/a.png\" alt=\"\"><video poster=\"/p.jpg\">",
                "<a\nhref=\"/y\"> <a HREF = \"/z\"> <a\tSrC=\"q\"> href=\"/start\" <a data-href=\"/no\"> <x xsrc=\"/n\">",
                "doi:   10.1234/abc", "DOI:10.12345/x", "see 10.1056/NEJMoa2034577.", "PMID: 123 PMCID PMC99",
                "arXiv:2101.00001 ISSN 1234-5678 ORCID 0000-0002-1825-0097 ISBN 978-0-306-40615-7, 0-306-40615-2",
                "[a]: https://x\n   [b]:y\n    [c]: z\r[d]: e\u2028[e]: f\r\n[f]:\ng", "[multi\nline]: x", "x\n\n[a]:",
                "<a HREF = \"x\">, <img Src='y'> srcset=\"a 1x\" poster='p' action=\"/go\"", "İSBN 0306406152",
                "\u212Aelvin", "MRN: K1234567", "M.R.N. 12345678", "Hospital number 00456789", "hosp no RX123456",
                "unit number is A123456B", "case note number: 12345678", "Medical\nrecord number 12345678",
                "patient ID 1234567", "Patient\tID: 1234567", "DOB: 14/03/1956", "d.o. b 1/2/1956",
                "Date_of_birth 1956-03-14", "born 2 Feb 1949", "She died on 3/4/2024", "Call 07911 123456",
                "+44 7911 123456", "(0161) 234 5678", "+1 (212) 555 0142", "415-234-5678", "a07911 123456", "LS1 4AP",
                "12 High Street, LS1 4AP.", "٣AB", "![](a.png) ![alt](b) \\![](c) ![x][r] <img src=x> <IMG alt>"));
        try (InputStream in = CandidatesTest.class.getResourceAsStream("/check/labelled.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    texts.add(Labelled.expand(line.split(" \\| ", 3)[2]).replace("[[", "").replace("]]", ""));
                }
            }
        }
        Random random = new Random(11);
        for (int round = 0; round < 1500; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }

    /** The spans {@code find()} gives over the whole text. */
    private static List<String> found(Pattern pattern, String text) {
        List<String> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(matcher.start() + "-" + matcher.end() + " " + matcher.group());
        }
        return spans;
    }

    /** The spans {@link Candidates} gives, trying the pattern at {@code starts} only. */
    private static List<String> foundAt(Pattern pattern, String text, int[] starts) {
        List<String> spans = new ArrayList<>();
        Candidates candidates = new Candidates(pattern, text, starts);
        while (candidates.find()) {
            Matcher matcher = candidates.matcher();
            spans.add(matcher.start() + "-" + matcher.end() + " " + matcher.group());
        }
        return spans;
    }

    private static void assertSameMatches(Pattern pattern, Function<String, int[]> starts) throws IOException {
        for (String text : texts()) {
            assertThat(foundAt(pattern, text, starts.apply(text))).as("%s in: %s", pattern, text).isEqualTo(found(pattern, text));
        }
    }

    @Test
    void triedAtEveryIndexItIsFind() throws IOException {
        // including look-arounds at the starts, \b, ^ in multi-line mode and matches that are empty
        for (String regex : List.of("(?<![a-z])ab+", "\\bcd?", "(?m)^ {0,3}#+", "(?m)$", "x*", "(?<=\\d)\\d{2}", "\\d+(?![.])")) {
            Pattern pattern = Pattern.compile(regex);
            assertSameMatches(pattern, text -> java.util.stream.IntStream.rangeClosed(0, text.length()).toArray());
        }
    }

    @Test
    void excludedSpansAreThoseOfEveryPatternOverTheWholeText() throws IOException {
        for (String text : texts()) {
            List<String> expected = new ArrayList<>();
            for (Pattern pattern : ScanText.exclusionPatterns()) {
                expected.addAll(found(pattern, text).stream().map(s -> s.substring(0, s.indexOf(' '))).toList());
            }
            expected.addAll(bareAddresses(text));
            List<String> actual = new ScanText(text, List.of()).excludedSpans().stream().map(s -> s[0] + "-" + s[1]).toList();
            assertThat(actual).as("excluded spans in: %s", text).isEqualTo(expected);
        }
    }

    @Test
    void rulePatternsAreTriedWhereverTheyCanMatch() throws IOException {
        assertSameMatches(ContactCheck.PHONE, text -> new ScanText(text, List.of()).phoneStarts());
        assertSameMatches(IdentifierCheck.HOSPITAL, text -> new ScanText(text, List.of()).starts(IdentifierCheck.HOSPITAL_LABELS));
        assertSameMatches(DateCheck.BIRTH, text -> new ScanText(text, List.of()).starts(DateCheck.BIRTH_WORDS));
        assertSameMatches(DateCheck.PATIENT_EVENT, text -> new ScanText(text, List.of()).starts(DateCheck.EVENT_WORDS));
        assertSameMatches(ReadingCheck.MARKDOWN_IMAGE, text -> new ScanText(text).starts("!["));
        assertSameMatches(ReadingCheck.HTML_IMAGE, text -> new ScanText(text).starts("<img"));
        assertSameMatches(MarkdownRegions.COMMENT, text -> new ScanText(text).starts("<!--"));
        assertSameMatches(Pattern.compile("rounds:allow"), text -> new ScanText(text).startsAsWritten("rounds:allow"));
        assertSameMatches(Pattern.compile("`"), text -> new ScanText(text).backticks());
        assertSameMatches(LinkCheck.ATTRIBUTE, LinkCheck::attributeStarts);
    }

    @Test
    void theOnePassFindsDigitRunsInwardCodesAndWords() throws IOException {
        for (String text : texts()) {
            ScanText scan = new ScanText(text, List.of());
            List<Integer> runs = new ArrayList<>();
            List<Integer> inward = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                boolean digit = text.charAt(i) >= '0' && text.charAt(i) <= '9';
                if (digit && (i == 0 || text.charAt(i - 1) < '0' || text.charAt(i - 1) > '9')) {
                    int end = i;
                    while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                        end++;
                    }
                    if (end - i >= 3 && end - i <= 10) {
                        runs.add(i);
                    }
                }
                if (i >= 1 && i + 2 < text.length() && Character.isDigit(text.charAt(i)) && Character.isUpperCase(text.charAt(i + 1))
                        && text.charAt(i + 1) <= 'Z' && Character.isUpperCase(text.charAt(i + 2)) && text.charAt(i + 2) <= 'Z') {
                    inward.add(i);
                }
            }
            assertThat(scan.digitRuns(3, 10)).as("digit runs in: %s", text).containsExactly(runs.stream().mapToInt(i -> i).toArray());
            assertThat(scan.inwardCodes()).as("inward codes in: %s", text).containsExactly(inward.stream().mapToInt(i -> i).toArray());
            assertThat(scan.firstAtSign()).as("'@' in: %s", text).isEqualTo(text.indexOf('@'));
            assertThat(scan.hasHyphen()).as("'-' in: %s", text).isEqualTo(text.indexOf('-') >= 0);
            StringBuilder folded = new StringBuilder(text);
            for (int i = 0; i < folded.length(); i++) {
                if (folded.charAt(i) >= 'A' && folded.charAt(i) <= 'Z') {
                    folded.setCharAt(i, (char) (folded.charAt(i) + 32));
                }
            }
            for (String word : List.of("://", "pm", "10.", "]:", "mrn", "hosp", "unit", "case", "patient", "born", "d.", "presented")) {
                List<Integer> at = new ArrayList<>();
                for (int i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
                    at.add(i);
                }
                assertThat(scan.starts(word)).as("'%s' in: %s", word, text).containsExactly(at.stream().mapToInt(i -> i).toArray());
            }
        }
    }

    @Test
    void mentionsReadsTheLowerCase() throws IOException {
        // the Kelvin sign's lower case is 'k'; U+0130's is two characters, so lower() is then the text as written
        Candidates.Words words = new Candidates.Words("pack", "ik", "age");
        for (String text : List.of("PAC\u212A", "pac\u212a", "\u0130K", "PACK \u0130", "pack \u0130", "AGE", "A\u0130GE", "\u212Age")) {
            ScanText scan = new ScanText(text);
            boolean expected = Stream.of("pack", "ik", "age").anyMatch(scan.lower()::contains);
            assertThat(scan.mentions(words)).as("mentions in: %s", text).isEqualTo(expected);
        }
    }

    @Test
    void mentionsIsContainsAny() throws IOException {
        Candidates.Words words = new Candidates.Words("year", "yr", "age", "yo", "y/o", "y.o.", "d. o. b", "medical record");
        for (String text : texts()) {
            String lower = text.toLowerCase(Locale.ROOT);
            boolean expected = Stream.of("year", "yr", "age", "yo", "y/o", "y.o.", "d. o. b", "medical record").anyMatch(lower::contains);
            assertThat(words.anyIn(lower)).as("mentions in: %s", text).isEqualTo(expected);
            // as written, when the lower case would move the offsets (ScanText.lower)
            boolean asWritten = Stream.of("year", "yr", "age", "yo", "y/o", "y.o.", "d. o. b", "medical record").anyMatch(text::contains);
            assertThat(words.anyIn(text)).as("mentions in: %s", text).isEqualTo(asWritten);
            // and as ScanText reads it: in lower(), without making it
            ScanText scan = new ScanText(text);
            String lowered = scan.lower();
            boolean inLower = Stream.of("year", "yr", "age", "yo", "y/o", "y.o.", "d. o. b", "medical record").anyMatch(lowered::contains);
            assertThat(scan.mentions(words)).as("mentions in: %s", text).isEqualTo(inLower);
        }
    }

    @Test
    void linePatternsAreTriedOnlyWhereTheirFirstCharacterCanBe() throws IOException {
        for (String text : texts()) {
            boolean anyHeading = false;
            for (String line : text.split("\n", -1)) {
                char first = MarkdownRegions.firstAfterIndent(line);
                if (MarkdownRegions.FENCE.matcher(line).find()) {
                    assertThat(first).as("fence: %s", line).isIn('`', '~');
                }
                if (MarkdownRegions.LIST_OR_QUOTE.matcher(line).find()) {
                    assertThat(first == '-' || first == '*' || first == '+' || first == '>' || Character.isDigit(first))
                            .as("list: %s", line).isTrue();
                }
                boolean atx = ReadingCheck.ATX.matcher(line).find();
                boolean setext = ReadingCheck.SETEXT.matcher(line).matches();
                if (atx) {
                    assertThat(first).as("heading: %s", line).isEqualTo('#');
                }
                if (setext) {
                    assertThat(first).as("underline: %s", line).isIn('=', '-');
                }
                anyHeading |= atx || setext;
            }
            if (anyHeading) {
                assertThat(ReadingCheck.mayHaveHeading(text)).as("may have a heading: %s", text).isTrue();
            }
        }
    }

    /** Web addresses without a scheme, as ScanText found them before its one pass: every slash from the first (none when it starts the text). */
    private static List<String> bareAddresses(String text) {
        java.util.Set<String> domains = java.util.Set.of("com", "org", "net", "uk", "gov", "nhs", "int", "edu", "io", "eu", "info",
                "scot", "wales", "us", "ca", "au", "ie", "de", "fr", "nl");
        List<String> spans = new ArrayList<>();
        for (int slash = text.indexOf('/'); slash > 0; slash = text.indexOf('/', slash + 1)) {
            int dot = slash - 1;
            while (dot >= 0 && Character.isLetter(text.charAt(dot))) {
                dot--;
            }
            if (dot < 1 || text.charAt(dot) != '.' || !domains.contains(text.substring(dot + 1, slash).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int start = dot;
            while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.'
                    || text.charAt(start - 1) == '-')) {
                start--;
            }
            int end = slash;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && "<>\"'`])".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            spans.add(start + "-" + end);
            slash = end - 1;
        }
        return spans;
    }
}

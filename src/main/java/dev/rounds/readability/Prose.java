package dev.rounds.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The prose of a Markdown text, for counting: one block (paragraph, heading, list item, table
 * row, quotation) per line. Left out: code (fenced, indented and inline), footnote definitions
 * and link definitions (the references), images, raw HTML tags and comments, web and e-mail
 * addresses, DOIs and PubMed ids, and table rules. Link texts stay; their addresses go.
 */
public final class Prose {
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,}|~{3,}).*");
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^\\s{0,3}\\[\\^[^\\]]+]:.*");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*\\S+.*");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern SETEXT_RULE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+(?:\\[[ xX]]\\s+)?");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}(?:>\\s?)+");
    private static final Pattern CALLOUT = Pattern.compile("^\\[!\\w+]\\s*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    static final Pattern INLINE_CODE = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)|!\\[[^\\]]*]\\[[^\\]]*]");
    static final Pattern INLINE_LINK = Pattern.compile("\\[([^\\]]*)]\\((?:[^()]|\\([^)]*\\))*\\)");
    static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]^][^\\]]*)]\\[[^\\]]*]");
    static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^[^\\]]+]");
    static final Pattern AUTOLINK = Pattern.compile("<(?:https?://|mailto:)[^>]*>");
    static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+|\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b");
    static final Pattern DOI = Pattern.compile("(?i)\\b(?:doi:?\\s*)?10\\.\\d{4,9}/\\S+");
    static final Pattern PMID = Pattern.compile("\\bPMID:?\\s*\\d{1,8}\\b");
    /** Made once: {@code String.split} and {@code replaceAll} compile their pattern at every call. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s#+\\s*$");
    private static final Pattern OUTER_PIPES = Pattern.compile("^\\||\\|$");
    static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)");
    static final Pattern SPACES = Pattern.compile("\\s+");
    static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{1,3}|~~)");

    private Prose() {
    }

    public static String of(String markdown) {
        String text = HTML_COMMENT.matcher(markdown).replaceAll(" ");
        List<String> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        String fence = null;
        boolean inFootnote = false;
        boolean previousBlank = true;
        boolean inList = false;
        for (String line : LINE_BREAK.split(text, -1)) {
            if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            if (FENCE.matcher(line).matches()) {
                flush(paragraph, blocks);
                String marker = line.strip();
                fence = marker.substring(0, marker.startsWith("`") ? countLeading(marker, '`') : countLeading(marker, '~'));
                continue;
            }
            if (line.isBlank()) {
                flush(paragraph, blocks);
                previousBlank = true;
                continue;
            }
            boolean indented = line.startsWith("    ") || line.startsWith("\t");
            if (inFootnote && indented) {
                continue; // a footnote's continuation
            }
            inFootnote = false;
            if (FOOTNOTE_DEFINITION.matcher(line).matches()) {
                flush(paragraph, blocks);
                inFootnote = true;
                continue;
            }
            if (indented && previousBlank && !inList) {
                continue; // indented code
            }
            previousBlank = false;
            if (LINK_DEFINITION.matcher(line).matches() || TABLE_RULE.matcher(line).matches()
                    || THEMATIC_BREAK.matcher(line).matches()) {
                flush(paragraph, blocks);
                continue;
            }
            if (SETEXT_RULE.matcher(line).matches()) {
                flush(paragraph, blocks);
                continue;
            }
            String content = QUOTE.matcher(line).replaceFirst("");
            if (CALLOUT.matcher(content.strip()).matches()) {
                continue;
            }
            if (HEADING.matcher(content).find()) {
                flush(paragraph, blocks);
                blocks.add(inline(CLOSING_HASHES.matcher(HEADING.matcher(content).replaceFirst("")).replaceAll("")));
                inList = false;
                continue;
            }
            if (LIST_ITEM.matcher(content).find()) {
                flush(paragraph, blocks);
                content = LIST_ITEM.matcher(content).replaceFirst("");
                inList = true;
            } else if (!indented && paragraph.isEmpty()) {
                inList = false;
            }
            if (content.strip().startsWith("|") || content.contains(" | ")) {
                flush(paragraph, blocks);
                blocks.add(inline(String.join(". ", cells(content))));
                continue;
            }
            paragraph.append(paragraph.isEmpty() ? "" : " ").append(content.strip());
        }
        flush(paragraph, blocks);
        return String.join("\n", blocks.stream().map(String::strip).filter(b -> !b.isEmpty()).toList());
    }

    private static int countLeading(String text, char c) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == c) {
            i++;
        }
        return i;
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : OUTER_PIPES.matcher(row.strip()).replaceAll("").split("\\|")) {
            if (!cell.isBlank()) {
                cells.add(cell.strip());
            }
        }
        return cells;
    }

    private static void flush(StringBuilder paragraph, List<String> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(inline(paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    /**
     * For each inline pattern, strings one of which every match of it holds: the pattern runs only
     * when the text holds one (a pattern that matches nothing leaves the text as it is), and most
     * prose holds few of them.
     */
    static final Map<Pattern, List<String>> NEEDS = Map.ofEntries(
            Map.entry(INLINE_CODE, List.of("`")), Map.entry(IMAGE, List.of("![")), Map.entry(INLINE_LINK, List.of("](")),
            Map.entry(FOOTNOTE_REFERENCE, List.of("[^")), Map.entry(REFERENCE_LINK, List.of("][")),
            Map.entry(AUTOLINK, List.of("<")), Map.entry(HTML_TAG, List.of("<")), Map.entry(DOI, List.of("10.")),
            Map.entry(PMID, List.of("PMID")), Map.entry(URL, List.of("://", "www.", "@")),
            Map.entry(EMPHASIS, List.of("*", "_", "~~")), Map.entry(EMPTY_BRACKETS, List.of("(")));

    /** The text of one block without inline markup, code and addresses. */
    private static String inline(String text) {
        String t = replaceAll(INLINE_CODE, text, " ");
        t = replaceAll(IMAGE, t, " ");
        t = mayMatch(INLINE_LINK, t) ? INLINE_LINK.matcher(t).replaceAll(Prose::linkText) : t;
        t = replaceAll(FOOTNOTE_REFERENCE, t, "");
        t = mayMatch(REFERENCE_LINK, t) ? REFERENCE_LINK.matcher(t).replaceAll(Prose::linkText) : t;
        t = replaceAll(AUTOLINK, t, " ");
        t = replaceAll(HTML_TAG, t, " ");
        t = replaceAll(DOI, t, " ");
        t = replaceAll(PMID, t, " ");
        t = replaceAll(URL, t, " ");
        t = replaceAll(EMPHASIS, t, "");
        t = t.replace("\\", "");
        // What is left of a removed address between brackets: "( )" or "()".
        t = replaceAll(EMPTY_BRACKETS, t, " ");
        return collapseSpaces(t).strip();
    }

    private static String linkText(java.util.regex.MatchResult link) {
        return java.util.regex.Matcher.quoteReplacement(link.group(1));
    }

    private static String replaceAll(Pattern pattern, String text, String replacement) {
        return mayMatch(pattern, text) ? pattern.matcher(text).replaceAll(replacement) : text;
    }

    /** Whether {@code text} holds one of the strings every match of {@code pattern} holds. */
    private static boolean mayMatch(Pattern pattern, String text) {
        for (String need : NEEDS.get(pattern)) {
            if (text.contains(need)) {
                return true;
            }
        }
        return false;
    }

    /** {@code SPACES.matcher(text).replaceAll(" ")}: each run of {@code \\s} ([ \\t\\n\\x0B\\f\\r]) as one space. */
    static String collapseSpaces(String text) {
        StringBuilder collapsed = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                if (collapsed != null) {
                    collapsed.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < length && isSpace(text.charAt(end))) {
                end++;
            }
            if (collapsed == null && (c != ' ' || end > i + 1)) {
                // the first run that is not already one space: from here the text changes
                collapsed = new StringBuilder(length).append(text, 0, i);
            }
            if (collapsed != null) {
                collapsed.append(' ');
            }
            i = end - 1;
        }
        return collapsed == null ? text : collapsed.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}

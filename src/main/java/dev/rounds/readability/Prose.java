package dev.rounds.readability;

import java.util.ArrayList;
import java.util.List;
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
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)|!\\[[^\\]]*]\\[[^\\]]*]");
    private static final Pattern INLINE_LINK = Pattern.compile("\\[([^\\]]*)]\\((?:[^()]|\\([^)]*\\))*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]^][^\\]]*)]\\[[^\\]]*]");
    private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^[^\\]]+]");
    private static final Pattern AUTOLINK = Pattern.compile("<(?:https?://|mailto:)[^>]*>");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+|\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b");
    private static final Pattern DOI = Pattern.compile("(?i)\\b(?:doi:?\\s*)?10\\.\\d{4,9}/\\S+");
    private static final Pattern PMID = Pattern.compile("\\bPMID:?\\s*\\d{1,8}\\b");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{1,3}|~~)");

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
        for (String line : text.split("\\R", -1)) {
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
                blocks.add(inline(HEADING.matcher(content).replaceFirst("").replaceAll("\\s#+\\s*$", "")));
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
        for (String cell : row.strip().replaceAll("^\\||\\|$", "").split("\\|")) {
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

    /** The text of one block without inline markup, code and addresses. */
    private static String inline(String text) {
        String t = INLINE_CODE.matcher(text).replaceAll(" ");
        t = IMAGE.matcher(t).replaceAll(" ");
        t = INLINE_LINK.matcher(t).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        t = FOOTNOTE_REFERENCE.matcher(t).replaceAll("");
        t = REFERENCE_LINK.matcher(t).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        t = AUTOLINK.matcher(t).replaceAll(" ");
        t = HTML_TAG.matcher(t).replaceAll(" ");
        t = DOI.matcher(t).replaceAll(" ");
        t = PMID.matcher(t).replaceAll(" ");
        t = URL.matcher(t).replaceAll(" ");
        t = EMPHASIS.matcher(t).replaceAll("");
        t = t.replace("\\", "");
        // What is left of a removed address between brackets: "( )" or "()".
        t = t.replaceAll("\\(\\s*\\)", " ");
        return t.replaceAll("\\s+", " ").strip();
    }
}

package dev.rounds.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of Markdown source that are code (fenced and indented blocks, code spans) or HTML
 * comments, found by reading the text; for checks about how a page reads (alt text, headings),
 * which must not look inside code examples.
 */
final class MarkdownRegions {
    static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    static final Pattern LIST_OR_QUOTE = Pattern.compile("^ {0,3}(?:[-*+]|\\d{1,9}[.)]|>)(?:\\s|$)");

    private final String text;
    private final int[] backticks;
    private final int[] commentStarts;
    /** The spans of code and comments; found when first asked for (most texts have no image and no heading). */
    private List<int[]> code;
    private String[] lines;

    /**
     * @param backticks the index of each backtick in {@code text}, ascending
     * @param commentStarts the index of each "&lt;!--" in {@code text}, ascending
     */
    MarkdownRegions(String text, int[] backticks, int[] commentStarts) {
        this.text = text;
        this.backticks = backticks;
        this.commentStarts = commentStarts;
    }

    private List<int[]> code() {
        if (code == null) {
            code = new ArrayList<>();
            find(text);
        }
        return code;
    }

    private void find(String text) {
        int offset = 0;
        String fence = null;
        int fenceStart = 0;
        boolean previousBlank = true;
        boolean inList = false;
        int indentedStart = -1;
        for (String line : lines()) {
            int lineEnd = offset + line.length();
            char first = firstAfterIndent(line);
            if (fence != null) {
                Matcher closing = first == '`' || first == '~' ? FENCE.matcher(line) : null;
                if (closing != null && closing.find() && closing.group(1).charAt(0) == fence.charAt(0)
                        && closing.group(1).length() >= fence.length() && line.substring(closing.end()).isBlank()) {
                    code.add(new int[] {fenceStart, lineEnd});
                    fence = null;
                }
            } else {
                Matcher opening = first == '`' || first == '~' ? FENCE.matcher(line) : null;
                boolean blank = line.isBlank();
                boolean indented = line.startsWith("    ") || line.startsWith("\t");
                if (indentedStart >= 0 && !indented && !blank) {
                    code.add(new int[] {indentedStart, offset});
                    indentedStart = -1;
                }
                if (opening != null && opening.find()
                        && !(opening.group(1).charAt(0) == '`' && line.substring(opening.end()).contains("`"))) {
                    fence = opening.group(1);
                    fenceStart = offset;
                } else if (indented && previousBlank && !inList && indentedStart < 0) {
                    indentedStart = offset;
                }
                if ((first == '-' || first == '*' || first == '+' || first == '>' || first >= '0' && first <= '9')
                        && LIST_OR_QUOTE.matcher(line).find()) {
                    inList = true;
                } else if (!blank && !indented) {
                    inList = false;
                }
                previousBlank = blank;
            }
            offset = lineEnd + 1;
        }
        if (fence != null) {
            code.add(new int[] {fenceStart, text.length()});
        }
        if (indentedStart >= 0) {
            code.add(new int[] {indentedStart, text.length()});
        }
        codeSpans(text);
        Candidates comments = new Candidates(COMMENT, text, commentStarts);
        while (comments.find()) {
            if (!inCode(comments.matcher().start())) {
                code.add(new int[] {comments.matcher().start(), comments.matcher().end()});
            }
        }
    }

    /**
     * The character after the first (at most three) spaces of a line, or '\0': what a line's
     * patterns here ({@code ^ {0,3}} and then a fence, a list marker, a heading) must find there.
     */
    static char firstAfterIndent(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() ? line.charAt(i) : '\0';
    }

    /** The text's lines (split at '\n'); shared with the heading check. */
    String[] lines() {
        if (lines == null) {
            lines = text.split("\n", -1);
        }
        return lines;
    }

    /** Whether {@code index} is inside code or an HTML comment. */
    boolean isCode(int index) {
        code();
        return inCode(index);
    }

    private boolean inCode(int index) {
        for (int[] span : code) {
            if (index >= span[0] && index < span[1]) {
                return true;
            }
        }
        return false;
    }

    private void codeSpans(String text) {
        int i = 0;
        int tick = 0;
        while (i < text.length()) {
            // the next backtick from i
            while (tick < backticks.length && backticks[tick] < i) {
                tick++;
            }
            if (tick == backticks.length) {
                return;
            }
            i = backticks[tick];
            if (inCode(i)) {
                i++;
                continue;
            }
            int run = 0;
            while (i + run < text.length() && text.charAt(i + run) == '`') {
                run++;
            }
            int close = findClosing(text, i + run, run);
            if (close < 0) {
                i += run;
                continue;
            }
            code.add(new int[] {i, close + run});
            i = close + run;
        }
    }

    /** The start of a backtick run of exactly {@code run} after {@code from}, before a blank line; or -1. */
    private static int findClosing(String text, int from, int run) {
        int j = from;
        while (j < text.length()) {
            if (text.startsWith("\n\n", j) || text.startsWith("\n \n", j)) {
                return -1;
            }
            if (text.charAt(j) == '`') {
                int length = 0;
                while (j + length < text.length() && text.charAt(j + length) == '`') {
                    length++;
                }
                if (length == run) {
                    return j;
                }
                j += length;
            } else {
                j++;
            }
        }
        return -1;
    }
}

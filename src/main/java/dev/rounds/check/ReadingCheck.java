package dev.rounds.check;

import dev.rounds.diagnostic.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a page reads for everyone: images need alt text, and headings go down one level at a time. */
final class ReadingCheck {
    static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[(?<alt>[^\\]\\n]*)\\](?:\\(|\\[)");
    static final Pattern HTML_IMAGE = Pattern.compile("(?i)<img\\b(?<attributes>[^>]*)>");
    private static final Pattern ALT_ATTRIBUTE = Pattern.compile("(?i)(?:^|\\s)alt(?:\\s*=|\\s|/|$)");
    static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]|$)");
    static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern NOT_PARAGRAPH = Pattern.compile("^(?: {0,3}(?:[-*+]\\s|\\d{1,9}[.)]\\s|>|#|\\||<)| {4}|\\t)|^\\s*$");

    private ReadingCheck() {
    }

    /**
     * @param markdownImageStarts where {@link #MARKDOWN_IMAGE} can match: each "!["
     * @param htmlImageStarts where {@link #HTML_IMAGE} can match: each "<img", in any case of its letters
     */
    static void altText(String body, int[] markdownImageStarts, int[] htmlImageStarts, MarkdownRegions regions,
                        List<Finding> findings) {
        Candidates markdownImages = new Candidates(MARKDOWN_IMAGE, body, markdownImageStarts);
        while (markdownImages.find()) {
            Matcher markdown = markdownImages.matcher();
            if (markdown.group("alt").isBlank() && !regions.isCode(markdown.start())
                    && (markdown.start() == 0 || body.charAt(markdown.start() - 1) != '\\')) {
                findings.add(new Finding(Rules.ALT_TEXT, Severity.ERROR, markdown.start(), markdown.end(),
                        "an image without alt text: describe it between the brackets, ![like this](photo.jpg)"));
            }
        }
        Candidates htmlImages = new Candidates(HTML_IMAGE, body, htmlImageStarts);
        while (htmlImages.find()) {
            Matcher html = htmlImages.matcher();
            if (!ALT_ATTRIBUTE.matcher(html.group("attributes")).find() && !regions.isCode(html.start())) {
                findings.add(new Finding(Rules.ALT_TEXT, Severity.ERROR, html.start(), html.end(),
                        "an <img> without an alt attribute: add alt=\"a description\" (or alt=\"\" when it is only decoration)"));
            }
        }
    }

    /** Whether a line of {@code body} has a '#', '=' or '-' after at most three spaces: a heading or an underline. */
    static boolean mayHaveHeading(String body) {
        int start = 0;
        while (true) {
            int i = start;
            while (i < start + 3 && i < body.length() && body.charAt(i) == ' ') {
                i++;
            }
            if (i < body.length() && isHeadingMark(body.charAt(i))) {
                return true;
            }
            int end = body.indexOf('\n', start);
            if (end < 0) {
                return false;
            }
            start = end + 1;
        }
    }

    private static boolean isHeadingMark(char c) {
        return c == '#' || c == '=' || c == '-';
    }

    /** A warning at each heading more than one level below the one before it (the page title is the h1). */
    static void headings(String body, MarkdownRegions regions, List<Finding> findings) {
        if (!mayHaveHeading(body)) {
            return;
        }
        String[] lines = regions.lines();
        int[] levels = new int[lines.length];
        int[] offsets = new int[lines.length];
        boolean anyH1 = false;
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            offsets[i] = offset;
            String line = lines[i];
            // an ATX heading has a '#', a setext underline a '=' or '-', after at most three spaces
            char first = MarkdownRegions.firstAfterIndent(line);
            if (isHeadingMark(first) && !regions.isCode(offset)) {
                Matcher atx = first == '#' ? ATX.matcher(line) : null;
                Matcher setext = first == '=' || first == '-' ? SETEXT.matcher(line) : null;
                if (atx != null && atx.find()) {
                    levels[i] = atx.group(1).length();
                } else if (i > 0 && setext != null && setext.matches() && levels[i - 1] == 0 && !regions.isCode(offsets[i - 1])
                        && !NOT_PARAGRAPH.matcher(lines[i - 1]).find()) {
                    levels[i] = setext.group(1).charAt(0) == '=' ? 1 : 2;
                    offsets[i] = offsets[i - 1];
                }
                anyH1 |= levels[i] == 1;
            }
            offset += line.length() + 1;
        }
        // A '#' heading in the body is shown one level lower, under the page's own h1.
        int shift = anyH1 ? 1 : 0;
        int previous = 1;
        for (int i = 0; i < lines.length; i++) {
            if (levels[i] == 0) {
                continue;
            }
            int shown = Math.min(6, levels[i] + shift);
            if (shown > previous + 1) {
                String hashes = "#".repeat(Math.max(1, previous + 1 - shift));
                findings.add(new Finding(Rules.HEADING_LEVEL, Severity.WARNING, offsets[i], offsets[i] + Math.max(1, levels[i]),
                        "this heading skips a level (h" + previous + " to h" + shown + "): use '" + hashes
                                + "' here, so that screen-reader users can follow the outline"));
            }
            previous = shown;
        }
    }
}

package dev.rounds.markdown;

/**
 * An entry's Markdown, rendered once: the page body, the summary for lists, and its plain text.
 *
 * @param summaryHtml the part before {@code <!--more-->}, or the first paragraph; without heading ids or footnotes
 * @param plainText the text without markup, for titles of notes, descriptions and counts
 */
public record RenderedContent(String html, String summaryHtml, String plainText, int wordCount) {

    /** Minutes at 200 words a minute, at least one. */
    public int readingMinutes() {
        return Math.max(1, (int) Math.ceil(wordCount / 200.0));
    }
}

package dev.rounds.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns titles, file names and tags into URL slugs. */
public final class Slugs {
    // Compiled once: String.replaceAll compiles its pattern at every call, and slugs are made for every entry and tag.
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʼ`]");

    private Slugs() {
    }

    /**
     * NFKD, combining marks dropped, ß→ss, æ→ae, ø→o, œ→oe, ł→l, apostrophes dropped, lower case,
     * every run of characters other than letters and digits one {@code -}, trimmed. May be empty.
     */
    public static String slugify(String text) {
        return isAscii(text) ? asciiSlug(text) : slugOf(text);
    }

    /**
     * {@link #slugOf} for ASCII text, where folding and NFKD change nothing and there are no combining
     * marks: only the apostrophes {@code '} and {@code `} to drop (file names and most titles and tags).
     */
    static String asciiSlug(String text) {
        StringBuilder slug = new StringBuilder(text.length());
        boolean dash = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                if (dash && slug.length() > 0) {
                    slug.append('-');
                }
                dash = false;
                slug.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else if (c != '\'' && c != '`') {
                dash = true;
            }
        }
        return slug.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The slug of any text (see {@link #slugify}). */
    static String slugOf(String text) {
        String folded = text
                .replace("ß", "ss").replace("ẞ", "ss")
                .replace("æ", "ae").replace("Æ", "ae")
                .replace("ø", "o").replace("Ø", "o")
                .replace("œ", "oe").replace("Œ", "oe")
                .replace("ł", "l").replace("Ł", "l")
                .replace("đ", "d").replace("Đ", "d")
                .replace("þ", "th").replace("Þ", "th");
        String withoutMarks = COMBINING_MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKD)).replaceAll("");
        String decomposed = APOSTROPHES.matcher(withoutMarks).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(decomposed.length());
        boolean dash = false;
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint)) {
                if (dash && slug.length() > 0) {
                    slug.append('-');
                }
                dash = false;
                slug.appendCodePoint(codePoint);
            } else {
                dash = true;
            }
        }
        return slug.toString();
    }
}

package dev.rounds.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/** flexmark's character sequences as strings, without its character-by-character copy where the text is one stretch of the source. */
final class Sequences {
    private Sequences() {
    }

    /** The same string as {@code chars.toString()}. */
    static String string(BasedSequence chars) {
        if (chars instanceof SubSequence sub && sub.getBase() instanceof String source) {
            String text = source.substring(sub.getStartOffset(), sub.getEndOffset());
            // flexmark reads a NUL character of the source as U+FFFD.
            return text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
        }
        return chars.toString();
    }
}

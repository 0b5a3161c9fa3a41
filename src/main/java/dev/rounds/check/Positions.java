package dev.rounds.check;

import java.util.Arrays;

/** Turns offsets in a text into file lines and columns (1-based; columns count characters as code points). */
final class Positions {
    private final String text;
    private final int firstLine;
    private final int firstColumn;
    /** Where each line starts; found when first needed (most texts have nothing to place). */
    private int[] lineStarts;

    /** @param firstLine the file line of the text's first line */
    Positions(String text, int firstLine, int firstColumn) {
        this.text = text;
        this.firstLine = firstLine;
        this.firstColumn = firstColumn;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int count = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                count++;
            }
            int[] starts = new int[count];
            int line = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts[line++] = i + 1;
            }
            lineStarts = starts;
        }
        return lineStarts;
    }

    /** {line, column} in the file. */
    int[] at(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int[] lineStarts = lineStarts();
        int index = Arrays.binarySearch(lineStarts, clamped);
        int line = index >= 0 ? index : -index - 2;
        int column = text.codePointCount(lineStarts[line], clamped) + 1;
        return new int[] {firstLine + line, (line == 0 ? firstColumn : 1) + column - 1};
    }

    /** The offset of a file line and column, or -1 when outside the text. */
    int offsetOf(int line, int column) {
        int index = line - firstLine;
        int[] lineStarts = lineStarts();
        if (index < 0 || index >= lineStarts.length) {
            return -1;
        }
        int end = index + 1 < lineStarts.length ? lineStarts[index + 1] - 1 : text.length();
        int offset = lineStarts[index];
        for (int c = 1; c < column && offset < end; c++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return offset;
    }
}

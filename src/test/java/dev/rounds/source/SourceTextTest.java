package dev.rounds.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceTextTest {
    private static final Path FILE = Path.of("content/posts/x.md");

    private static SourceText.Decoded decode(byte[] bytes) {
        return SourceText.decode(FILE, bytes);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void plainUtf8IsDecoded() {
        SourceText.Decoded decoded = decode(utf8("Crème brûlée 🍮\n"));
        assertThat(decoded.text()).contains("Crème brûlée 🍮\n");
        assertThat(decoded.problem()).isEmpty();
    }

    @Test
    void byteOrderMarkIsDropped() {
        assertThat(decode(utf8("\uFEFF---\ntitle: T\n")).text()).contains("---\ntitle: T\n");
    }

    @Test
    void windowsAndOldMacLineEndingsBecomeNewlines() {
        assertThat(decode(utf8("a\r\nb\r\n\r\nc\rd")).text()).contains("a\nb\n\nc\nd");
    }

    @Test
    void emptyFileIsEmptyText() {
        assertThat(decode(new byte[0]).text()).contains("");
        assertThat(decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).text()).contains("");
    }

    @Test
    void badByteIsReportedAtItsLineAndColumn() {
        byte[] start = utf8("line one\nné ");
        byte[] bytes = new byte[start.length + 2];
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[start.length] = (byte) 0xFF;
        bytes[start.length + 1] = 'x';
        SourceText.Decoded decoded = decode(bytes);
        assertThat(decoded.text()).isEmpty();
        Diagnostic error = decoded.problem().orElseThrow();
        assertThat(error.isError()).isTrue();
        assertThat(error.file()).isEqualTo(FILE);
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).as("after 'n', 'é' and a space").isEqualTo(4);
        assertThat(error.message()).contains("UTF-8").contains("0xFF");
    }

    @Test
    void badByteAfterAByteOrderMarkIsCountedWithoutTheMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', (byte) 0xC3, '('};
        Diagnostic error = decode(bytes).problem().orElseThrow();
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(3);
    }

    @Test
    void badByteAfterCrLfLinesIsOnTheRightLine() {
        byte[] start = utf8("a\r\nb\r\nc");
        byte[] bytes = new byte[start.length + 1];
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[start.length] = (byte) 0x80;
        Diagnostic error = decode(bytes).problem().orElseThrow();
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(2);
    }

    @Test
    void truncatedMultiByteSequenceAtTheEndIsAnError() {
        byte[] bytes = {'o', 'k', (byte) 0xE2, (byte) 0x82};
        Diagnostic error = decode(bytes).problem().orElseThrow();
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(3);
    }

    @Test
    void overlongEncodingIsAnError() {
        assertThat(decode(new byte[] {'a', (byte) 0xC0, (byte) 0xAF}).problem()).isPresent();
    }

    @Test
    void nulByteMeansABinaryFile() {
        Diagnostic error = decode(utf8("text\nmore\u0000")).problem().orElseThrow();
        assertThat(error.message()).contains("binary");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(5);
    }

    @Test
    void controlCharactersFromWordProcessorsBecomeSpacesWithAWarning() {
        SourceText.Decoded decoded = decode(utf8("title: Line\u000Bbreak\n\nA\tpage\u000Cwith\u0007bells.\n"));
        assertThat(decoded.text()).hasValue("title: Line break\n\nA\tpage with bells.\n");
        Diagnostic warning = decoded.problem().orElseThrow();
        assertThat(warning.isError()).isFalse();
        assertThat(warning.message()).contains("U+000B");
        assertThat(warning.line()).isEqualTo(1);
        assertThat(warning.column()).isEqualTo(12);
    }

    @Test
    void controlCharactersAmongOtherScriptsAreStillFoundAndPlaced() {
        SourceText.Decoded decoded = decode(utf8("Café ☕\r\nnaïve\u007Fé\n"));
        assertThat(decoded.text()).hasValue("Café ☕\nnaïve é\n");
        Diagnostic warning = decoded.problem().orElseThrow();
        assertThat(warning.message()).contains("U+007F");
        assertThat(warning.line()).isEqualTo(2);
        assertThat(warning.column()).isEqualTo(6);
    }

    @Test
    void replacementCharacterWrittenInTheFileIsText() {
        assertThat(decode(utf8("a \uFFFD b, ☕\n")).text()).hasValue("a \uFFFD b, ☕\n");
        assertThat(decode(utf8("a \uFFFD b\r\n")).text()).hasValue("a \uFFFD b\n");
    }

    @Test
    void textWithoutControlCharactersIsReturnedAsDecoded() {
        SourceText.Decoded decoded = decode(utf8("\uFEFFtitle: Ærø\n\n\tdone, 日本語 and ☕.\n"));
        assertThat(decoded.text()).hasValue("title: Ærø\n\n\tdone, 日本語 and ☕.\n");
        assertThat(decoded.problem()).isEmpty();
    }
}

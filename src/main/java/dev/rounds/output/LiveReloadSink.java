package dev.rounds.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sink in front of another that adds the preview server's live-reload script to every HTML page.
 * Only the preview server uses it: a built site never contains the script. The script goes in just
 * before the page's closing body tag, found in the bytes themselves (it is ASCII, so the UTF-8 text
 * needs no decoding).
 */
public final class LiveReloadSink implements OutputSink {
    private final OutputSink delegate;
    private final byte[] tag;

    /** @param scriptUrl the root-relative address of the script, e.g. {@code /_rounds/live-reload.js} */
    public LiveReloadSink(OutputSink delegate, String scriptUrl) {
        this.delegate = delegate;
        this.tag = scriptTag(scriptUrl).getBytes(StandardCharsets.UTF_8);
    }

    /** The element that loads the script. */
    public static String scriptTag(String scriptUrl) {
        return "<script src=\"" + scriptUrl.replace("&", "&amp;").replace("\"", "&quot;") + "\"></script>";
    }

    @Override
    public Report publish(List<OutputFile> files) throws IOException {
        return delegate.publish(transform(files));
    }

    @Override
    public Report update(List<OutputFile> files) throws IOException {
        return delegate.update(transform(files));
    }

    private List<OutputFile> transform(List<OutputFile> files) throws IOException {
        List<OutputFile> transformed = new ArrayList<>(files.size());
        for (OutputFile file : files) {
            if (file.path().toLowerCase(Locale.ROOT).endsWith(".html")) {
                transformed.add(OutputFile.rendered(file.path(), inject(file.content(), tag), file.origin()));
            } else {
                transformed.add(file);
            }
        }
        return transformed;
    }

    /** {@code html} with {@code element} just before its closing body tag (or at its end when it has none). */
    public static String inject(String html, String element) {
        return new String(inject(html.getBytes(StandardCharsets.UTF_8), element.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    static byte[] inject(byte[] html, byte[] element) {
        int at = lastIndexOfIgnoreCase(html, "</body");
        if (at < 0) {
            at = lastIndexOfIgnoreCase(html, "</html");
        }
        if (at < 0) {
            at = html.length;
        }
        byte[] result = new byte[html.length + element.length];
        System.arraycopy(html, 0, result, 0, at);
        System.arraycopy(element, 0, result, at, element.length);
        System.arraycopy(html, at, result, at + element.length, html.length - at);
        return result;
    }

    private static int lastIndexOfIgnoreCase(byte[] text, String needle) {
        outer:
        for (int i = text.length - needle.length(); i >= 0; i--) {
            for (int j = 0; j < needle.length(); j++) {
                int c = text[i + j];
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != needle.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

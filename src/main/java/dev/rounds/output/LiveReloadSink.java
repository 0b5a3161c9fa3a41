package dev.rounds.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sink in front of another that adds the preview server's live-reload script to every HTML page.
 * Only the preview server uses it: a built site never contains the script.
 */
public final class LiveReloadSink implements OutputSink {
    private final OutputSink delegate;
    private final String tag;

    /** @param scriptUrl the root-relative address of the script, e.g. {@code /_rounds/live-reload.js} */
    public LiveReloadSink(OutputSink delegate, String scriptUrl) {
        this.delegate = delegate;
        this.tag = scriptTag(scriptUrl);
    }

    /** The element that loads the script. */
    public static String scriptTag(String scriptUrl) {
        return "<script src=\"" + scriptUrl.replace("&", "&amp;").replace("\"", "&quot;") + "\"></script>";
    }

    @Override
    public Report publish(List<OutputFile> files) throws IOException {
        List<OutputFile> transformed = new ArrayList<>(files.size());
        for (OutputFile file : files) {
            if (file.path().toLowerCase(Locale.ROOT).endsWith(".html")) {
                String html = new String(file.content(), StandardCharsets.UTF_8);
                transformed.add(OutputFile.rendered(file.path(), inject(html, tag).getBytes(StandardCharsets.UTF_8), file.origin()));
            } else {
                transformed.add(file);
            }
        }
        return delegate.publish(transformed);
    }

    /** {@code html} with {@code element} just before its closing body tag (or at its end when it has none). */
    public static String inject(String html, String element) {
        int at = lastIndexOfIgnoreCase(html, "</body");
        if (at < 0) {
            at = lastIndexOfIgnoreCase(html, "</html");
        }
        if (at < 0) {
            return html + element;
        }
        return html.substring(0, at) + element + html.substring(at);
    }

    private static int lastIndexOfIgnoreCase(String text, String needle) {
        for (int i = text.length() - needle.length(); i >= 0; i--) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}

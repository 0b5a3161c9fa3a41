package dev.rounds.serve;

import dev.rounds.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The page the preview server shows while the site has errors: every error as
 * {@code PATH:LINE:COLUMN: error: message}, with the source lines around it. Everything taken from the
 * site is escaped. With live reload on it carries the reload script, so fixing the file brings the
 * site back by itself.
 */
final class ErrorPage {
    private static final int CONTEXT_LINES = 3;
    private static final long MAX_SOURCE_BYTES = 4L * 1024 * 1024;
    private static final int MAX_SHOWN = 50;

    private ErrorPage() {
    }

    static String render(List<Diagnostic> diagnostics, Path workingDirectory, Optional<String> scriptTag) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(errors.size() == 1 ? "1 error" : errors.size() + " errors")
                .append(" in the site – Rounds preview</title>\n<style>\n")
                .append("body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff;color:#1b1b1b}")
                .append("main{max-width:60rem;margin:0 auto;padding:1.5rem}")
                .append("h1{font-size:1.5rem;color:#8a1c1c;margin:0 0 .5rem}")
                .append("h2{font:600 1rem/1.4 ui-monospace,Menlo,Consolas,monospace;margin:1.5rem 0 .5rem;overflow-wrap:anywhere}")
                .append("pre{background:#f5f5f5;border-left:4px solid #8a1c1c;padding:.75rem 1rem;overflow-x:auto;margin:0}")
                .append(".at{background:#fde8e8;display:inline-block;min-width:100%}")
                .append("@media (prefers-color-scheme:dark){body{background:#151515;color:#eee}h1{color:#ff9b9b}")
                .append("pre{background:#222;border-color:#ff9b9b}.at{background:#4a1c1c}}\n")
                .append("</style>\n</head>\n<body>\n<main>\n<h1>")
                .append(errors.size() == 1 ? "The site has an error" : "The site has " + errors.size() + " errors")
                .append("</h1>\n<p>The preview keeps running. Fix ")
                .append(errors.size() == 1 ? "it" : "them")
                .append(" and save: ")
                .append(scriptTag.isPresent() ? "this page reloads by itself." : "then reload this page.")
                .append("</p>\n");
        int shown = 0;
        for (Diagnostic diagnostic : errors) {
            if (shown++ == MAX_SHOWN) {
                html.append("<p>… and ").append(errors.size() - MAX_SHOWN).append(" more (see the terminal).</p>\n");
                break;
            }
            html.append("<section>\n<h2>").append(escape(diagnostic.format(workingDirectory))).append("</h2>\n");
            excerpt(diagnostic).ifPresent(text -> html.append("<pre>").append(text).append("</pre>\n"));
            html.append("</section>\n");
        }
        html.append("</main>\n");
        scriptTag.ifPresent(html::append);
        html.append("\n</body>\n</html>\n");
        return html.toString();
    }

    /** The lines around the diagnostic's line, numbered, with the line itself marked and a caret under its column. */
    private static Optional<String> excerpt(Diagnostic diagnostic) {
        Path file = diagnostic.file();
        if (file == null) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)
                    || Files.size(file) > MAX_SOURCE_BYTES) {
                return Optional.empty();
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        } catch (IOException e) {
            return Optional.empty();
        }
        int line = diagnostic.line();
        if (line > lines.size()) {
            return Optional.empty();
        }
        int from = Math.max(1, line - CONTEXT_LINES);
        int to = Math.min(lines.size(), line + CONTEXT_LINES);
        int width = String.valueOf(to).length();
        StringBuilder out = new StringBuilder();
        for (int n = from; n <= to; n++) {
            String number = String.format("%" + width + "d", n);
            String text = lines.get(n - 1).replace("\t", "    ");
            if (n == line) {
                out.append("<span class=\"at\">&gt; ").append(number).append(" | ").append(escape(text)).append("</span>\n");
                int column = Math.max(1, diagnostic.column());
                out.append(" ".repeat(width + 5 + Math.min(column - 1, text.length()))).append("^\n");
            } else {
                out.append("  ").append(number).append(" | ").append(escape(text)).append('\n');
            }
        }
        return Optional.of(out.toString());
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

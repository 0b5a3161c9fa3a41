package dev.rounds.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds waiver comments in Markdown, and removes them so that they never reach a published page. */
public final class Waivers {
    private static final String MARK = "\u0000";
    static final Pattern COMMENT = Pattern.compile("<!--\\s*rounds:allow\\b(?<inner>.*?)-->", Pattern.DOTALL);
    private static final Pattern INNER = Pattern.compile(
            "\\s*(?<rule>[A-Za-z0-9_.-]+)?\\s*(?:\"(?<reason>[^\"]*)\"|“(?<curly>[^”]*)”)?\\s*(?<rest>.*)", Pattern.DOTALL);

    /**
     * One waiver comment in a body.
     *
     * @param start offset of {@code <!--}
     * @param end offset after {@code -->}
     * @param target the 0-based body line whose findings it waives
     * @param rule null when none is named
     * @param reason null when none is given
     * @param rest text after the reason that is not part of the syntax
     */
    record Comment(int start, int end, int target, String rule, String reason, String rest) {
    }

    private Waivers() {
    }

    /** The body without its waiver comments: a line that held only waivers becomes empty; line numbers stay the same. */
    public static String strip(String body) {
        if (!body.contains("rounds:allow")) {
            return body;
        }
        // Mark each comment with a NUL (never in source text), keeping the line breaks it spanned.
        String marked = COMMENT.matcher(body).replaceAll(match ->
                Matcher.quoteReplacement(MARK + "\n".repeat((int) match.group().chars().filter(c -> c == '\n').count())));
        if (marked.indexOf(MARK) < 0) {
            return body;
        }
        String[] lines = marked.split("\n", -1);
        StringBuilder result = new StringBuilder(body.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.indexOf(MARK) >= 0) {
                // drop the spaces before each comment too, so that no hard line break (two trailing spaces) appears
                line = line.replaceAll("[ \t]*" + MARK, "");
                if (line.isBlank()) {
                    line = "";
                }
            }
            result.append(line);
            if (i < lines.length - 1) {
                result.append('\n');
            }
        }
        return result.toString();
    }

    /** Every waiver comment of {@code body}, with the line it applies to. */
    static List<Comment> find(String body) {
        List<Comment> comments = new ArrayList<>();
        if (!body.contains("rounds:allow")) {
            return comments;
        }
        Matcher matcher = COMMENT.matcher(body);
        while (matcher.find()) {
            Matcher inner = INNER.matcher(matcher.group("inner"));
            String rule = null;
            String reason = null;
            String rest = "";
            if (inner.matches()) {
                rule = inner.group("rule");
                reason = inner.group("reason") != null ? inner.group("reason") : inner.group("curly");
                rest = inner.group("rest").strip();
            }
            comments.add(new Comment(matcher.start(), matcher.end(), target(body, matcher.start(), matcher.end()), rule, reason, rest));
        }
        return comments;
    }

    /** The line the waiver speaks for: its own when it follows text, else the next line that is not blank. */
    private static int target(String body, int start, int end) {
        int lineStart = lineStart(body, start);
        String before = COMMENT.matcher(body.substring(lineStart, start)).replaceAll("");
        int line = lineOf(body, start);
        if (!before.isBlank()) {
            return line;
        }
        int eol = body.indexOf('\n', end);
        String after = COMMENT.matcher(body.substring(end, eol < 0 ? body.length() : eol)).replaceAll("");
        if (!after.isBlank()) {
            return lineOf(body, end);
        }
        int next = lineOf(body, end) + 1;
        int position = eol < 0 ? body.length() : eol + 1;
        while (position < body.length()) {
            int lineEnd = body.indexOf('\n', position);
            String text = body.substring(position, lineEnd < 0 ? body.length() : lineEnd);
            if (!COMMENT.matcher(text).replaceAll("").isBlank()) {
                return next;
            }
            next++;
            position = lineEnd < 0 ? body.length() : lineEnd + 1;
        }
        return next;
    }

    static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

}

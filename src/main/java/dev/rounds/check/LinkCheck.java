package dev.rounds.check;

import dev.rounds.diagnostic.Severity;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Root-relative links and images in an entry's HTML that point into the site at a file the build does not make. */
final class LinkCheck {
    static final Pattern ATTRIBUTE = Pattern.compile("(?i)\\s(?:href|src|poster)\\s*=\\s*\"([^\"]*)\"");
    /** {@link #ATTRIBUTE}'s names: it can match only at the space before one of them. */
    private static final Candidates.Words NAMES = new Candidates.Words("href", "src", "poster");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private LinkCheck() {
    }

    /**
     * @param pageUrl the entry's URL path without the base path ({@code /2026/03/foot-care/})
     * @param basePath the site's base path ({@code /} or {@code /blog/})
     * @param outputs the paths of every file the build makes ({@code 2026/03/foot-care/index.html})
     */
    static void scan(String html, String body, String pageUrl, String basePath, Set<String> outputs, List<Finding> findings) {
        Candidates attributes = new Candidates(ATTRIBUTE, html, attributeStarts(html));
        java.util.Set<String> reported = new java.util.HashSet<>();
        while (attributes.find()) {
            Matcher matcher = attributes.matcher();
            String link = unescape(matcher.group(1).strip());
            if (link.isEmpty() || link.startsWith("#") || link.startsWith("//") || SCHEME.matcher(link).find()) {
                continue;
            }
            String path = link.replaceFirst("[?#].*$", "");
            if (!path.startsWith("/")) {
                // relative links depend on where the HTML is shown (a page, a list, a feed): only root-relative ones are checked
                continue;
            }
            String written = link;
            String sitePath;
            if (!path.startsWith(basePath) && !(path + "/").equals(basePath)) {
                sitePath = null;
            } else {
                sitePath = path.length() <= basePath.length() ? "" : path.substring(basePath.length());
                written = "/" + link.substring(Math.min(link.length(), basePath.length()));
            }
            if (sitePath != null && exists(decode(sitePath), outputs)) {
                continue;
            }
            if (!reported.add(link)) {
                continue;
            }
            int at = body.indexOf(written);
            if (at < 0) {
                at = body.indexOf(written.replaceFirst("[?#].*$", ""));
            }
            int start = Math.max(0, at);
            findings.add(new Finding(Rules.BROKEN_LINK, Severity.ERROR, start, start + Math.max(1, at < 0 ? 1 : written.length()),
                    "a link to " + written + ", which the site does not have"
                            + (sitePath == null ? " (it is outside the site's base path " + basePath + ")" : "")));
        }
    }

    /** Where {@link #ATTRIBUTE} can match: just before each of its names. */
    static int[] attributeStarts(String html) {
        return NAMES.startsIn(html, -1);
    }

    private static boolean exists(String path, Set<String> outputs) {
        String clean = path.startsWith("/") ? path.substring(1) : path;
        if (clean.isEmpty() || clean.endsWith("/")) {
            return outputs.contains(clean + "index.html");
        }
        return outputs.contains(clean) || outputs.contains(clean + "/index.html");
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static String unescape(String attribute) {
        return attribute.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }
}

package dev.rounds.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links between entries by source path: {@code [daily checks](2024-01-10-daily-checks.md)} or
 * {@code [about](../pages/about.md)}, relative to the linking file, become the linked entry's URL,
 * anchor and query kept. A link to a Markdown file that does not exist, or to an entry this build
 * does not publish (a draft, a future post), is a problem to report at the link.
 */
public final class EntryLinks {
    /** The site-relative source path of the document being rendered. */
    static final DataKey<String> SOURCE = new DataKey<>("ROUNDS_SOURCE_ID", "");

    /** The URL path of the entry's own page, from the site root. */
    static final DataKey<String> PAGE_URL = new DataKey<>("ROUNDS_PAGE_URL", "/");

    /** Where the document's links led while it was rendered: a render is reused only while they lead there still. */
    static final NullableDataKey<LinkLog> LOG = new NullableDataKey<>("ROUNDS_LINK_LOG");

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:");

    private final Map<String, String> urls;
    private final Map<String, String> unpublished;
    private final Set<String> otherFiles;

    /**
     * @param urls the URL path (from the site root, without the base path) of every published
     *             entry, by its site-relative source path ({@code content/posts/2026-03-01-x.md})
     * @param unpublished why each entry that this build leaves out is not published, by source
     *                    path: a clause such as "a draft, published only with --drafts"
     * @param otherFiles source paths of Markdown files that are neither: files published as they
     *                   are beside a bundle's page, and entries whose own errors are reported
     *                   already; links to them are left as they are
     */
    public EntryLinks(Map<String, String> urls, Map<String, String> unpublished, Set<String> otherFiles) {
        this.urls = Map.copyOf(urls);
        this.unpublished = Map.copyOf(unpublished);
        this.otherFiles = Set.copyOf(otherFiles);
    }

    /** What becomes of one link: a new URL, a problem to report, or neither (left as written). */
    record Resolution(Optional<String> url, Optional<String> problem) {
        static final Resolution UNCHANGED = new Resolution(Optional.empty(), Optional.empty());
    }

    /** Resolves {@code destination}, as written in the entry {@code fromId}, noting it in the document's log. */
    Resolution resolve(DataHolder document, String fromId, String destination) {
        Resolution resolution = resolve(fromId, destination);
        LinkLog log = LOG.get(document);
        if (log != null) {
            log.note(destination, resolution);
        }
        return resolution;
    }

    /** Whether every link in {@code uses}, written in the entry {@code fromId}, still leads where it led. */
    boolean leadSame(String fromId, List<CachedRender.LinkUse> uses) {
        for (CachedRender.LinkUse use : uses) {
            Resolution now = resolve(fromId, use.destination());
            if (!now.url().equals(use.url()) || !now.problem().equals(use.problem())) {
                return false;
            }
        }
        return true;
    }

    /** Resolves {@code destination}, as written in the entry {@code fromId}. */
    Resolution resolve(String fromId, String destination) {
        String written = destination.strip();
        if (written.isEmpty() || written.startsWith("#") || written.startsWith("//") || SCHEME.matcher(written).find()) {
            return Resolution.UNCHANGED;
        }
        int hash = written.indexOf('#');
        String fragment = hash < 0 ? "" : written.substring(hash);
        String beforeFragment = hash < 0 ? written : written.substring(0, hash);
        int question = beforeFragment.indexOf('?');
        String query = question < 0 ? "" : beforeFragment.substring(question);
        String path = question < 0 ? beforeFragment : beforeFragment.substring(0, question);
        if (!path.toLowerCase(Locale.ROOT).endsWith(".md") || path.startsWith("/") && !path.startsWith("/content/")) {
            return Resolution.UNCHANGED;
        }
        // A link from the site's folder (/content/posts/x.md) is a source path too.
        Optional<String> target = path.startsWith("/") ? resolvePath("", decoded(path)) : resolvePath(fromId, decoded(path));
        if (target.isEmpty()) {
            return problem("the link to '" + written + "' leads outside the site's folder");
        }
        String id = target.get();
        if (urls.containsKey(id)) {
            return new Resolution(Optional.of(urls.get(id) + query + fragment), Optional.empty());
        }
        if (unpublished.containsKey(id)) {
            return problem("the link to '" + written + "' leads to " + id + ", which is " + unpublished.get(id));
        }
        if (otherFiles.contains(id)) {
            return Resolution.UNCHANGED;
        }
        return problem("the link to '" + written + "' leads to " + id + ", which does not exist" + suggestion(fromId, id));
    }

    private static Resolution problem(String message) {
        return new Resolution(Optional.empty(), Optional.of(message));
    }

    /** A hint when the file is an entry in another folder, or its name is in other letter case. */
    private String suggestion(String fromId, String missing) {
        String wanted = entryName(missing);
        Optional<String> found = urls.keySet().stream().filter(id -> id.equalsIgnoreCase(missing)).findFirst()
                .or(() -> urls.keySet().stream().filter(id -> entryName(id).equalsIgnoreCase(wanted)).sorted().findFirst());
        return found.map(id -> " (did you mean '" + relative(fromId, id) + "'?)").orElse("");
    }

    /** The file name without {@code .md}, or the folder's name for a bundle's {@code index.md}. */
    private static String entryName(String id) {
        String path = id.endsWith("/index.md") ? id.substring(0, id.length() - "/index.md".length()) : id;
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.toLowerCase(Locale.ROOT).endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** The path of {@code toId} as written from the folder of {@code fromId}. */
    static String relative(String fromId, String toId) {
        String[] from = folderOf(fromId).split("/");
        String[] to = toId.split("/");
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder path = new StringBuilder();
        for (int i = common; i < from.length; i++) {
            if (!from[i].isEmpty()) {
                path.append("../");
            }
        }
        for (int i = common; i < to.length; i++) {
            path.append(to[i]).append(i < to.length - 1 ? "/" : "");
        }
        return path.toString();
    }

    private static String folderOf(String id) {
        int slash = id.lastIndexOf('/');
        return slash < 0 ? "" : id.substring(0, slash);
    }

    /** The site-relative path a relative link names; empty when it climbs above the site's folder. */
    private static Optional<String> resolvePath(String fromId, String path) {
        Deque<String> parts = new ArrayDeque<>();
        String folder = folderOf(fromId);
        for (String part : (folder.isEmpty() ? path : folder + "/" + path).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /**
     * The flexmark side: rewrites the links of the document being rendered. For a summary shown on
     * list pages ({@code forLists}), the other relative links and images are also made
     * root-relative, resolved against the entry's own page, so they lead where they do there.
     */
    final class Resolver extends IndependentLinkResolverFactory {
        private final boolean forLists;

        Resolver(boolean forLists) {
            this.forLists = forLists;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return (Node node, LinkResolverBasicContext basicContext, ResolvedLink link) -> {
                Optional<String> url = Optional.empty();
                if (link.getLinkType() == LinkType.LINK) {
                    url = resolve(basicContext.getDocument(), SOURCE.get(basicContext.getDocument()), link.getUrl()).url();
                }
                // A bare web or mail address (www.nhs.uk, clinic@example.org) is an address, never a path relative to the page.
                boolean written = !(node instanceof AutoLink || node instanceof MailLink);
                if (url.isEmpty() && forLists && written && (link.getLinkType() == LinkType.LINK || link.getLinkType() == LinkType.IMAGE)) {
                    url = fromPage(PAGE_URL.get(basicContext.getDocument()), link.getUrl());
                }
                return url.map(resolved -> link.withStatus(LinkStatus.VALID).withUrl(resolved)).orElse(link);
            };
        }
    }

    /** A relative address as a browser on the page at {@code pageUrl} reads it; empty for any other address. */
    static Optional<String> fromPage(String pageUrl, String address) {
        String written = address.strip();
        if (written.isEmpty() || written.startsWith("/") || SCHEME.matcher(written).find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(URI.create(pageUrl).resolve(written).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The links one document's render looked up, each destination once; used by one thread at a time. */
    static final class LinkLog {
        private final Map<String, Resolution> resolutions = new LinkedHashMap<>();

        void note(String destination, Resolution resolution) {
            resolutions.putIfAbsent(destination, resolution);
        }

        List<CachedRender.LinkUse> uses() {
            return resolutions.entrySet().stream()
                    .map(e -> new CachedRender.LinkUse(e.getKey(), e.getValue().url(), e.getValue().problem()))
                    .toList();
        }
    }
}

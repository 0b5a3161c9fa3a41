package dev.rounds.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives every heading of an entry an id, before anything is rendered, so the headings and the
 * table of contents agree. An id never equals one the shipped theme uses for itself, never looks
 * like a footnote's ({@code fn-…}, {@code fnref-…}), and is unique in the entry; a note's ids start
 * with its anchor scope ({@code 1430--update}), because several notes are shown in full on one
 * list page.
 */
final class HeadingIds {
    /** The ids the clinic theme's templates give their own elements (kept in step by a test). */
    static final Set<String> THEME_IDS = Set.of("main", "posts-heading", "notes-heading", "declarations-heading",
            "feeds", "how-to-subscribe", "what-is-a-feed");

    /** Ids the theme makes from values: the archive's year headings, the subscribe page's feed groups. */
    static final Pattern THEME_ID_PATTERN = Pattern.compile("(year|feeds)-[0-9]+");

    private static final Pattern FOOTNOTE_LIKE = Pattern.compile("fn(ref)?-.*");

    private HeadingIds() {
    }

    /**
     * @param headings the document's {@link #headings}
     * @param scope the entry's anchor scope (see {@link AnchorScopes}), used for a note's heading ids
     * @param scoped whether to start every id with the scope
     */
    static void assign(List<Heading> headings, Document document, String scope, boolean scoped) {
        String toDash = HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS.get(document);
        String nonDash = HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS.get(document);
        boolean noDupedDashes = HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES.get(document);
        boolean nonAsciiToLowercase = HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE.get(document);
        Set<String> used = new HashSet<>();
        for (Heading heading : headings) {
            String base = HeaderIdGenerator.generateId(heading.getAnchorRefText(), toDash, nonDash, noDupedDashes, nonAsciiToLowercase);
            if (base.isEmpty()) {
                base = "section";
            }
            if (FOOTNOTE_LIKE.matcher(base).matches()) {
                base = "section-" + base;
            }
            String id = scoped ? scope + "--" + base : base;
            if (isThemeId(id)) {
                id = id + "-section";
            }
            String unique = id;
            for (int i = 1; !used.add(unique); i++) {
                unique = id + "-" + i;
            }
            heading.setAnchorRefId(unique);
        }
    }

    static boolean isThemeId(String id) {
        return THEME_IDS.contains(id) || THEME_ID_PATTERN.matcher(id).matches();
    }

    /** The headings of the document, in order, at any depth (in lists and quotes too). */
    static List<Heading> headings(Node root) {
        List<Heading> headings = new ArrayList<>();
        collect(root, headings);
        return headings;
    }

    private static void collect(Node node, List<Heading> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading) {
                found.add(heading);
            } else {
                collect(child, found);
            }
        }
    }
}

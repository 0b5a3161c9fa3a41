package dev.rounds.markdown;

import dev.rounds.content.EntryKind;
import java.util.List;
import java.util.Optional;

/**
 * One entry's rendered Markdown together with everything the render read: the entry's text and
 * the fields that shape it, and where each of its links to other files led. A later build reuses
 * the render only while all of that is still the same (see {@link MarkdownRenderer#reuse}).
 *
 * @param source the entry's file, as its diagnostics would name it
 * @param links every link destination the render looked up, in the order it met them
 */
public record CachedRender(String id, String source, String url, EntryKind kind, boolean toc, String anchorScope, int bodyLine,
                           String body, RenderedContent content, List<LinkUse> links) {

    public CachedRender {
        links = List.copyOf(links);
    }

    /** A link destination as written, and what it led to: a new URL, a problem, or neither (left as written). */
    public record LinkUse(String destination, Optional<String> url, Optional<String> problem) {
    }
}

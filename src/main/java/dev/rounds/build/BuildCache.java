package dev.rounds.build;

import dev.rounds.config.BuildOptions;
import dev.rounds.config.SiteConfig;
import dev.rounds.content.Entry;
import dev.rounds.content.SiteIndex;
import dev.rounds.markdown.MarkdownRenderer;
import dev.rounds.markdown.RenderedContent;
import dev.rounds.source.SourceFile;
import dev.rounds.template.TemplateRenderer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * What a long-running session (the preview server) keeps of its last successful build, so that an
 * edit to one entry can be rendered without building the whole site again
 * ({@link SiteBuilder#renderChanged}). One per session, never shared between sites; the values it
 * holds are immutable, and it is replaced whole after each successful build.
 */
public final class BuildCache {
    private final AtomicLong cancellations = new AtomicLong();
    private volatile Snapshot last;

    /**
     * The inputs and engines of one successful build.
     *
     * @param files the site's sources by relative path
     * @param entries every entry loaded, published or not, by id
     * @param index the published entries
     * @param scopes each entry's anchor scope ({@link dev.rounds.markdown.AnchorScopes})
     */
    record Snapshot(BuildOptions options, SiteConfig config, Map<String, SourceFile> files, Map<String, Entry> entries,
                    SiteIndex index, Map<String, RenderedContent> rendered, Map<String, Object> data,
                    MarkdownRenderer markdown, Map<String, String> scopes, TemplateRenderer templates) {

        /** Whether a build with {@code other} would read the site the same way (only the clock may differ). */
        boolean sameOptions(BuildOptions other) {
            return options.siteDir().toAbsolutePath().normalize().equals(other.siteDir().toAbsolutePath().normalize())
                    && options.drafts() == other.drafts() && options.future() == other.future()
                    && Objects.equals(options.baseUrlOverride(), other.baseUrlOverride());
        }
    }

    Snapshot last() {
        return last;
    }

    void remember(Snapshot snapshot) {
        last = snapshot;
    }

    /** Whether a build was remembered, so that {@link SiteBuilder#renderChanged} may work. */
    public boolean hasBuild() {
        return last != null;
    }

    /**
     * Asks the full build running with this cache, if any, to stop at its next step without
     * publishing: a partial render has made its result out of date before it could finish.
     */
    void cancelRunningBuild() {
        cancellations.incrementAndGet();
    }

    /** A check that turns true once {@link #cancelRunningBuild()} is called after this moment. */
    BooleanSupplier cancellation() {
        long at = cancellations.get();
        return () -> cancellations.get() != at;
    }

    /** Forgets the last build. */
    public void clear() {
        last = null;
    }
}

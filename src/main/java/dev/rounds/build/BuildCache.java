package dev.rounds.build;

import dev.rounds.config.BuildOptions;
import dev.rounds.config.SiteConfig;
import dev.rounds.content.Entry;
import dev.rounds.content.SiteIndex;
import dev.rounds.markdown.MarkdownRenderer;
import dev.rounds.markdown.RenderedContent;
import dev.rounds.source.SourceFile;
import dev.rounds.template.TemplateRenderer;
import dev.rounds.template.ViewModelFactory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    private Snapshot last;
    private Edit pending;

    /**
     * The inputs and engines of one successful build.
     *
     * @param files the site's sources by relative path
     * @param entries every entry loaded, published or not, by id
     * @param index the published entries
     * @param scopes each entry's anchor scope ({@link dev.rounds.markdown.AnchorScopes})
     * @param views the views of the build's entries, made once and reused for every entry an edit leaves alone
     * @param outputPaths every file the build published, for the link checks of an edited entry
     */
    record Snapshot(BuildOptions options, SiteConfig config, Map<String, SourceFile> files, Map<String, Entry> entries,
                    SiteIndex index, Map<String, RenderedContent> rendered, Map<String, Object> data,
                    MarkdownRenderer markdown, Map<String, String> scopes, TemplateRenderer templates,
                    ViewModelFactory views, Set<String> outputPaths) {

        /** This build with other templates, the content as it was. */
        Snapshot withTemplates(TemplateRenderer newTemplates) {
            return new Snapshot(options, config, files, entries, index, rendered, data, markdown, scopes, newTemplates, views,
                    outputPaths);
        }

        /** This build with the edit in it: the entries' new versions, their rendered bodies and views. */
        Snapshot with(Edit edit) {
            Map<String, Entry> allEntries = new LinkedHashMap<>(entries);
            allEntries.putAll(edit.edited());
            return new Snapshot(options, config, files, Collections.unmodifiableMap(allEntries), edit.index(),
                    edit.rendered(), data, markdown, scopes, templates, edit.views(), outputPaths);
        }

        /** Whether a build with {@code other} would read the site the same way (only the clock may differ). */
        boolean sameOptions(BuildOptions other) {
            return options.siteDir().toAbsolutePath().normalize().equals(other.siteDir().toAbsolutePath().normalize())
                    && options.drafts() == other.drafts() && options.future() == other.future()
                    && Objects.equals(options.baseUrlOverride(), other.baseUrlOverride());
        }
    }

    /**
     * Edited entries whose own pages are rendered ({@link SiteBuilder#renderChanged}) and whose
     * lists and feeds are next ({@link SiteBuilder#renderListsOfChanged}).
     *
     * @param base the snapshot the edit was rendered on
     * @param edited the new versions of the edited entries, by id
     */
    record Edit(Snapshot base, Map<String, Entry> edited, SiteIndex index, Map<String, RenderedContent> rendered,
                ViewModelFactory views) {
    }

    synchronized Snapshot last() {
        return last;
    }

    /** Remembers a full build's snapshot, unless a partial render cancelled that build meanwhile. */
    synchronized void remember(Snapshot snapshot, BooleanSupplier cancelled) {
        if (!cancelled.getAsBoolean()) {
            last = snapshot;
            pending = null;
        }
    }

    /** Replaces the snapshot {@code expected} by {@code next}; false when another build replaced it first. */
    synchronized boolean replace(Snapshot expected, Snapshot next) {
        if (last != expected) {
            return false;
        }
        last = next;
        return true;
    }

    synchronized void pending(Edit edit) {
        pending = edit;
    }

    /** The edit rendered last and not yet followed by its lists, now taken (null when there is none). */
    synchronized Edit takePending() {
        Edit edit = pending;
        pending = null;
        return edit;
    }

    /** Whether a build was remembered, so that {@link SiteBuilder#renderChanged} may work. */
    public synchronized boolean hasBuild() {
        return last != null;
    }

    /**
     * Asks the full build running with this cache, if any, to stop at its next step without
     * publishing or being remembered: a partial render has made its result out of date before it
     * could finish.
     */
    synchronized void cancelRunningBuild() {
        cancellations.incrementAndGet();
    }

    /** A check that turns true once {@link #cancelRunningBuild()} is called after this moment. */
    BooleanSupplier cancellation() {
        long at = cancellations.get();
        return () -> cancellations.get() != at;
    }

    /** Forgets the last build. */
    public synchronized void clear() {
        last = null;
        pending = null;
    }
}

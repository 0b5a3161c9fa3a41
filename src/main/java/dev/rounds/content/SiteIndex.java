package dev.rounds.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every published entry of a build, keyed by id, with the sorted lists every page shares: built
 * once, so list pages never re-sort or re-filter per page.
 */
public final class SiteIndex {
    /** Newest first; undated entries last, then by id so the order never depends on the file system. */
    public static final Comparator<Entry> NEWEST_FIRST = Comparator
            .comparing(Entry::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Entry::id);

    /** A tag with its entries, newest first. */
    public record TagGroup(String name, String slug, List<Entry> entries) {
    }

    private final Map<String, Entry> byId;
    private final List<Entry> posts;
    private final List<Entry> notes;
    private final List<Entry> pages;
    private final List<Entry> postsAndNotes;
    private final Map<String, TagGroup> tags;

    public SiteIndex(List<Entry> entries) {
        Map<String, Entry> ids = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(Entry::id)).forEach(e -> ids.put(e.id(), e));
        this.byId = java.util.Collections.unmodifiableMap(ids);
        this.posts = sorted(entries, EntryKind.POST);
        this.notes = sorted(entries, EntryKind.NOTE);
        this.pages = entries.stream().filter(e -> e.kind() == EntryKind.PAGE)
                .sorted(Comparator.comparing(Entry::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Entry::id)).toList();
        this.postsAndNotes = entries.stream().filter(e -> e.kind() != EntryKind.PAGE).sorted(NEWEST_FIRST).toList();
        this.tags = groupTags(postsAndNotes);
    }

    private SiteIndex(Map<String, Entry> byId, List<Entry> posts, List<Entry> notes, List<Entry> pages,
                      List<Entry> postsAndNotes, Map<String, TagGroup> tags) {
        this.byId = byId;
        this.posts = posts;
        this.notes = notes;
        this.pages = pages;
        this.postsAndNotes = postsAndNotes;
        this.tags = tags;
    }

    /**
     * This index with some entries replaced by new versions that sort and group exactly as the old
     * ones (same id, kind, date, title and tags; only their body differs), without sorting again.
     */
    public SiteIndex replacing(Map<String, Entry> replacements) {
        for (Map.Entry<String, Entry> replacement : replacements.entrySet()) {
            Entry old = byId.get(replacement.getKey());
            Entry now = replacement.getValue();
            if (old == null || !old.id().equals(now.id()) || old.kind() != now.kind() || !java.util.Objects.equals(old.date(), now.date())
                    || !java.util.Objects.equals(old.title(), now.title()) || !old.tags().equals(now.tags())) {
                throw new IllegalArgumentException("not the same place in the index: " + replacement.getKey());
            }
        }
        Map<String, Entry> ids = new LinkedHashMap<>();
        byId.forEach((id, entry) -> ids.put(id, replacements.getOrDefault(id, entry)));
        Map<String, TagGroup> groups = new LinkedHashMap<>();
        tags.forEach((slug, group) -> groups.put(slug, new TagGroup(group.name(), group.slug(), swap(group.entries(), replacements))));
        return new SiteIndex(java.util.Collections.unmodifiableMap(ids), swap(posts, replacements), swap(notes, replacements),
                swap(pages, replacements), swap(postsAndNotes, replacements), java.util.Collections.unmodifiableMap(groups));
    }

    private static List<Entry> swap(List<Entry> entries, Map<String, Entry> replacements) {
        List<Entry> swapped = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            swapped.add(replacements.getOrDefault(entry.id(), entry));
        }
        return List.copyOf(swapped);
    }

    private static List<Entry> sorted(List<Entry> entries, EntryKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).sorted(NEWEST_FIRST).toList();
    }

    private static Map<String, TagGroup> groupTags(List<Entry> newestFirst) {
        Map<String, List<Entry>> entriesBySlug = new TreeMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Entry entry : newestFirst) {
            for (Tag tag : entry.tags()) {
                entriesBySlug.computeIfAbsent(tag.slug(), s -> new ArrayList<>()).add(entry);
                spellings.computeIfAbsent(tag.slug(), s -> new TreeMap<>()).merge(tag.name(), 1, Integer::sum);
            }
        }
        Map<String, TagGroup> groups = new LinkedHashMap<>();
        entriesBySlug.forEach((slug, tagged) -> {
            String name = spellings.get(slug).entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(slug);
            groups.put(slug, new TagGroup(name, slug, List.copyOf(tagged)));
        });
        return java.util.Collections.unmodifiableMap(groups);
    }

    public Map<String, Entry> byId() {
        return byId;
    }

    public List<Entry> all() {
        return List.copyOf(byId.values());
    }

    /** Posts, newest first. */
    public List<Entry> posts() {
        return posts;
    }

    /** Notes, newest first. */
    public List<Entry> notes() {
        return notes;
    }

    /** Pages, by title. */
    public List<Entry> pages() {
        return pages;
    }

    /** Posts and notes together, newest first. */
    public List<Entry> postsAndNotes() {
        return postsAndNotes;
    }

    /** Tags by slug, in slug order. */
    public Map<String, TagGroup> tags() {
        return tags;
    }

    /** Posts grouped by the year of their date in the site's zone, newest year first. */
    public Map<Integer, List<Entry>> postsByYear() {
        Map<Integer, List<Entry>> years = new TreeMap<>(Comparator.reverseOrder());
        for (Entry post : posts) {
            years.computeIfAbsent(post.date().getYear(), year -> new ArrayList<>()).add(post);
        }
        return years;
    }
}

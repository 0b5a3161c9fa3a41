package dev.rounds.markdown;

import dev.rounds.content.Entry;
import dev.rounds.content.Slugs;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A short, site-unique name per entry, put into the ids of its footnotes (and of a note's
 * headings) so that entries shown together on one list page never share an id: the slug when no
 * other entry has it, else the URL made into a slug ({@code notes-2026-11-25-1430}). Like slugs,
 * a scope never holds {@code --}, which separates it from what follows in a note's heading ids.
 */
public final class AnchorScopes {
    private AnchorScopes() {
    }

    /** Scopes by entry id. */
    public static Map<String, String> of(Collection<Entry> entries) {
        Map<String, Integer> slugCounts = new HashMap<>();
        for (Entry entry : entries) {
            slugCounts.merge(entry.slug(), 1, Integer::sum);
        }
        List<Entry> ordered = entries.stream().sorted(Comparator.comparing(Entry::id)).toList();
        Map<String, String> scopes = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Entry entry : ordered) {
            if (slugCounts.get(entry.slug()) == 1 && used.add(entry.slug())) {
                scopes.put(entry.id(), entry.slug());
            }
        }
        for (Entry entry : ordered) {
            if (!scopes.containsKey(entry.id())) {
                String fromUrl = Slugs.slugify(entry.url());
                String scope = fromUrl;
                for (int i = 2; !used.add(scope); i++) {
                    scope = fromUrl + "-" + i;
                }
                scopes.put(entry.id(), scope);
            }
        }
        return Map.copyOf(scopes);
    }
}

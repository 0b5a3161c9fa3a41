package dev.rounds.serve;

import dev.rounds.diagnostic.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * What the preview server serves, replaced whole after each rebuild.
 *
 * @param id names this state for the live-reload script ({@code server-generation}); a tab that hears
 *           a different id than the one it last heard reloads
 * @param basePath the path the site is served under ({@code /} or e.g. {@code /blog/})
 * @param files the last site that built without errors (path without leading slash → bytes); empty
 *              when none has yet
 * @param errors the errors of the latest build: while there are any, pages show the error page
 * @param errorPage the error page's HTML, or an empty array
 */
record SiteState(String id, String basePath, Map<String, byte[]> files, List<Diagnostic> errors, byte[] errorPage) {

    SiteState {
        errors = List.copyOf(errors);
    }

    boolean failed() {
        return !errors.isEmpty();
    }
}

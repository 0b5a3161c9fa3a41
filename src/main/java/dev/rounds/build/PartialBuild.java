package dev.rounds.build;

import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.output.OutputFile;
import java.time.Duration;
import java.util.List;

/**
 * The pages of a few edited entries, rendered on their own by {@link SiteBuilder#renderChanged}
 * (the preview server serves them at once), or the lists and feeds that show those entries,
 * rendered next by {@link SiteBuilder#renderListsOfChanged}.
 *
 * @param outputs the re-rendered files (none when {@code diagnostics} has errors)
 * @param diagnostics what was found in the edited files
 */
public record PartialBuild(List<OutputFile> outputs, List<Diagnostic> diagnostics, Duration duration) {

    public PartialBuild {
        outputs = List.copyOf(outputs);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}

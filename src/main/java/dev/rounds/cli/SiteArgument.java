package dev.rounds.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The SITE argument that build, check and serve share. */
final class SiteArgument {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SITE", defaultValue = ".",
            description = "The site folder, holding site.yaml (default: the current folder).")
    Path folder;
}

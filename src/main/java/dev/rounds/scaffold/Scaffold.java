package dev.rounds.scaffold;

import dev.rounds.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What a {@code rounds new} command did: the files it wrote, or the problems that stopped it (then it
 * wrote nothing).
 */
public record Scaffold(List<Path> written, List<Diagnostic> problems) {

    public Scaffold {
        written = List.copyOf(written);
        problems = List.copyOf(problems);
    }

    static Scaffold wrote(List<Path> files) {
        return new Scaffold(files, List.of());
    }

    static Scaffold refused(Diagnostic problem) {
        return new Scaffold(List.of(), List.of(problem));
    }

    static Scaffold refused(List<Diagnostic> problems) {
        return new Scaffold(List.of(), problems);
    }

    public boolean ok() {
        return problems.stream().noneMatch(Diagnostic::isError);
    }
}

package dev.rounds.template;

import dev.rounds.diagnostic.Diagnostic;

/** A template that cannot be read or rendered, as a diagnostic that points at the template's line. */
public final class TemplateProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    TemplateProblem(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}

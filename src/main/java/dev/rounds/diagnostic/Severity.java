package dev.rounds.diagnostic;

import java.util.Locale;

/** How serious a diagnostic is; errors stop a build from writing anything. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

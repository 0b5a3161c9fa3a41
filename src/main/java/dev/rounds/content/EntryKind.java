package dev.rounds.content;

import java.util.Locale;

/** The three kinds of entry a site is written in. */
public enum EntryKind {
    POST, NOTE, PAGE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

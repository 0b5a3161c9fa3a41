package dev.rounds.source;

/** What a file in a site folder is for; one classification serves the scanner and the watcher. */
public enum SourceKind {
    CONFIG, POST, NOTE, PAGE, ENTRY_RESOURCE, DATA, STATIC, LAYOUT, THEME, STRAY_CONTENT, IGNORED;

    public boolean isEntry() {
        return this == POST || this == NOTE || this == PAGE;
    }
}

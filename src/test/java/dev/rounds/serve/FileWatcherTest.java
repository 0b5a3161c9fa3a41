package dev.rounds.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileWatcherTest {

    @Test
    void sourcesMatter() {
        assertThat(FileWatcher.matters("site.yaml", false)).isTrue();
        assertThat(FileWatcher.matters("content/posts/2026-01-01-x.md", false)).isTrue();
        assertThat(FileWatcher.matters("content/posts/2026-01-01-x/photo.jpg", false)).isTrue();
        assertThat(FileWatcher.matters("data/events.yaml", false)).isTrue();
        assertThat(FileWatcher.matters("static/css/site.css", false)).isTrue();
        assertThat(FileWatcher.matters("static/.well-known/security.txt", false)).isTrue();
        assertThat(FileWatcher.matters("layouts/post.ftlh", false)).isTrue();
        assertThat(FileWatcher.matters("themes/mine/static/x.css", false)).isTrue();
        assertThat(FileWatcher.matters("content", true)).isTrue();
        assertThat(FileWatcher.matters("content/posts/2026-01-01-bundle", true)).isTrue();
    }

    @Test
    void outputGitAndEditorLeftoversDoNot() {
        assertThat(FileWatcher.matters("public/index.html", false)).isFalse();
        assertThat(FileWatcher.matters("public", true)).isFalse();
        assertThat(FileWatcher.matters(".git/index", false)).isFalse();
        assertThat(FileWatcher.matters(".git", true)).isFalse();
        assertThat(FileWatcher.matters("content/posts/.#x.md", false)).isFalse();
        assertThat(FileWatcher.matters("content/posts/x.md~", false)).isFalse();
        assertThat(FileWatcher.matters("content/posts/.x.md.swp", false)).isFalse();
        assertThat(FileWatcher.matters("content/posts/4913", false)).isFalse();
        assertThat(FileWatcher.matters("content/posts/#x.md#", false)).isFalse();
        assertThat(FileWatcher.matters("node_modules/x/index.js", false)).isFalse();
        assertThat(FileWatcher.matters("README.md", false)).isFalse();
        assertThat(FileWatcher.matters("notes", true)).isFalse();
    }
}

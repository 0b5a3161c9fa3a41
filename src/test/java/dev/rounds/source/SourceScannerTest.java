package dev.rounds.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceScannerTest {
    @TempDir
    Path site;

    private void write(String relative) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    @Test
    void filesAreFoundSortedByRelativePathWithTheirKindsAndBundles() throws IOException {
        for (String relative : List.of("site.yaml", "content/posts/b.md", "content/posts/a-folder/index.md",
                "content/posts/a-folder/photo.jpg", "content/posts/a-folder/deeper/file.pdf", "content/notes/2026-01-02-n.md",
                "content/posts/b.md~", "data/team.yaml", "static/.well-known/security.txt", "public/index.html",
                ".git/config", "content/posts/Z.md")) {
            write(relative);
        }

        SourceScanner.Scan scan = SourceScanner.scan(site, site.resolve("public"));

        assertThat(scan.diagnostics()).isEmpty();
        assertThat(scan.files()).extracting(SourceFile::relative).containsExactly("content/notes/2026-01-02-n.md",
                "content/posts/Z.md", "content/posts/a-folder/deeper/file.pdf", "content/posts/a-folder/index.md",
                "content/posts/a-folder/photo.jpg", "content/posts/b.md", "data/team.yaml", "site.yaml",
                "static/.well-known/security.txt");
        Path root = site.toAbsolutePath().normalize();
        assertThat(scan.files()).allSatisfy(file -> assertThat(file.path()).isEqualTo(root.resolve(file.relative())));
        assertThat(scan.files()).extracting(SourceFile::kind).containsExactly(SourceKind.NOTE, SourceKind.POST,
                SourceKind.ENTRY_RESOURCE, SourceKind.POST, SourceKind.ENTRY_RESOURCE, SourceKind.POST, SourceKind.DATA,
                SourceKind.CONFIG, SourceKind.STATIC);
        assertThat(scan.files().get(2).bundle()).isEqualTo("content/posts/a-folder");
        assertThat(scan.files().get(3).bundle()).isEqualTo("content/posts/a-folder");
        assertThat(scan.files().get(5).bundle()).isNull();
    }
}

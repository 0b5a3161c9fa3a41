package dev.rounds.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.content.EntryKind;
import dev.rounds.markdown.CachedRender;
import dev.rounds.markdown.RenderedContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderStoreTest {
    @TempDir
    Path site;

    private static CachedRender render(String id, String body) {
        return new CachedRender(id, "/site/" + id, "/2025/01/" + id + "/", EntryKind.POST, true, "p-" + id, 5, body.length(),
                CachedRender.checksum(body),
                new RenderedContent("<p>" + body + "</p>", "<p>sum</p>", body, 2),
                List.of(new CachedRender.LinkUse("other.md#x", Optional.of("/2025/02/other/#x"), Optional.empty()),
                        new CachedRender.LinkUse("gone.md", Optional.empty(), Optional.of("it does not exist"))));
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        String longBody = "Ünïcödé “quotes” — and a body longer than DataOutput's 64 KB limit. ".repeat(2_000);
        List<CachedRender> renders = List.of(render("a", "Short."), render("b", longBody));
        RenderStore.open(site).keep("settings", Map.of("a", renders.get(0), "b", renders.get(1)));
        assertThat(RenderStore.open(site).kept("settings")).containsOnlyKeys("a", "b")
                .containsEntry("a", renders.get(0)).containsEntry("b", renders.get(1));
    }

    @Test
    void rendersMadeWithOtherSettingsAreNotRead() throws IOException {
        RenderStore.open(site).keep("base path /", Map.of("a", render("a", "Short.")));
        assertThat(RenderStore.open(site).kept("base path /blog/")).isEmpty();
    }

    @Test
    void aMissingOrForeignFileReadsAsEmpty() throws IOException {
        assertThat(RenderStore.open(site).kept("s")).isEmpty();
        RenderStore.open(site).keep("s", Map.of("a", render("a", "A.")));
        try (var files = Files.list(site.resolve(RenderStore.FOLDER))) {
            Path file = files.findFirst().orElseThrow();
            Files.writeString(file, "not a store at all");
        }
        assertThat(RenderStore.open(site).kept("s")).isEmpty();
    }

    @Test
    void keepingReplacesWhateverTheFileHeldUnlessItHoldsTheseRendersAlready() throws IOException {
        RenderStore.open(site).keep("old settings", Map.of("a", render("a", "Unfinished thoughts about bed 4.")));
        Path file;
        try (var files = Files.list(site.resolve(RenderStore.FOLDER))) {
            file = files.findFirst().orElseThrow();
        }

        RenderStore reopened = RenderStore.open(site);
        assertThat(reopened.kept("new settings")).isEmpty();
        reopened.keep("new settings", Map.of());
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).doesNotContain("bed 4");

        CachedRender b = render("b", "Kept.");
        RenderStore.open(site).keep("new settings", Map.of("b", b));
        FileTime written = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(written.toMillis() - 60_000));
        RenderStore again = RenderStore.open(site);
        Map<String, CachedRender> read = again.kept("new settings");
        again.keep("new settings", read);
        assertThat(Files.getLastModifiedTime(file).toMillis()).as("the same renders are not written again")
                .isEqualTo(written.toMillis() - 60_000);
        again.keep("new settings", Map.of("b", render("b", "Kept, edited.")));
        assertThat(Files.getLastModifiedTime(file).toMillis()).isGreaterThan(written.toMillis() - 60_000);
    }

    @Test
    void theChecksumTellsSmallEditsApart() {
        List<String> texts = List.of("Give 5 mg once daily.", "Give 50 mg once daily.", "Give 5 mg twice daily.",
                "Give 5 mg once daily!", "give 5 mg once daily.", "Give 5 mg once dialy.", "Give 5 mg once daily.\n",
                "Gvie 5 mg once daily.", "Give 5 µg once daily.", "");
        assertThat(texts.stream().map(CachedRender::checksum).distinct()).hasSize(texts.size());
        assertThat(CachedRender.checksum("Give 5 mg once daily.")).isEqualTo(CachedRender.checksum(new String("Give 5 mg once daily.")));
    }

    @Test
    void anotherBuildOfRoundsHasAnotherIdentity() throws IOException {
        Path jar = Files.writeString(site.resolve("rounds.jar"), "jar bytes");
        String before = KeptStore.ProgramIdentity.of(jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        assertThat(KeptStore.ProgramIdentity.of(jar)).isNotEqualTo(before);

        Path classes = Files.createDirectories(site.resolve("classes"));
        Path type = Files.writeString(classes.resolve("A.class"), "class");
        String folder = KeptStore.ProgramIdentity.of(classes);
        Files.setLastModifiedTime(type, FileTime.fromMillis(Files.getLastModifiedTime(type).toMillis() + 5_000));
        assertThat(KeptStore.ProgramIdentity.of(classes)).isNotEqualTo(folder);
    }
}

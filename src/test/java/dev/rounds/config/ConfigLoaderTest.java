package dev.rounds.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rounds.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private ConfigLoader.Result load(String yaml) throws IOException {
        Files.writeString(dir.resolve("site.yaml"), yaml);
        return ConfigLoader.load(dir, Optional.empty(), name -> name.equals("clinic") || name.equals("mine"));
    }

    @Test
    void defaults() throws IOException {
        ConfigLoader.Result result = load("title: T\nbaseURL: https://example.org\n");
        assertThat(result.diagnostics()).isEmpty();
        SiteConfig config = result.config().orElseThrow();
        assertThat(config.title()).isEqualTo("T");
        assertThat(config.baseUrl()).isEqualTo("https://example.org/");
        assertThat(config.basePath()).isEqualTo("/");
        assertThat(config.origin()).isEqualTo("https://example.org");
        assertThat(config.language()).isEqualTo("en-gb");
        assertThat(config.timezone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(config.paginate()).isEqualTo(10);
        assertThat(config.theme()).isEqualTo("clinic");
        assertThat(config.description()).isEmpty();
        assertThat(config.permalinks()).isEqualTo(Permalinks.DEFAULT);
        assertThat(config.permalinks().posts()).isEqualTo("/:year/:month/:slug/");
        assertThat(config.permalinks().notes()).isEqualTo("/notes/:year/:month/:day/:slug/");
        assertThat(config.permalinks().pages()).isEqualTo("/:slug/");
        assertThat(config.menu()).isEmpty();
        assertThat(config.author()).isEmpty();
        assertThat(config.authors()).isEmpty();
        assertThat(config.params()).isEmpty();
    }

    @Test
    void everySetting() throws IOException {
        ConfigLoader.Result result = load("""
                title: Sugar & Sense
                description: Plain writing
                baseURL: https://example.org/blog/
                language: cy
                timezone: America/New_York
                theme: mine
                paginate: 5
                permalinks:
                  posts: articles/:slug
                menu:
                  - title: About
                    url: /about/
                author: amara
                authors:
                  amara:
                    name: Dr Amara Okafor
                    regulator: GMC
                    registration: 7012345
                    pronouns: she/her
                params:
                  colour: blue
                """);
        assertThat(result.diagnostics()).isEmpty();
        SiteConfig config = result.config().orElseThrow();
        assertThat(config.basePath()).isEqualTo("/blog/");
        assertThat(config.language()).isEqualTo("cy");
        assertThat(config.timezone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(config.theme()).isEqualTo("mine");
        assertThat(config.paginate()).isEqualTo(5);
        assertThat(config.permalinks().posts()).isEqualTo("/articles/:slug/");
        assertThat(config.permalinks().notes()).isEqualTo(Permalinks.DEFAULT.notes());
        assertThat(config.menu()).containsExactly(new MenuItem("About", "/about/"));
        assertThat(config.author()).contains("amara");
        Author amara = config.authors().get("amara");
        assertThat(amara.name()).isEqualTo("Dr Amara Okafor");
        assertThat(amara.registration().regulator()).isEqualTo("GMC");
        assertThat(amara.registration().number()).as("a number written plainly stays text").isEqualTo("7012345");
        assertThat(amara.params()).containsEntry("pronouns", "she/her");
        assertThat(config.params()).containsEntry("colour", "blue");
    }

    @Test
    void baseUrlOverrideWins() throws IOException {
        Files.writeString(dir.resolve("site.yaml"), "title: T\nbaseURL: https://example.org/\n");
        SiteConfig config = ConfigLoader.load(dir, Optional.of("http://localhost:1313/x"), name -> true).config().orElseThrow();
        assertThat(config.baseUrl()).isEqualTo("http://localhost:1313/x/");
        assertThat(config.basePath()).isEqualTo("/x/");
    }

    @Test
    void unknownSettingIsAWarning() throws IOException {
        ConfigLoader.Result result = load("title: T\nbaseURL: https://example.org/\npaginat: 3\n");
        assertThat(result.config()).isPresent();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("paginat").contains("did you mean 'paginate'");
        });
    }

    @Test
    void invalidValuesAreErrorsAtTheirValues() throws IOException {
        ConfigLoader.Result result = load("""
                title: T
                baseURL: ftp://example.org/
                language: "english language"
                paginate: -1
                permalinks:
                  posts: /:year/:title/
                  notes: /notes/:year/
                author: nobody
                """);
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError)
                .extracting(d -> d.line() + ":" + d.column())
                .containsExactlyInAnyOrder("2:10", "3:11", "4:11", "6:10", "7:10", "8:9");
    }

    @Test
    void siteYamlThatIsNotAMappingIsAnError() throws IOException {
        ConfigLoader.Result result = load("- a\n- b\n");
        assertThat(result.config()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("mapping"));
    }

    @Test
    void emptySiteYamlIsAnError() throws IOException {
        ConfigLoader.Result result = load("");
        assertThat(result.diagnostics()).anyMatch(Diagnostic::isError);
    }

    @Test
    void missingSiteYaml() {
        ConfigLoader.Result result = ConfigLoader.load(dir, Optional.empty(), name -> true);
        assertThat(result.config()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(dir.resolve("site.yaml"));
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.column()).isEqualTo(1);
        });
    }
}

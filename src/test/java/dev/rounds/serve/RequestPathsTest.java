package dev.rounds.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/../site.yaml", "/%2e%2e/site.yaml", "/%2E%2e/x", "/..%2fsite.yaml", "/..%5csite.yaml",
            "/a\\b", "/./x", "/a/%2e/b", "/a/..", "/%00", "/%ff", "/%2", "/%zz", "relative", ""})
    void refusesPathsThatCouldLeaveTheSite(String raw) {
        assertThat(RequestPaths.clean(raw)).isEmpty();
    }

    @Test
    void decodesCleanPaths() {
        assertThat(RequestPaths.clean("/")).hasValue("/");
        assertThat(RequestPaths.clean("/tags/foot%20care/")).hasValue("/tags/foot care/");
        assertThat(RequestPaths.clean("/caf%C3%A9/")).hasValue("/café/");
        assertThat(RequestPaths.clean("/a..b/c...")).hasValue("/a..b/c...");
    }

    @Test
    void knowsPagesFromFiles() {
        assertThat(RequestPaths.isPage("")).isTrue();
        assertThat(RequestPaths.isPage("about/")).isTrue();
        assertThat(RequestPaths.isPage("about")).isTrue();
        assertThat(RequestPaths.isPage("404.html")).isTrue();
        assertThat(RequestPaths.isPage("css/clinic.css")).isFalse();
        assertThat(RequestPaths.isPage("feed.xml")).isFalse();
    }

    @Test
    void mediaTypes() {
        assertThat(MediaTypes.of("index.html")).isEqualTo("text/html; charset=utf-8");
        assertThat(MediaTypes.of("css/clinic.css")).isEqualTo("text/css; charset=utf-8");
        assertThat(MediaTypes.of("feed.xml")).isEqualTo("application/xml; charset=utf-8");
        assertThat(MediaTypes.of("feed.json")).isEqualTo("application/json");
        assertThat(MediaTypes.of("img/Foot.SVG")).isEqualTo("image/svg+xml");
        assertThat(MediaTypes.of("CNAME")).isEqualTo("application/octet-stream");
        assertThat(MediaTypes.of("a.b/CNAME")).isEqualTo("application/octet-stream");
    }
}

package dev.rounds.check;

import dev.rounds.config.CheckSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileTmpTest {
    @Test
    void profile() {
        List<String[]> posts = new CleanCorpus(42).posts(300);
        List<String> bodies = posts.stream().map(p -> p[1]).toList();
        for (int round = 0; round < 3; round++) {
            time("scantext", bodies, b -> new ScanText(b, List.of()));
            time("emails", bodies, b -> ContactCheck.emails(new ScanText(b, List.of()), java.util.Set.of(), new ArrayList<>()));
            time("ids", bodies, b -> IdentifierCheck.scan(new ScanText(b, List.of()), List.of(), new ArrayList<>()));
            time("health", bodies, b -> HealthNumberCheck.scan(new ScanText(b, List.of()), new ArrayList<>()));
            time("dates", bodies, b -> DateCheck.scan(new ScanText(b, List.of()), new ArrayList<>()));
            time("phones", bodies, b -> ContactCheck.phones(new ScanText(b, List.of()), new ArrayList<>()));
            time("postcodes", bodies, b -> ContactCheck.postcodes(new ScanText(b, List.of()), new ArrayList<>()));
            time("ages", bodies, b -> AgeCheck.scan(new ScanText(b, List.of()), new ArrayList<>()));
            time("regions", bodies, b -> new MarkdownRegions(b));
            time("reading", bodies, b -> { MarkdownRegions r = new MarkdownRegions(b); ReadingCheck.altText(b, r, new ArrayList<>()); ReadingCheck.headings(b, r, new ArrayList<>()); });
            time("waivers", bodies, b -> Waivers.find(b));
            SiteChecks checks = new SiteChecks(CheckSettings.DEFAULT);
            time("document", bodies, b -> checks.document(java.nio.file.Path.of("x.md"), java.util.Optional.empty(), null, 2, b, 5));
        }
    }

    private static void time(String name, List<String> bodies, java.util.function.Consumer<String> work) {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = bean.getCurrentThreadCpuTime();
        bodies.forEach(work);
        System.out.println(name + ": " + (bean.getCurrentThreadCpuTime() - start) / 1_000_000 + " ms cpu");
    }
}

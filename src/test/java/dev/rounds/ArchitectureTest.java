package dev.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each third-party library is used by the one package that owns it (ARCHITECTURE.md: "Only the
 * owning package imports its library"), and the domain package uses no library at all.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");

    /** Library package prefix → the one Rounds package allowed to use it (and its sub-packages). */
    private static final Map<String, String> OWNERS = new LinkedHashMap<>();

    static {
        OWNERS.put("com.vladsch.flexmark", "dev.rounds.markdown");
        OWNERS.put("freemarker", "dev.rounds.template");
        OWNERS.put("org.yaml.snakeyaml", "dev.rounds.config");
        OWNERS.put("picocli", "dev.rounds.cli");
        OWNERS.put("org.eclipse.jetty", "dev.rounds.serve");
        OWNERS.put("jakarta.servlet", "dev.rounds.serve");
        OWNERS.put("com.rometools", "dev.rounds.feed");
        OWNERS.put("com.drew", "dev.rounds.check");
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;");

    /** A use of a library in one source file: an import, or a fully qualified name in the code. */
    record Use(Path file, String rounds, String library) {
        @Override
        public String toString() {
            return file + " (package " + rounds + ") uses " + library;
        }
    }

    @Test
    void eachLibraryIsUsedOnlyByItsOwningPackage() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Use use : uses()) {
            OWNERS.forEach((prefix, owner) -> {
                if (isIn(use.library(), prefix) && !isIn(use.rounds(), owner)) {
                    violations.add(use + ", which only " + owner + " may use");
                }
            });
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void contentPackageUsesNoThirdPartyLibrary() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Use use : uses()) {
            if (isIn(use.rounds(), "dev.rounds.content")
                    && !use.library().startsWith("java.") && !use.library().startsWith("dev.rounds.")) {
                violations.add(use.toString());
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void scansTheRealSources() throws IOException {
        List<Use> uses = uses();
        assertThat(uses).as("the scan finds the known owners' imports")
                .anyMatch(u -> u.library().startsWith("com.vladsch.flexmark") && u.rounds().equals("dev.rounds.markdown"))
                .anyMatch(u -> u.library().startsWith("picocli") && u.rounds().equals("dev.rounds.cli"))
                .anyMatch(u -> u.library().startsWith("freemarker") && u.rounds().equals("dev.rounds.template"))
                .anyMatch(u -> u.library().startsWith("org.yaml.snakeyaml") && u.rounds().equals("dev.rounds.config"));
    }

    @Test
    void ruleCatchesAFullyQualifiedName() {
        String code = "package dev.rounds.build;\nclass X { Object o = new freemarker.template.Configuration(); String s = \"picocli.CommandLine\"; }\n";
        assertThat(usesIn(Path.of("X.java"), code)).extracting(Use::library).contains("freemarker.template.Configuration")
                .noneMatch(library -> library.startsWith("picocli"));
    }

    private static boolean isIn(String name, String prefix) {
        return name.equals(prefix) || name.startsWith(prefix + ".");
    }

    private static List<Use> uses() throws IOException {
        assertThat(MAIN).as("run from the project folder").isDirectory();
        List<Use> uses = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(MAIN)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                uses.addAll(usesIn(file, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return uses;
    }

    private static List<Use> usesIn(Path file, String source) {
        String code = withoutCommentsAndStrings(source);
        Matcher packageName = PACKAGE.matcher(code);
        String rounds = packageName.find() ? packageName.group(1) : "";
        List<Use> uses = new ArrayList<>();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            uses.add(new Use(file, rounds, imports.group(1)));
        }
        String body = IMPORT.matcher(PACKAGE.matcher(code).replaceAll("")).replaceAll("");
        for (String prefix : OWNERS.keySet()) {
            Matcher qualified = Pattern.compile("(?<![\\w.])(" + Pattern.quote(prefix) + "\\.[\\w.]+)").matcher(body);
            while (qualified.find()) {
                uses.add(new Use(file, rounds, qualified.group(1)));
            }
        }
        return uses;
    }

    /** The code with comments, string and character literals and text blocks blanked out. */
    static String withoutCommentsAndStrings(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                out.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? source.length() : end + 3;
                out.append("\"\"");
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i++);
                while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append(quote).append(quote);
            } else {
                out.append(source.charAt(i++));
            }
        }
        return out.toString();
    }
}

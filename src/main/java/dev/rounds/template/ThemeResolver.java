package dev.rounds.template;

import dev.rounds.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Where a site's templates and theme files come from, file by file: the site's {@code layouts/},
 * then the chosen theme (the site's own {@code themes/NAME/}, else the one shipped in the jar), then
 * the shipped {@code clinic} theme as the fallback for whatever a theme leaves out.
 */
public final class ThemeResolver {
    private static final String SHIPPED_ROOT = "/themes/";

    /** Where one template or theme file was found: a file of the site, or a resource inside the jar. */
    public record Origin(Optional<Path> file, String label) {
    }

    private final Path siteDir;
    private final String theme;

    public ThemeResolver(Path siteDir, String theme) {
        this.siteDir = siteDir;
        this.theme = theme;
    }

    /** Whether {@code name} is a theme this site can use: its own {@code themes/NAME/} or a shipped one. */
    public static boolean exists(Path siteDir, String name) {
        return Files.isDirectory(siteDir.resolve("themes").resolve(name)) || isShipped(name);
    }

    public static boolean isShipped(String name) {
        return ThemeResolver.class.getResource(SHIPPED_ROOT + name + "/layouts/base.ftlh") != null;
    }

    public String theme() {
        return theme;
    }

    /** The template folders to search, in order, that exist on disk. */
    List<Path> templateFolders() {
        List<Path> folders = new ArrayList<>();
        folders.add(siteDir.resolve("layouts"));
        folders.add(siteDir.resolve("themes").resolve(theme).resolve("layouts"));
        if (!theme.equals(ConfigLoader.DEFAULT_THEME)) {
            folders.add(siteDir.resolve("themes").resolve(ConfigLoader.DEFAULT_THEME).resolve("layouts"));
        }
        folders.removeIf(folder -> !Files.isDirectory(folder));
        return folders;
    }

    /** The classpath folders of shipped themes to search after the site's folders. */
    List<String> shippedTemplateRoots() {
        List<String> roots = new ArrayList<>();
        if (isShipped(theme)) {
            roots.add(SHIPPED_ROOT + theme + "/layouts");
        }
        if (!theme.equals(ConfigLoader.DEFAULT_THEME)) {
            roots.add(SHIPPED_ROOT + ConfigLoader.DEFAULT_THEME + "/layouts");
        }
        return roots;
    }

    /** Which file a template name resolves to, as a user would name it in a message. */
    public Origin templateOrigin(String templateName) {
        for (Path folder : templateFolders()) {
            Path candidate = folder.resolve(templateName);
            if (Files.isRegularFile(candidate)) {
                return new Origin(Optional.of(candidate), candidate.toString());
            }
        }
        for (String root : shippedTemplateRoots()) {
            if (ThemeResolver.class.getResource(root + "/" + templateName) != null) {
                String name = root.substring(SHIPPED_ROOT.length(), root.length() - "/layouts".length());
                return new Origin(Optional.empty(), "theme:" + name + "/" + templateName);
            }
        }
        return new Origin(Optional.empty(), "theme:" + theme + "/" + templateName);
    }

    /**
     * The theme's static files by their path in the output, with the origin to name in messages;
     * a file of the chosen theme wins over the fallback theme's file of the same path.
     */
    public Map<String, ThemeFile> staticFiles() {
        Map<String, ThemeFile> files = new TreeMap<>();
        List<String> themes = theme.equals(ConfigLoader.DEFAULT_THEME)
                ? List.of(theme) : List.of(ConfigLoader.DEFAULT_THEME, theme);
        for (String name : themes) {
            Path local = siteDir.resolve("themes").resolve(name).resolve("static");
            if (Files.isDirectory(siteDir.resolve("themes").resolve(name))) {
                if (Files.isDirectory(local)) {
                    files.putAll(readTree(local, local.toString() + "/"));
                }
            } else if (isShipped(name)) {
                files.putAll(readShipped(name));
            }
        }
        return files;
    }

    /** A static file of a theme, read into memory (themes are small). */
    public record ThemeFile(byte[] bytes, String origin) {
    }

    private static Map<String, ThemeFile> readShipped(String name) {
        URL url = ThemeResolver.class.getResource(SHIPPED_ROOT + name + "/static");
        if (url == null) {
            return Map.of();
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return readTree(Path.of(uri), "theme:" + name + "/static/");
            }
            // The jar's own entries, not a zip file system: that would read the whole jar's directory
            // again, thousands of entries, on the main thread of every build.
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            String entryName = connection.getEntryName();
            String prefix = entryName.endsWith("/") ? entryName : entryName + "/";
            Map<String, ThemeFile> files = new TreeMap<>();
            try (JarFile jar = connection.getJarFile()) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String relative = entry.getName().substring(Math.min(prefix.length(), entry.getName().length()));
                    if (!entry.isDirectory() && entry.getName().startsWith(prefix)
                            && !relative.startsWith(".") && !relative.contains("/.")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            files.put(relative, new ThemeFile(in.readAllBytes(), "theme:" + name + "/static/" + relative));
                        }
                    }
                }
            }
            return files;
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot read the shipped theme " + name, e));
        }
    }

    private static Map<String, ThemeFile> readTree(Path root, String originPrefix) {
        Map<String, ThemeFile> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith(".") && !relative.contains("/.")) {
                    files.put(relative, new ThemeFile(Files.readAllBytes(file), originPrefix + relative));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}

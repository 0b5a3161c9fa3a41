package dev.rounds.source;

import dev.rounds.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Finds and classifies the files of a site folder. */
public final class SourceScanner {
    private static final int MAX_DEPTH = 32;
    /** An entry that is a folder (a bundle), by its index file; compiled once, not once per file of the site. */
    private static final Pattern BUNDLE_INDEX = Pattern.compile("content/(posts|notes|pages)/.+/index\\.md");

    /** The files found, sorted by relative path, and the problems met while walking. */
    public record Scan(List<SourceFile> files, List<Diagnostic> diagnostics) {
    }

    private SourceScanner() {
    }

    public static Scan scan(Path siteDir, Path outputDir) {
        List<Path> found = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Path site = siteDir.toAbsolutePath().normalize();
        Path output = outputDir.toAbsolutePath().normalize();
        try {
            Files.walkFileTree(site, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(site)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (dir.equals(output) || isIgnoredDirectory(site.relativize(dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String rel = site.relativize(file).toString();
                    if (isIgnoredDirectory(site.relativize(file))) {
                        return FileVisitResult.CONTINUE;
                    }
                    String message = e instanceof FileSystemLoopException
                            ? "a symbolic link loop: this folder links back to one that contains it"
                            : "cannot read " + rel + ": " + e.getClass().getSimpleName().replace("Exception", "");
                    diagnostics.add(Diagnostic.error(file, 1, 1, message));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(site, 1, 1, "cannot read the site folder: " + e.getMessage()));
        }
        // The walk makes each path by resolving names against the site's path, so the relative path is the rest of its text
        // (cheaper than Path.relativize, and the path found is kept rather than resolved again).
        String root = site.toString();
        int cut = root.endsWith(site.getFileSystem().getSeparator()) ? root.length() : root.length() + 1;
        TreeMap<String, Path> relatives = new TreeMap<>();
        for (Path path : found) {
            relatives.put(slashed(path.toString().substring(cut)), path);
        }
        Set<String> bundles = new HashSet<>();
        for (String relative : relatives.keySet()) {
            if (relative.endsWith("/index.md") && BUNDLE_INDEX.matcher(relative).matches()) {
                bundles.add(relative.substring(0, relative.length() - "/index.md".length()));
            }
        }
        List<SourceFile> files = new ArrayList<>();
        for (Map.Entry<String, Path> relative : relatives.entrySet()) {
            SourceFile file = classify(relative.getValue(), relative.getKey(), bundles);
            if (file.kind() != SourceKind.IGNORED) {
                files.add(file);
            }
        }
        return new Scan(List.copyOf(files), List.copyOf(diagnostics));
    }

    /** Classifies one file by its path relative to the site; {@code bundles} are the folders that hold an index.md. */
    public static SourceFile classify(Path path, String relative, Set<String> bundles) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        if (isEditorLeftover(name)) {
            return new SourceFile(path, relative, SourceKind.IGNORED, null);
        }
        if (relative.equals("site.yaml")) {
            return new SourceFile(path, relative, SourceKind.CONFIG, null);
        }
        String top = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
        if (name.startsWith(".") && !top.equals("static")) {
            return new SourceFile(path, relative, SourceKind.IGNORED, null);
        }
        switch (top) {
            case "static":
                return new SourceFile(path, relative, SourceKind.STATIC, null);
            case "layouts":
                return new SourceFile(path, relative, SourceKind.LAYOUT, null);
            case "themes":
                return new SourceFile(path, relative, SourceKind.THEME, null);
            case "data":
                boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
                return new SourceFile(path, relative, yaml && relative.indexOf('/', 5) < 0 ? SourceKind.DATA : SourceKind.STRAY_CONTENT, null);
            case "content":
                return classifyContent(path, relative, name, bundles);
            default:
                return new SourceFile(path, relative, SourceKind.IGNORED, null);
        }
    }

    private static SourceFile classifyContent(Path path, String relative, String name, Set<String> bundles) {
        String bundle = null;
        for (String dir = parent(relative); dir != null && dir.startsWith("content/") && dir.indexOf('/', 8) > 0; dir = parent(dir)) {
            if (bundles.contains(dir)) {
                bundle = dir;
                break;
            }
        }
        boolean markdown = name.toLowerCase(Locale.ROOT).endsWith(".md");
        SourceKind section = relative.startsWith("content/posts/") ? SourceKind.POST
                : relative.startsWith("content/notes/") ? SourceKind.NOTE
                : relative.startsWith("content/pages/") ? SourceKind.PAGE
                : SourceKind.STRAY_CONTENT;
        if (section == SourceKind.STRAY_CONTENT) {
            return new SourceFile(path, relative, SourceKind.STRAY_CONTENT, null);
        }
        if (bundle != null) {
            boolean index = relative.equals(bundle + "/index.md");
            return new SourceFile(path, relative, index ? section : SourceKind.ENTRY_RESOURCE, bundle);
        }
        return new SourceFile(path, relative, markdown ? section : SourceKind.STRAY_CONTENT, null);
    }

    private static String parent(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? null : relative.substring(0, slash);
    }

    /**
     * Whether a folder (relative to the site) is skipped with everything in it: {@code public/}, hidden
     * folders (except {@code static/.well-known}) and {@code node_modules}. The watcher asks the same.
     */
    public static boolean isIgnoredDirectory(Path relative) {
        String first = relative.getName(0).toString();
        String last = relative.getFileName().toString();
        boolean insideStatic = first.equals("static") && relative.getNameCount() > 1;
        return first.equals("public") && relative.getNameCount() == 1
                || first.equals("node_modules")
                || last.startsWith(".") && !(insideStatic && last.equals(".well-known"));
    }

    /** Editors' temporary and backup files, and the operating systems' folder litter. */
    public static boolean isEditorLeftover(String name) {
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".tmp")
                || name.startsWith(".#") || name.startsWith("#") && name.endsWith("#") || name.equals("4913")
                || name.equals(".DS_Store") || name.equals("Thumbs.db") || name.equals("desktop.ini");
    }

    private static String slashed(String relative) {
        return relative.replace('\\', '/');
    }
}

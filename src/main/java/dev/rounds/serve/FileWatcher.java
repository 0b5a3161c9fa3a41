package dev.rounds.serve;

import dev.rounds.source.SourceKind;
import dev.rounds.source.SourceScanner;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Watches a whole site folder, including folders created later ({@link WatchService} watches one
 * folder at a time, so each new folder is registered as it appears). The same rules as the build's
 * scanner decide what matters: {@code public/}, hidden folders such as {@code .git} and
 * editors' temporary files are ignored. On macOS the JDK polls for changes every few seconds.
 */
public final class FileWatcher implements AutoCloseable {
    private static final Set<String> WATCHED_TOPS = Set.of("content", "data", "static", "layouts", "themes");

    private final Path site;
    private final Consumer<Set<String>> onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    /**
     * Starts watching.
     *
     * @param onChange called from the watcher's thread with the relative paths ({@code /} separators) that
     *                 changed in one batch of events; {@code *} when events were lost and anything may have changed
     */
    public FileWatcher(Path siteDir, Consumer<Set<String>> onChange) throws IOException {
        this.site = siteDir.toAbsolutePath().normalize();
        this.onChange = onChange;
        this.service = site.getFileSystem().newWatchService();
        registerTree(site);
        this.thread = new Thread(this::loop, "rounds-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether a change at this path (relative to the site, {@code /} separators) can change the site. */
    static boolean matters(String relative, boolean folder) {
        if (relative.isEmpty()) {
            return false;
        }
        Path path = Path.of(relative);
        for (int i = 1; i <= path.getNameCount(); i++) {
            Path prefix = path.subpath(0, i);
            boolean isFolderPart = i < path.getNameCount() || folder;
            if (isFolderPart && SourceScanner.isIgnoredDirectory(prefix)) {
                return false;
            }
        }
        if (folder) {
            String top = path.getName(0).toString();
            return WATCHED_TOPS.contains(top);
        }
        String name = path.getFileName().toString();
        if (SourceScanner.isEditorLeftover(name)) {
            return false;
        }
        return SourceScanner.classify(path, relative, Set.of()).kind() != SourceKind.IGNORED;
    }

    private void loop() {
        while (!closed) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Set<String> changed = new TreeSet<>();
            collect(key, changed);
            // Take what else arrived in the same instant, so one save makes one call.
            for (WatchKey more = service.poll(); more != null; more = service.poll()) {
                collect(more, changed);
            }
            if (!changed.isEmpty() && !closed) {
                onChange.accept(Set.copyOf(changed));
            }
        }
    }

    private void collect(WatchKey key, Set<String> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                changed.add("*");
                registerTree(site);
                continue;
            }
            Path child = folder.resolve((Path) event.context());
            String relative = site.relativize(child).toString().replace('\\', '/');
            boolean isFolder = Files.isDirectory(child);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && isFolder && !ignoredFolder(relative)) {
                registerTree(child);
            }
            boolean wasFolder = event.kind() == StandardWatchEventKinds.ENTRY_DELETE && folders.containsValue(child);
            if (matters(relative, isFolder || wasFolder)) {
                changed.add(relative);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private static boolean ignoredFolder(String relative) {
        Path path = Path.of(relative);
        for (int i = 1; i <= path.getNameCount(); i++) {
            if (SourceScanner.isIgnoredDirectory(path.subpath(0, i))) {
                return true;
            }
        }
        return false;
    }

    private void registerTree(Path start) {
        try {
            // Links are followed as the build's scanner follows them: a folder linked into the site is built, so it is watched.
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(site) && ignoredFolder(site.relativize(dir).toString().replace('\\', '/'))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    try {
                        if (!folders.containsValue(dir)) {
                            folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                                    StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), dir);
                        }
                    } catch (IOException | ClosedWatchServiceException e) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A folder that vanished while it was walked: its parent's events cover it.
        }
    }

    /** The number of folders watched. */
    int folderCount() {
        return folders.size();
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.rounds.cache;

import dev.rounds.content.EntryKind;
import dev.rounds.markdown.CachedRender;
import dev.rounds.markdown.RenderedContent;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The Markdown renders of the last successful build, kept in the site's {@code .rounds/} folder so
 * that the next build converts only what changed (as Jekyll keeps its conversions in
 * {@code .jekyll-cache/}). It holds only what that build published, and is written again whole by
 * each build that changes it, so an entry deleted or unpublished leaves it at the next build. The
 * store is an aid, never a source: a missing, unreadable or outdated file reads as empty.
 */
public final class RenderStore {
    /** The site's folder for what Rounds keeps between builds; hidden, so never read as content. */
    public static final String FOLDER = ".rounds";
    private static final String FILE = "markdown-renders";
    private static final String MAGIC = "Rounds Markdown renders 2";

    private final Path file;
    private final CompletableFuture<Kept> reading;

    /** What the file held: the stamp of the build that wrote it and its renders. */
    private record Kept(String stamp, Map<String, CachedRender> renders) {
        static final Kept NOTHING = new Kept("", Map.of());
    }

    private RenderStore(Path siteDir) {
        this.file = siteDir.resolve(FOLDER).resolve(FILE);
        this.reading = CompletableFuture.supplyAsync(this::readFile, task -> {
            Thread reader = new Thread(task, "rounds-render-store");
            reader.setDaemon(true);
            reader.start();
        });
    }

    /**
     * The store of the site in {@code siteDir}, read on a thread of its own from now on: a build
     * opens it before it reads its sources and asks for the renders once it has read them.
     */
    public static RenderStore open(Path siteDir) {
        return new RenderStore(siteDir);
    }

    /**
     * The renders kept by an earlier build of this program with the same {@code settings} (those of
     * the Markdown renderer), by entry id; empty when there are none.
     */
    public Map<String, CachedRender> kept(String settings) {
        Kept kept = reading.join();
        return kept.stamp().equals(stamp(settings)) ? kept.renders() : Map.of();
    }

    private static String stamp(String settings) {
        return ProgramIdentity.CURRENT + "\n" + settings;
    }

    private Kept readFile() {
        if (!Files.isRegularFile(file)) {
            return Kept.NOTHING;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!in.readUTF().equals(MAGIC)) {
                return Kept.NOTHING;
            }
            String stamp = text(in);
            int count = in.readInt();
            Map<String, CachedRender> renders = new HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                CachedRender render = render(in);
                renders.put(render.id(), render);
            }
            return new Kept(stamp, renders);
        } catch (IOException | RuntimeException e) {
            // Cut short, or written by another version: the build renders everything, as with no store.
            return Kept.NOTHING;
        }
    }

    /**
     * Keeps {@code renders} (by entry id), made with {@code settings}, in place of what the file
     * holds, unless it holds exactly these already: the same stamp and, for every entry, the very
     * render read from it (a reused render is that object). Whatever else the file held, of entries
     * no longer published or of another program or settings, goes. The file is replaced whole,
     * never left half-written.
     */
    public void keep(String settings, Map<String, CachedRender> renders) throws IOException {
        Kept kept = reading.join();
        boolean unchanged = kept != Kept.NOTHING && kept.stamp().equals(stamp(settings)) && kept.renders().size() == renders.size()
                && renders.entrySet().stream().allMatch(render -> kept.renders().get(render.getKey()) == render.getValue());
        if (!unchanged) {
            write(settings, renders.values());
        }
    }

    private void write(String settings, Collection<CachedRender> renders) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), FILE, ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
                out.writeUTF(MAGIC);
                text(out, stamp(settings));
                out.writeInt(renders.size());
                for (CachedRender render : renders) {
                    render(out, render);
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void render(DataOutputStream out, CachedRender render) throws IOException {
        text(out, render.id());
        text(out, render.source());
        text(out, render.url());
        out.writeByte(render.kind().ordinal());
        out.writeBoolean(render.toc());
        text(out, render.anchorScope());
        out.writeInt(render.bodyLine());
        out.writeInt(render.bodyLength());
        out.writeLong(render.bodyChecksum());
        RenderedContent content = render.content();
        text(out, content.html());
        text(out, content.summaryHtml());
        text(out, content.plainText());
        out.writeInt(content.wordCount());
        out.writeInt(render.links().size());
        for (CachedRender.LinkUse link : render.links()) {
            text(out, link.destination());
            optional(out, link.url());
            optional(out, link.problem());
        }
    }

    private static CachedRender render(DataInputStream in) throws IOException {
        String id = text(in);
        String source = text(in);
        String url = text(in);
        EntryKind kind = EntryKind.values()[in.readUnsignedByte()];
        boolean toc = in.readBoolean();
        String anchorScope = text(in);
        int bodyLine = in.readInt();
        int bodyLength = in.readInt();
        long bodyChecksum = in.readLong();
        RenderedContent content = new RenderedContent(text(in), text(in), text(in), in.readInt());
        int linkCount = in.readInt();
        List<CachedRender.LinkUse> links = new ArrayList<>(linkCount);
        for (int i = 0; i < linkCount; i++) {
            links.add(new CachedRender.LinkUse(text(in), optional(in), optional(in)));
        }
        return new CachedRender(id, source, url, kind, toc, anchorScope, bodyLine, bodyLength, bodyChecksum, content, links);
    }

    // DataOutput's own writeUTF stops at 64 KB; a post can be longer.
    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new EOFException("a negative length");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void optional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            text(out, value.get());
        }
    }

    private static Optional<String> optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(text(in)) : Optional.empty();
    }

    /**
     * Which build of Rounds is running: the jar's size and time, or for classes in a folder (tests,
     * an IDE) the newest class file's time. A new build of Rounds may render differently, so its
     * store starts afresh.
     */
    static final class ProgramIdentity {
        static final String CURRENT = of(codeLocation());

        private ProgramIdentity() {
        }

        private static Path codeLocation() {
            try {
                return Path.of(RenderStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException | RuntimeException e) {
                return null;
            }
        }

        static String of(Path code) {
            if (code == null) {
                return "unknown " + System.nanoTime();
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(code, BasicFileAttributes.class);
                if (!attributes.isDirectory()) {
                    return code.getFileName() + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
                }
                try (Stream<Path> files = Files.walk(code)) {
                    long newest = files.mapToLong(path -> {
                        try {
                            return Files.getLastModifiedTime(path).toMillis();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).max().orElse(0);
                    return "classes " + newest;
                }
            } catch (IOException | UncheckedIOException e) {
                return "unknown " + System.nanoTime();
            }
        }
    }
}

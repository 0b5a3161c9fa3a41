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
    private static final String MAGIC = "Rounds Markdown renders 1";

    private final Path file;
    private final String stamp;

    /**
     * @param siteDir the site's folder
     * @param settings everything besides the entries that renders depend on (the renderer's settings);
     *                 the running program's identity is added to it
     */
    public RenderStore(Path siteDir, String settings) {
        this.file = siteDir.resolve(FOLDER).resolve(FILE);
        this.stamp = ProgramIdentity.CURRENT + "\n" + settings;
    }

    /** The renders kept by an earlier build with the same program and settings, by entry id; empty when there are none. */
    public Map<String, CachedRender> read() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!in.readUTF().equals(MAGIC) || !text(in).equals(stamp)) {
                return Map.of();
            }
            int count = in.readInt();
            Map<String, CachedRender> renders = new HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                CachedRender render = render(in);
                renders.put(render.id(), render);
            }
            return renders;
        } catch (IOException | RuntimeException e) {
            // Cut short, or written by another version: the build renders everything, as with no store.
            return Map.of();
        }
    }

    /** Keeps {@code renders} in place of what was kept, replacing the file whole (never a half-written one). */
    public void write(Collection<CachedRender> renders) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), FILE, ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
                out.writeUTF(MAGIC);
                text(out, stamp);
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
        text(out, render.body());
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
        String body = text(in);
        RenderedContent content = new RenderedContent(text(in), text(in), text(in), in.readInt());
        int linkCount = in.readInt();
        List<CachedRender.LinkUse> links = new ArrayList<>(linkCount);
        for (int i = 0; i < linkCount; i++) {
            links.add(new CachedRender.LinkUse(text(in), optional(in), optional(in)));
        }
        return new CachedRender(id, source, url, kind, toc, anchorScope, bodyLine, body, content, links);
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

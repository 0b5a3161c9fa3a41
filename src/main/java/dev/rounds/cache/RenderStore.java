package dev.rounds.cache;

import dev.rounds.content.EntryKind;
import dev.rounds.markdown.CachedRender;
import dev.rounds.markdown.RenderedContent;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Markdown renders of the last successful build ({@code .rounds/markdown-renders}), so that the
 * next build converts only the entries whose text or links changed.
 */
public final class RenderStore {
    /** The site's folder for what Rounds keeps between builds. */
    public static final String FOLDER = KeptStore.FOLDER;

    private static final KeptStore.Codec<CachedRender> CODEC = new KeptStore.Codec<>() {
        @Override
        public String magic() {
            return "Rounds Markdown renders 2";
        }

        @Override
        public String id(CachedRender render) {
            return render.id();
        }

        @Override
        public void write(DataOutputStream out, CachedRender render) throws IOException {
            KeptStore.text(out, render.id());
            KeptStore.text(out, render.source());
            KeptStore.text(out, render.url());
            out.writeByte(render.kind().ordinal());
            out.writeBoolean(render.toc());
            KeptStore.text(out, render.anchorScope());
            out.writeInt(render.bodyLine());
            out.writeInt(render.bodyLength());
            out.writeLong(render.bodyChecksum());
            RenderedContent content = render.content();
            KeptStore.text(out, content.html());
            KeptStore.text(out, content.summaryHtml());
            KeptStore.text(out, content.plainText());
            out.writeInt(content.wordCount());
            out.writeInt(render.links().size());
            for (CachedRender.LinkUse link : render.links()) {
                KeptStore.text(out, link.destination());
                KeptStore.optional(out, link.url());
                KeptStore.optional(out, link.problem());
            }
        }

        @Override
        public CachedRender read(DataInputStream in) throws IOException {
            String id = KeptStore.text(in);
            String source = KeptStore.text(in);
            String url = KeptStore.text(in);
            EntryKind kind = EntryKind.values()[in.readUnsignedByte()];
            boolean toc = in.readBoolean();
            String anchorScope = KeptStore.text(in);
            int bodyLine = in.readInt();
            int bodyLength = in.readInt();
            long bodyChecksum = in.readLong();
            RenderedContent content = new RenderedContent(KeptStore.text(in), KeptStore.text(in), KeptStore.text(in), in.readInt());
            int linkCount = in.readInt();
            List<CachedRender.LinkUse> links = new ArrayList<>(linkCount);
            for (int i = 0; i < linkCount; i++) {
                links.add(new CachedRender.LinkUse(KeptStore.text(in), KeptStore.optional(in), KeptStore.optional(in)));
            }
            return new CachedRender(id, source, url, kind, toc, anchorScope, bodyLine, bodyLength, bodyChecksum, content, links);
        }
    };

    private final KeptStore<CachedRender> store;

    private RenderStore(Path siteDir) {
        this.store = KeptStore.open(siteDir, "markdown-renders", CODEC);
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
        return store.kept(settings);
    }

    /** Keeps {@code renders} (by entry id) for the next build; see {@link KeptStore#keep}. */
    public void keep(String settings, Map<String, CachedRender> renders) throws IOException {
        store.keep(settings, renders);
    }
}

package dev.rounds.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers every request of the preview server from the site in memory: pages and files with their
 * media type and {@code Cache-Control: no-store}, a folder's address without its trailing slash
 * redirected to it, {@code 404.html} with status 404 for anything unknown, the error page while the
 * site has errors, and the live-reload script and its event stream under {@code /_rounds/}.
 */
final class SiteHandler extends Handler.Abstract.NonBlocking {
    static final String SCRIPT_PATH = "/_rounds/live-reload.js";
    static final String EVENTS_PATH = "/_rounds/events";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";

    private final Supplier<SiteState> state;
    private final EventStreams events;
    private final Optional<byte[]> script;

    /** @param script the live-reload script; empty when live reload is off */
    SiteHandler(Supplier<SiteState> state, EventStreams events, Optional<byte[]> script) {
        this.state = state;
        this.events = events;
        this.script = script;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        SiteState site = state.get();
        boolean head = HttpMethod.HEAD.is(request.getMethod());
        if (!head && !HttpMethod.GET.is(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            return text(response, callback, 405, "Method not allowed: the preview serves GET and HEAD only.\n", false);
        }
        String rawPath = request.getHttpURI().getPath();
        Optional<String> clean = RequestPaths.clean(rawPath);
        if (clean.isEmpty()) {
            return text(response, callback, 400, "Bad request: this address cannot name a file of the site.\n", head);
        }
        String path = clean.get();
        if (path.startsWith("/_rounds/")) {
            if (script.isPresent() && path.equals(SCRIPT_PATH)) {
                return send(response, callback, 200, "text/javascript; charset=utf-8", script.get(), head);
            }
            if (script.isPresent() && path.equals(EVENTS_PATH) && !head) {
                events.open(request, response, callback, site.id());
                return true;
            }
            return notFound(site, response, callback, head);
        }
        String base = site.basePath();
        if (!path.startsWith(base)) {
            if (path.equals("/") || (path + "/").equals(base)) {
                return redirect(request, response, callback, base);
            }
            return notFound(site, response, callback, head);
        }
        String inSite = path.substring(base.length());
        if (site.failed() && RequestPaths.isPage(inSite)) {
            return send(response, callback, 500, HTML, site.errorPage(), head);
        }
        String file = inSite.isEmpty() || inSite.endsWith("/") ? inSite + "index.html" : inSite;
        byte[] body = site.files().get(file);
        if (body != null) {
            return send(response, callback, 200, MediaTypes.of(file), body, head);
        }
        if (!inSite.isEmpty() && !inSite.endsWith("/") && site.files().containsKey(inSite + "/index.html")) {
            String query = request.getHttpURI().getQuery();
            return redirect(request, response, callback, rawPath + "/" + (query == null ? "" : "?" + query));
        }
        return notFound(site, response, callback, head);
    }

    private static boolean notFound(SiteState site, Response response, Callback callback, boolean head) {
        byte[] page = site.files().get("404.html");
        if (page == null) {
            return text(response, callback, 404, "Not found.\n", head);
        }
        return send(response, callback, 404, HTML, page, head);
    }

    private static boolean redirect(Request request, Response response, Callback callback, String location) {
        response.setStatus(302);
        response.getHeaders().put(HttpHeader.LOCATION, location);
        return send(response, callback, 302, TEXT, ("Moved to " + location + "\n").getBytes(StandardCharsets.UTF_8), false);
    }

    private static boolean text(Response response, Callback callback, int status, String message, boolean head) {
        return send(response, callback, status, TEXT, message.getBytes(StandardCharsets.UTF_8), head);
    }

    private static boolean send(Response response, Callback callback, int status, String type, byte[] body, boolean head) {
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, type);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, head ? null : ByteBuffer.wrap(body), callback);
        return true;
    }
}

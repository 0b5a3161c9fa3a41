package dev.rounds.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The open server-sent-event streams of the live-reload script, one per browser tab. Each stream
 * writes one event at a time (Jetty allows one pending write per response), queueing the rest; a
 * stream whose write fails (the tab went away) is dropped. A comment line is sent as a heartbeat
 * so idle streams are not cut by the connection's idle timeout.
 */
final class EventStreams {
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();

    /** Starts a stream on this request, greeting it with the current build's id. */
    void open(Request request, Response response, Callback callback, String buildId) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Accel-Buffering", "no");
        Stream stream = new Stream(response, callback);
        streams.add(stream);
        request.addFailureListener(failure -> stream.fail());
        stream.send("retry: 1000\n" + event("hello", buildId));
    }

    /** Sends an event to every open stream. */
    void broadcast(String name, String data) {
        String text = event(name, data);
        for (Stream stream : streams) {
            stream.send(text);
        }
    }

    /** A comment line to every stream: keeps idle connections open and finds the ones that closed. */
    void heartbeat() {
        for (Stream stream : streams) {
            stream.send(": heartbeat\n\n");
        }
    }

    /** Ends every stream (the server is stopping). */
    void closeAll() {
        for (Stream stream : streams) {
            stream.close();
        }
        streams.clear();
    }

    int size() {
        return streams.size();
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data.replace("\n", "\ndata: ") + "\n\n";
    }

    private final class Stream {
        private final Response response;
        private final Callback done;
        private final Deque<String> queue = new ArrayDeque<>();
        private boolean writing;
        private boolean closing;
        private boolean finished;

        Stream(Response response, Callback done) {
            this.response = response;
            this.done = done;
        }

        synchronized void send(String text) {
            if (closing || finished) {
                return;
            }
            queue.add(text);
            if (!writing) {
                writeNext();
            }
        }

        synchronized void close() {
            closing = true;
            if (!writing) {
                finish();
            }
        }

        private void writeNext() {
            String next = queue.poll();
            if (next == null) {
                writing = false;
                if (closing) {
                    finish();
                }
                return;
            }
            writing = true;
            ByteBuffer bytes = ByteBuffer.wrap(next.getBytes(StandardCharsets.UTF_8));
            response.write(false, bytes, Callback.from(this::written, failure -> fail()));
        }

        private synchronized void written() {
            writeNext();
        }

        synchronized void fail() {
            if (finished) {
                return;
            }
            finished = true;
            queue.clear();
            streams.remove(this);
            done.failed(new java.io.IOException("the event stream closed"));
        }

        private void finish() {
            if (finished) {
                return;
            }
            finished = true;
            streams.remove(this);
            done.succeeded();
        }
    }
}

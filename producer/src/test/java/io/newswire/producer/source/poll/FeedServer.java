package io.newswire.producer.source.poll;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A feed endpoint on loopback that answers with scripted responses, in order (the last one is
 * repeated), and records every request's path and headers.
 */
final class FeedServer implements AutoCloseable {
    /** One scripted answer; {@code headers} alternate name, value. */
    record Response(int status, String body, List<String> headers) {
        static Response ok(String body, String... headers) {
            return new Response(200, body, List.of(headers));
        }

        static Response status(int status, String... headers) {
            return new Response(status, "", List.of(headers));
        }
    }

    /** What the poller sent. */
    record Request(String path, Headers headers) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final Deque<Response> script = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private Response last = Response.status(404);

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** Queues answers for the next requests. */
    FeedServer then(Response... responses) {
        synchronized (script) {
            script.addAll(List.of(responses));
        }
        return this;
    }

    URI url() {
        return url("/feed.xml");
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    List<Request> requests() {
        return requests;
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(new Request(exchange.getRequestURI().getPath(), copy(exchange.getRequestHeaders())));
        Response response;
        synchronized (script) {
            if (!script.isEmpty()) {
                last = script.poll();
            }
            response = last;
        }
        for (int i = 0; i + 1 < response.headers().size(); i += 2) {
            exchange.getResponseHeaders().add(response.headers().get(i), response.headers().get(i + 1));
        }
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        boolean noBody = body.length == 0 || response.status() == 304;
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private static Headers copy(Headers headers) {
        Headers copy = new Headers();
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            copy.put(header.getKey(), List.copyOf(header.getValue()));
        }
        return copy;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

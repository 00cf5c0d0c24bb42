package io.newswire.producer.source.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newswire.producer.IngestOutcome;
import io.newswire.producer.Ingestor;
import io.newswire.producer.source.SourceFile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every request of an {@link HttpPushServer}: {@code POST /stories} (authenticated, size
 * limited, answered once the broker acknowledged), {@code GET /health}, and 404/405 for the rest.
 * Logs one line per request; never the body or the token.
 */
final class PushHandler implements HttpHandler {
    private static final Logger log = LoggerFactory.getLogger(PushHandler.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final Ingestor ingestor;
    private final HttpPushSettings settings;
    private final AtomicLong requests = new AtomicLong();
    private final Object idle = new Object();
    private int inFlight;
    private volatile boolean closing;

    PushHandler(Ingestor ingestor, HttpPushSettings settings) {
        this.ingestor = ingestor;
        this.settings = settings;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        long number = requests.incrementAndGet();
        enter();
        try (exchange) {
            Request request = new Request(exchange, number);
            PushReply reply;
            try {
                reply = route(request);
            } catch (IOException e) {
                log.info("#{} {} {} from {}: body not read ({})", number, exchange.getRequestMethod(), request.path,
                        request.remote, e.toString());
                return;
            } catch (RuntimeException e) {
                log.error("#{} {} {} from {} failed", number, exchange.getRequestMethod(), request.path, request.remote, e);
                reply = PushReply.error(PushReply.SERVER_ERROR, "internal error");
            }
            send(exchange, reply);
            log.info("#{} {} {} from {}: {} ids={} bytes={} in {} ms", number, exchange.getRequestMethod(), request.path,
                    request.remote, reply.status(), reply.storyIds(), request.bytes,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } finally {
            leave();
        }
    }

    private PushReply route(Request request) throws IOException {
        String method = request.exchange.getRequestMethod();
        return switch (request.path) {
            case HttpPushServer.HEALTH_PATH -> method.equals("GET") || method.equals("HEAD")
                    ? health()
                    : PushReply.error(PushReply.METHOD_NOT_ALLOWED, "use GET").withHeader("Allow", "GET, HEAD");
            case HttpPushServer.STORIES_PATH -> method.equals("POST")
                    ? push(request)
                    : PushReply.error(PushReply.METHOD_NOT_ALLOWED, "use POST").withHeader("Allow", "POST");
            default -> PushReply.error(PushReply.NOT_FOUND, "no such resource; stories are posted to "
                    + HttpPushServer.STORIES_PATH);
        };
    }

    private PushReply health() {
        return closing ? PushReply.error(PushReply.UNAVAILABLE, "shutting down") : PushReply.ok("{\"status\":\"ok\"}");
    }

    private PushReply push(Request request) throws IOException {
        HttpExchange exchange = request.exchange;
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (!settings.token().isPresentedBy(authorization)) {
            return PushReply.error(PushReply.UNAUTHORIZED, "a valid bearer token is required")
                    .withHeader("WWW-Authenticate", authorization == null ? "Bearer realm=\"newswire\""
                            : "Bearer realm=\"newswire\", error=\"invalid_token\"");
        }
        if (closing) {
            return PushReply.error(PushReply.UNAVAILABLE, "shutting down").withHeader("Connection", "close");
        }
        byte[] body;
        try {
            body = BoundedBody.read(exchange.getRequestBody(), contentLength(exchange), settings.maxBytes());
        } catch (BoundedBody.TooLargeException e) {
            return PushReply.error(PushReply.PAYLOAD_TOO_LARGE, e.getMessage()).withHeader("Connection", "close");
        }
        request.bytes = body.length;
        return publish(new SourceFile(Path.of("http", request.remote, Long.toString(request.number)), body));
    }

    private PushReply publish(SourceFile input) {
        try {
            List<IngestOutcome> outcomes = ingestor.submit(input)
                    .get(settings.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return PushReply.of(outcomes);
        } catch (TimeoutException e) {
            // the sends go on; if they succeed, a retry is answered as a duplicate
            return PushReply.error(PushReply.UNAVAILABLE, "the broker did not acknowledge within "
                    + settings.ackTimeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PushReply.error(PushReply.UNAVAILABLE, "shutting down");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the ingestor's future failed, which it never should", e.getCause());
        }
    }

    private static long contentLength(HttpExchange exchange) {
        String value = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void send(HttpExchange exchange, PushReply reply) throws IOException {
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (reply.status() == PushReply.UNAVAILABLE) {
            exchange.getResponseHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        byte[] body = reply.json().getBytes(StandardCharsets.UTF_8);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(reply.status(), head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** New pushes are answered 503 from now on, and health reports the server as going away. */
    void close() {
        closing = true;
    }

    /** Waits until no request is being handled, or {@code timeoutMillis} passed; true when idle. */
    boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (idle) {
            long left;
            while (inFlight > 0 && (left = deadline - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
            return inFlight == 0;
        }
    }

    private void enter() {
        synchronized (idle) {
            inFlight++;
        }
    }

    private void leave() {
        synchronized (idle) {
            if (--inFlight == 0) {
                idle.notifyAll();
            }
        }
    }

    /** What the request log needs to know about one request. */
    private static final class Request {
        final HttpExchange exchange;
        final long number;
        final String path;
        final String remote;
        int bytes;

        Request(HttpExchange exchange, long number) {
            this.exchange = exchange;
            this.number = number;
            this.path = exchange.getRequestURI().getPath();
            InetSocketAddress address = exchange.getRemoteAddress();
            this.remote = address.getAddress() == null ? address.getHostString() : address.getAddress().getHostAddress();
        }
    }
}

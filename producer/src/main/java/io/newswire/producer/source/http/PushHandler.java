package io.newswire.producer.source.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newswire.producer.IngestOutcome;
import io.newswire.producer.IngestSummary.Stage;
import io.newswire.producer.Ingestor;
import io.newswire.producer.RejectedInput;
import io.newswire.producer.RejectionHandler;
import io.newswire.producer.source.SourceFile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every request of an {@link HttpPushServer}: {@code POST /stories} (authenticated, size
 * limited, answered once the broker acknowledged), {@code GET /health}, and 404/405 for the rest.
 * A body over the limit is handed to the {@link RejectionHandler} without its content, as every
 * other refused input is (through the {@link Ingestor}) with it. Logs one line per request;
 * never the body or the token.
 */
final class PushHandler implements HttpHandler {
    private static final Logger log = LoggerFactory.getLogger(PushHandler.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final Ingestor ingestor;
    private final RejectionHandler oversize;
    private final HttpPushSettings settings;
    private final AtomicLong requests = new AtomicLong();
    private final InFlightRequests inFlight = new InFlightRequests();
    private volatile boolean closing;

    PushHandler(Ingestor ingestor, RejectionHandler oversize, HttpPushSettings settings) {
        this.ingestor = ingestor;
        this.oversize = oversize;
        this.settings = settings;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        long number = requests.incrementAndGet();
        inFlight.enter();
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
            inFlight.leave();
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
            recordOversize(request, e.getMessage());
            return PushReply.error(PushReply.PAYLOAD_TOO_LARGE, e.getMessage()).withHeader("Connection", "close");
        }
        request.bytes = body.length;
        return publish(new SourceFile(source(request), body));
    }

    private static Path source(Request request) {
        return Path.of("http", request.remote, Long.toString(request.number));
    }

    /**
     * Dead-letters a body over the limit with no content (it was not read, or not all of it) and
     * the reason, which gives the size. The client is answered 413 either way: sending the same
     * body again would not help, so a failure to record it is only logged.
     */
    private void recordOversize(Request request, String reason) {
        RejectedInput rejection = new RejectedInput(SourceFile.unreadable(source(request), reason), Stage.READ, null,
                reason, Instant.now());
        try {
            await(oversize.rejected(rejection));
        } catch (TimeoutException | ExecutionException | RuntimeException e) {
            log.warn("#{} oversize push from {} not recorded as rejected: {}", request.number, request.remote,
                    String.valueOf(e instanceof ExecutionException ? e.getCause() : e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private PushReply publish(SourceFile input) {
        try {
            List<IngestOutcome> outcomes = await(ingestor.submit(input));
            if (outcomes == null) {
                return PushReply.error(PushReply.UNAVAILABLE, "shutting down before the broker acknowledged");
            }
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

    /**
     * The value of {@code future} once complete, or null when closing tells waiting requests to
     * answer at once; at most the acknowledgement timeout.
     */
    private <T> T await(CompletableFuture<T> future) throws InterruptedException, ExecutionException,
            TimeoutException {
        try {
            CompletableFuture.anyOf(future, inFlight.stopWaiting())
                    .get(settings.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // the future failed: get() below throws with its own cause
        }
        return future.isDone() ? future.get() : null;
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

    /** The requests being handled, for closing. */
    InFlightRequests inFlight() {
        return inFlight;
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

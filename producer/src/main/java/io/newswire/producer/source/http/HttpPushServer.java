package io.newswire.producer.source.http;

import com.sun.net.httpserver.HttpServer;
import io.newswire.producer.Ingestor;
import io.newswire.producer.RejectionHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Push delivery over HTTP: {@code POST /stories} with one input in any supported format (sniffed
 * from the content; Content-Type is not needed) and {@code Authorization: Bearer <token>}. The
 * input goes through the {@link Ingestor}, so its stories are written to the raw stories topic
 * (key = story family id) and a rejected input goes to the dead-letter topic with its original
 * bytes and the source {@code http/<remote address>/<request number>}; a body over the size
 * limit goes there too, through the {@link RejectionHandler} given, without its content.
 *
 * <p>A request is answered only once the broker acknowledged every record it caused: 202 with the
 * story ids, 401 without a valid token, 413 over the size limit (refused unread when the
 * Content-Length says so, otherwise after at most one byte over the limit), 422 when nothing in
 * it is a story, 503 with Retry-After when the broker did not take a story (or a rejection) in
 * time. {@code GET /health} answers 200 without a token, for load balancers.
 *
 * <p>Built on the JDK's {@code com.sun.net.httpserver} (module {@code jdk.httpserver}). Requests
 * run on a fixed pool of {@link HttpPushSettings#threads()} threads with a bounded queue; when
 * both are full a new connection is closed at once (the accepting thread never handles a request
 * itself, so one slow client cannot stop it). A request must arrive completely within
 * {@value RequestTimeLimits#DEFAULT_MAX_REQ_SECONDS} s, so clients that send half a request give
 * their threads back (see {@link RequestTimeLimits}). No TLS: put a TLS-terminating proxy in
 * front when the token crosses an untrusted network.
 */
public final class HttpPushServer implements AutoCloseable {
    public static final String STORIES_PATH = "/stories";
    public static final String HEALTH_PATH = "/health";

    /** How long closing may take beyond the drain timeout: answering, then stopping the threads. */
    public static final long CLOSE_MARGIN_MILLIS = 2_000;

    private static final Logger log = LoggerFactory.getLogger(HttpPushServer.class);
    private static final int QUEUED_PER_THREAD = 16;

    static {
        // before the first HttpServer.create: the JDK reads its limits once per JVM
        RequestTimeLimits.applyDefaults(System.getProperties());
    }

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final PushHandler handler;
    private final HttpPushSettings settings;

    private HttpPushServer(HttpServer server, ThreadPoolExecutor executor, PushHandler handler,
            HttpPushSettings settings) {
        this.server = server;
        this.executor = executor;
        this.handler = handler;
        this.settings = settings;
    }

    /**
     * Binds to {@code settings.address()} and starts answering; stories go through {@code ingestor},
     * bodies over the size limit to {@code oversize} (in production the dead-letter writer).
     */
    public static HttpPushServer start(Ingestor ingestor, RejectionHandler oversize, HttpPushSettings settings)
            throws IOException {
        Objects.requireNonNull(ingestor, "ingestor");
        Objects.requireNonNull(oversize, "oversize");
        Objects.requireNonNull(settings, "settings");
        HttpServer server = HttpServer.create(settings.address(), 0);
        // when pool and queue are full, the JDK's dispatcher catches AbortPolicy's exception and closes the connection
        ThreadPoolExecutor executor = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0,
                TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(settings.threads() * QUEUED_PER_THREAD),
                threads(), new ThreadPoolExecutor.AbortPolicy());
        PushHandler handler = new PushHandler(ingestor, oversize, settings);
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
        HttpPushServer started = new HttpPushServer(server, executor, handler, settings);
        log.info("Accepting pushed stories at {} (at most {} bytes each, arriving within {} s; {} threads)",
                started.storiesUri(), settings.maxBytes(), RequestTimeLimits.maxRequestTime(System.getProperties()),
                settings.threads());
        return started;
    }

    /** The address bound, with the actual port when port 0 was asked for. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Where stories are posted, e.g. {@code http://127.0.0.1:8080/stories}. */
    public URI storiesUri() {
        InetSocketAddress address = address();
        String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + address.getPort() + STORIES_PATH);
    }

    /**
     * Stops within {@link HttpPushSettings#drainTimeout()} plus {@value #CLOSE_MARGIN_MILLIS} ms:
     * new pushes are answered 503; requests in progress get their answer if the broker acknowledges
     * within the drain timeout, and 503 after it (their stories may still be published, so a retry
     * may be answered as a duplicate); then the listener and the threads stop.
     */
    @Override
    public void close() {
        handler.close();
        InFlightRequests inFlight = handler.inFlight();
        long margin = CLOSE_MARGIN_MILLIS / 2;
        try {
            if (!inFlight.awaitIdle(settings.drainTimeout().toMillis())) {
                log.warn("{} request(s) still in progress after {} ms: answering them 503", inFlight.count(),
                        settings.drainTimeout().toMillis());
                inFlight.releaseWaiting();
                inFlight.awaitIdle(margin);
            }
            server.stop(0);
            executor.shutdownNow(); // interrupts threads still reading a slow body
            if (!executor.awaitTermination(margin, TimeUnit.MILLISECONDS)) {
                log.warn("Stopping with request threads still running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop(0);
            executor.shutdownNow();
        }
        log.info("Stopped accepting pushed stories");
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "newswire-http-push-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

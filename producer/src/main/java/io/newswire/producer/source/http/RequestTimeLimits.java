package io.newswire.producer.source.http;

import java.util.Properties;

/**
 * How long the JDK's HTTP server lets a request take to arrive and its answer to leave. Without
 * a limit a client that sends half a request holds a handler thread for as long as it likes, and
 * a few of those stop the server (the headers are read on the handler thread, before the token
 * can be checked).
 *
 * <p>The JDK server takes these limits only from the system properties {@value #MAX_REQ_TIME}
 * (seconds from the first byte of a request until its whole body has arrived; also how long a new
 * connection may stay silent) and {@value #MAX_RSP_TIME} (seconds to send an answer), read once
 * per JVM when its implementation class loads. {@link HttpPushServer} therefore sets the defaults
 * below before it creates its first server, and only where the operator has not set a value
 * (e.g. with {@code -Dsun.net.httpserver.maxReqTime=120}). They have no effect if something else
 * in the same JVM started a JDK HTTP server first; {@code newswire serve} starts none.
 */
final class RequestTimeLimits {
    static final String MAX_REQ_TIME = "sun.net.httpserver.maxReqTime";
    static final String MAX_RSP_TIME = "sun.net.httpserver.maxRspTime";
    /** Enough for a 10 MiB body at about 1.5 Mbit/s. */
    static final long DEFAULT_MAX_REQ_SECONDS = 60;
    /** Answers are a few hundred bytes of JSON. */
    static final long DEFAULT_MAX_RSP_SECONDS = 30;

    private RequestTimeLimits() {}

    /** Puts the defaults into {@code properties} (the system properties in production) where absent. */
    static void applyDefaults(Properties properties) {
        properties.putIfAbsent(MAX_REQ_TIME, Long.toString(DEFAULT_MAX_REQ_SECONDS));
        properties.putIfAbsent(MAX_RSP_TIME, Long.toString(DEFAULT_MAX_RSP_SECONDS));
    }

    /** The request limit in force, as the JDK reads it, for the start-up log line. */
    static String maxRequestTime(Properties properties) {
        return properties.getProperty(MAX_REQ_TIME, "unlimited");
    }
}

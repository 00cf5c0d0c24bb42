package io.newswire.producer.source.poll;

import java.time.Duration;

/** What one conditional GET of a feed came back with. */
sealed interface Fetch {

    /** A 2xx with the feed's bytes and the validators to send next time. */
    record Changed(int status, byte[] body, Validators validators) implements Fetch {}

    /** A 304: the feed has not changed since the validators sent. */
    record NotModified() implements Fetch {}

    /**
     * No feed: an I/O error or timeout ({@code status} 0), a redirect loop, a body over the limit,
     * or an HTTP error status.
     *
     * @param retryAfter the server's {@code Retry-After}, null when it sent none
     */
    record Failed(int status, String reason, Duration retryAfter) implements Fetch {}
}

package io.newswire.producer.source.poll;

/**
 * A feed response's cache validators, kept exactly as the server sent them so they can be sent
 * back unchanged ({@code If-None-Match}, {@code If-Modified-Since}).
 *
 * @param etag the {@code ETag} header, null when absent
 * @param lastModified the {@code Last-Modified} header, null when absent
 */
record Validators(String etag, String lastModified) {
    static final Validators NONE = new Validators(null, null);
}

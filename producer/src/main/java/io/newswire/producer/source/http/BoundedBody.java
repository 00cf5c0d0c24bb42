package io.newswire.producer.source.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body, stopping as soon as it is known to be over the limit. */
final class BoundedBody {
    private static final int CHUNK = 8192;

    private BoundedBody() {}

    /** Thrown when a body is over the limit; nothing past the limit (plus one byte) was read. */
    static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }

    /**
     * The body, at most {@code maxBytes} long. {@code declaredLength} (the Content-Length, or -1
     * when the body is chunked or the length unknown) is checked first, so an announced oversize
     * body is refused without reading any of it; otherwise at most {@code maxBytes + 1} bytes are read.
     */
    static byte[] read(InputStream in, long declaredLength, int maxBytes) throws IOException, TooLargeException {
        if (declaredLength > maxBytes) {
            throw new TooLargeException(tooLarge(declaredLength + " bytes", maxBytes));
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(
                (int) Math.min(declaredLength >= 0 ? declaredLength : CHUNK, maxBytes));
        byte[] chunk = new byte[CHUNK];
        long limit = (long) maxBytes + 1;
        int n;
        while (body.size() < limit && (n = in.read(chunk, 0, (int) Math.min(chunk.length, limit - body.size()))) != -1) {
            body.write(chunk, 0, n);
        }
        if (body.size() > maxBytes) {
            throw new TooLargeException(tooLarge("more than " + maxBytes + " bytes", maxBytes));
        }
        return body.toByteArray();
    }

    private static String tooLarge(String size, int maxBytes) {
        return "body of " + size + " is over the " + maxBytes + "-byte limit";
    }
}

package io.newswire.producer.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict UTF-8 decoding for text formats. Refuses malformed byte sequences and C0 control
 * characters (other than tab, line feed, carriage return and form feed) instead of replacing
 * them, since either means the input is not the text it claims to be.
 */
final class Utf8Text {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** The decoded text, or the reason it could not be decoded (exactly one is non-null). */
    record Decoded(String text, String problem) {}

    private Utf8Text() {}

    static Decoded decode(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Decoded(null, "not valid UTF-8: malformed byte sequence at byte offset " + in.position()
                    + " (binary data or another charset?)");
        }
        String text = out.flip().toString();
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        int control = firstControlCharacter(text);
        if (control >= 0) {
            return new Decoded(null, String.format(Locale.ROOT,
                    "binary content: control character U+%04X at character offset %d", (int) text.charAt(control), control));
        }
        return new Decoded(text, null);
    }

    private static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if ((c < 0x20 && !allowed) || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }
}

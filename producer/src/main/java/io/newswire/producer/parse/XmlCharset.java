package io.newswire.producer.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an XML document to text before any parser sees them: byte order mark first,
 * then the {@code encoding} of the XML declaration (ISO-8859-1, windows-1252, "utf8"...), UTF-8
 * when neither is present. Decoding is strict, so bytes in another charset than the declared one
 * are refused with their offset instead of turning into replacement characters.
 */
final class XmlCharset {
    private static final int DECLARATION_BYTES = 256;
    private static final Pattern ENCODING = Pattern.compile(
            "^[ \\t\\r\\n]*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

    /** The text (without byte order mark), or why the bytes could not be decoded; exactly one is non-null. */
    record Decoded(String text, String problem) {}

    private XmlCharset() {}

    static Decoded decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return decode(content, 3, StandardCharsets.UTF_8, "a UTF-8 byte order mark");
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return decode(content, 2, StandardCharsets.UTF_16BE, "a UTF-16 byte order mark");
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return decode(content, 2, StandardCharsets.UTF_16LE, "a UTF-16 byte order mark");
        }
        String declared = declaredEncoding(content);
        if (declared == null) {
            return decode(content, 0, StandardCharsets.UTF_8, "no encoding declaration, so UTF-8");
        }
        try {
            return decode(content, 0, Charset.forName(declared), "encoding=\"" + declared + "\" declared");
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return new Decoded(null, "unsupported charset: the XML declaration names encoding \"" + declared + "\"");
        }
    }

    private static String declaredEncoding(byte[] content) {
        int length = Math.min(content.length, DECLARATION_BYTES);
        Matcher matcher = ENCODING.matcher(new String(content, 0, length, StandardCharsets.ISO_8859_1));
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Decoded decode(byte[] content, int offset, Charset charset, String why) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            CharBuffer out = decoder.decode(in);
            return new Decoded(out.toString(), null);
        } catch (MalformedInputException | UnmappableCharacterException e) {
            return new Decoded(null, "wrong charset: bytes at offset " + in.position() + " are not valid "
                    + charset.name() + " (" + why + ")");
        } catch (CharacterCodingException e) {
            return new Decoded(null, "wrong charset: the bytes are not valid " + charset.name() + " (" + why + ")");
        }
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package io.newswire.producer.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The framing that the legacy wire formats ANPA-1312 and IPTC 7901 share: optional SYN characters,
 * SOH, a header, STX, the story text, ETX, a trailer (anything after it, such as EOT, is ignored).
 *
 * <p>Agencies send these as 7-bit ASCII or Latin-1, and some as UTF-8: strict UTF-8 is tried first,
 * then windows-1252 (Latin-1 plus the typographic characters at 0x80-0x9F).
 */
record WireTransmission(String header, String text, String trailer) {
    static final char SOH = '\u0001';
    static final char STX = '\u0002';
    static final char ETX = '\u0003';
    private static final byte SYN = 0x16;
    private static final byte UNIT_SEPARATOR = 0x1F;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\t]]");

    /** The transmission, or why the content is not one (exactly one is non-null). */
    record Read(WireTransmission transmission, String problem) {}

    /** Whether the content starts as these transmissions do: SOH, after any SYN characters. */
    static boolean isFramed(byte[] content) {
        int start = startOfHeader(content);
        return start < content.length && content[start] == SOH;
    }

    /**
     * Whether the header has a unit separator (0x1F): ANPA-1312 puts one between the story number
     * and the selector codes; IPTC 7901 headers have none.
     */
    static boolean headerHasUnitSeparator(byte[] content) {
        for (int i = startOfHeader(content); i < content.length && content[i] != STX; i++) {
            if (content[i] == UNIT_SEPARATOR) {
                return true;
            }
        }
        return false;
    }

    /** @param format the format name for rejection reasons, e.g. "ANPA-1312" */
    static Read read(byte[] content, String format) {
        String decoded = decode(content);
        int soh = decoded.indexOf(SOH);
        if (soh < 0) {
            return problem(format, "no SOH (start of header)");
        }
        int stx = decoded.indexOf(STX, soh);
        if (stx < 0) {
            return problem(format, "no STX (start of text) after the header");
        }
        int etx = decoded.indexOf(ETX, stx);
        if (etx < 0) {
            return problem(format, "no ETX (end of text): the transmission is truncated");
        }
        return new Read(new WireTransmission(decoded.substring(soh + 1, stx), decoded.substring(stx + 1, etx),
                decoded.substring(etx + 1)), null);
    }

    /** The lines of {@code part}, split at CR LF, LF or CR, control characters other than tab removed. */
    static List<String> lines(String part) {
        return Arrays.stream(LINE_END.split(part, -1)).map(line -> CONTROL.matcher(line).replaceAll("")).toList();
    }

    private static Read problem(String format, String what) {
        return new Read(null, "malformed " + format + ": " + what);
    }

    private static int startOfHeader(byte[] content) {
        int i = 0;
        while (i < content.length && content[i] == SYN) {
            i++;
        }
        return i;
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
        }
    }
}

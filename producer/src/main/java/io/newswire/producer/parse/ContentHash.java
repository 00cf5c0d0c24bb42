package io.newswire.producer.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Family ids for formats that carry no id of their own: the first 16 hex characters (64 bits)
 * of SHA-256 over the normalised headline and body. The section is left out, so the same copy
 * filed under another desk is recognised as the same story.
 */
public final class ContentHash {
    private static final int ID_HEX_CHARS = 16;

    private ContentHash() {}

    public static String familyId(String headline, List<String> paragraphs) {
        String canonical = headline + "\n\n" + String.join("\n\n", paragraphs);
        return HexFormat.of().formatHex(sha256(canonical.getBytes(StandardCharsets.UTF_8))).substring(0, ID_HEX_CHARS);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }
}

package io.newswire.producer.parse;

import io.newswire.schemas.StoryDigest;
import java.nio.charset.StandardCharsets;
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
        return StoryDigest.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)).substring(0, ID_HEX_CHARS);
    }
}

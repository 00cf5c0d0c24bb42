package io.newswire.schemas;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content digest that decides whether two copies of one story version are the same copy:
 * SHA-256 over the publication status, the headline and each body paragraph (NUL-separated),
 * truncated to 96 bits and written in hex. Metadata that re-sends change without changing the
 * copy (received time, format, section) is left out. The producer's duplicate filter and the
 * topology's version gate use this one definition, so they always agree on what a re-send is.
 */
public final class StoryDigest {
    private static final int DIGEST_BYTES = 12;

    private StoryDigest() {}

    public static String of(WireStory story) {
        MessageDigest digest = sha256();
        digest.update(story.getPubStatus().name().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(story.getHeadline().getBytes(StandardCharsets.UTF_8));
        for (String paragraph : story.getParagraphs()) {
            digest.update((byte) 0);
            digest.update(paragraph.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, DIGEST_BYTES);
    }

    /** SHA-256 of {@code bytes} in lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JVM specification", e);
        }
    }
}

package io.newswire.producer.source.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * The shared secret a push client must present as {@code Authorization: Bearer <token>}. The
 * comparison takes the same time however much of a wrong token matches, and the token never
 * appears in {@link #toString()} (so not in logs either).
 */
public final class BearerToken {
    private static final String SCHEME = "bearer ";

    private final byte[] secret;

    private BearerToken(byte[] secret) {
        this.secret = secret;
    }

    /** The token {@code value}, without surrounding whitespace; it must not be blank or contain whitespace. */
    public static BearerToken of(String value) {
        String token = value == null ? "" : value.strip();
        if (token.isEmpty()) {
            throw new IllegalArgumentException("the bearer token must not be empty");
        }
        if (token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("the bearer token must not contain whitespace");
        }
        return new BearerToken(token.getBytes(StandardCharsets.UTF_8));
    }

    /** True when {@code authorization} (an Authorization header, may be null) carries this token. */
    public boolean isPresentedBy(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return false;
        }
        byte[] presented = authorization.substring(SCHEME.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(secret, presented);
    }

    @Override
    public String toString() {
        return "BearerToken[hidden]";
    }
}

package io.newswire.schemas.serde;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to instantiate classes it does not trust when it resolves defaults (for
 * example the {@code PubStatus} enum default) or reads older writer schemas. This adds the
 * generated Newswire classes to the trusted set, keeping Avro's own defaults for everything else.
 *
 * <p>Called by {@link NewswireSerdes} and {@link AvroSerde}; code that uses the generated
 * builders without a serde calls {@link #trustNewswireSchemas()} first.
 */
public final class AvroTrust {
    private static final String PACKAGE_PREFIX = "io.newswire.schemas.";
    private static volatile boolean installed;

    private AvroTrust() {}

    public static synchronized void trustNewswireSchemas() {
        if (installed) {
            return;
        }
        ClassSecurityValidator.ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
                previous, type -> type.getName().startsWith(PACKAGE_PREFIX)));
        installed = true;
    }
}

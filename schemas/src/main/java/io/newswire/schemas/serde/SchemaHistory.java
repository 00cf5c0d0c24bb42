package io.newswire.schemas.serde;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;

/**
 * Every released version of every Newswire schema, read from
 * {@code io/newswire/schemas/history/} on the classpath. The index file lists one schema file per
 * line; each file holds a self-contained schema (named types inlined).
 *
 * <p>Decoders register these versions so a record written with an older schema resolves to the
 * current one, and the build checks each current schema stays compatible with all of them.
 */
public final class SchemaHistory {
    static final String ROOT = "/io/newswire/schemas/history/";

    private final Map<String, List<Schema>> byName;
    private final SchemaStore.Cache store = new SchemaStore.Cache();

    private SchemaHistory(Map<String, List<Schema>> byName) {
        this.byName = byName;
        byName.values().forEach(versions -> versions.forEach(store::addSchema));
    }

    /** Loads the history shipped with this module. */
    public static SchemaHistory load() {
        Map<String, List<Schema>> byName = new LinkedHashMap<>();
        for (String file : readResource("index.txt").split("\n")) {
            String name = file.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Schema schema = new Schema.Parser().parse(readResource(name));
            byName.computeIfAbsent(schema.getFullName(), k -> new ArrayList<>()).add(schema);
        }
        return new SchemaHistory(byName);
    }

    /** A history of the given schemas, for tools and tests that bring their own versions. */
    public static SchemaHistory of(List<Schema> schemas) {
        Map<String, List<Schema>> byName = new LinkedHashMap<>();
        schemas.forEach(s -> byName.computeIfAbsent(s.getFullName(), k -> new ArrayList<>()).add(s));
        return new SchemaHistory(byName);
    }

    /** Released versions of the named record, oldest first; empty when none was released. */
    public List<Schema> versionsOf(String fullName) {
        return List.copyOf(byName.getOrDefault(fullName, List.of()));
    }

    public Map<String, List<Schema>> all() {
        return Map.copyOf(byName);
    }

    SchemaStore store() {
        return store;
    }

    private static String readResource(String name) {
        try (InputStream in = SchemaHistory.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("schema history resource missing: " + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

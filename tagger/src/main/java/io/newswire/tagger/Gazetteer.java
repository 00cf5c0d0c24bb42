package io.newswire.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The place gazetteer, macro-region membership and actor dictionary shipped on the classpath
 * (see {@code SOURCES.md} beside the resources), compiled into one {@link NameMatcher}.
 */
final class Gazetteer {
    private static final String BASE = "/io/newswire/tagger/";

    private final Map<String, List<String>> regionsByCountry;
    private final Map<String, ActorDef> actors;
    private final NameMatcher matcher;

    /** Takes over {@code actors} (25,000 entries: wrapped, not copied); the caller must not change it. */
    Gazetteer(Map<String, List<String>> regionsByCountry, Map<String, ActorDef> actors,
            List<NameEntry> names) {
        this.regionsByCountry = Map.copyOf(regionsByCountry);
        this.actors = Collections.unmodifiableMap(actors);
        this.matcher = new NameMatcher(names);
    }

    static Gazetteer loadDefault() {
        List<NameEntry> names = new ArrayList<>();
        Map<String, String> codes = new HashMap<>();
        read("places.tsv", f -> names.addAll(readings(f, codes)));
        Map<String, List<String>> regions = new HashMap<>();
        read("regions.tsv", f -> {
            for (String country : f[1].split(",")) {
                regions.computeIfAbsent(country, c -> new ArrayList<>()).add(f[0]);
            }
        });
        Map<String, ActorDef> actors = new HashMap<>(1 << 16);
        Map<String, String> shared = new HashMap<>();
        read("actors.tsv", f -> {
            List<String> aliases = f.length > 5 && !f[5].isBlank() ? Arrays.asList(f[5].split("\\|")) : List.of();
            List<ActorRole> roles = f.length > 6 && !f[6].isBlank() ? new DatedRoles(f[6]) : List.of();
            ActorDef actor = new ActorDef(f[0], f[1], same(shared, f[2]), blankToNull(f[3]),
                    f[4].isBlank() ? null : same(shared, f[4].trim()), aliases, roles);
            actors.put(actor.id(), actor);
            List<String> id = List.of(actor.id());
            names.add(new NameEntry(actor.name(), NameEntry.Kind.ACTOR, id, false));
            for (String alias : aliases) {
                names.add(NameEntry.actorAlias(alias.trim(), id));
            }
        });
        return new Gazetteer(regions, actors, names);
    }

    /**
     * One entry per country reading of a row, default first. A place's other readings ("London"
     * in Canada) are minor: taken only when the story's context supports them. A code is one
     * string for all rows ({@code shared}): the place rules find a country's counts by identity
     * first ({@link CountrySupport}).
     */
    private static List<NameEntry> readings(String[] f, Map<String, String> shared) {
        NameEntry.Kind kind = NameEntry.Kind.of(f[1]);
        String[] codes = f[2].split(",");
        for (int i = 0; i < codes.length; i++) {
            codes[i] = same(shared, codes[i]);
        }
        boolean personLike = f.length > 3 && f[3].contains("person-like");
        boolean minor = f.length > 3 && f[3].contains("minor");
        if (!kind.isPlace() || kind == NameEntry.Kind.MACRO_REGION) {
            return List.of(new NameEntry(f[0], kind, Arrays.asList(codes), personLike, minor));
        }
        List<NameEntry> readings = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            readings.add(new NameEntry(f[0], kind, List.of(codes[i]), personLike, minor || i > 0));
        }
        return readings;
    }

    NameMatcher matcher() {
        return matcher;
    }

    ActorDef actor(String id) {
        return actors.get(id);
    }

    /** Macro-region slugs a country belongs to, in the order of {@code regions.tsv}. */
    List<String> regionsOf(String country) {
        return regionsByCountry.getOrDefault(country, List.of());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** One string per distinct value of a column with few values (actor types, countries). */
    private static String same(Map<String, String> shared, String value) {
        String known = shared.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    /**
     * Calls {@code row} with the tab-separated fields of each line that is neither blank nor a
     * {@code #} comment. The resource is read at once and cut at tab and newline bytes (neither
     * occurs inside a multi-byte UTF-8 character), each field decoded on its own: an ASCII field,
     * most of them, becomes a compact string directly. At 40,000 lines a reader, {@code split}
     * and substrings of a text widened to UTF-16 by a few accented names were a visible part of
     * the load.
     */
    private static void read(String resource, Consumer<String[]> row) {
        byte[] bytes;
        try (InputStream in = Gazetteer.class.getResourceAsStream(BASE + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing tagger resource " + BASE + resource);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tagger resource " + resource, e);
        }
        int start = 0;
        while (start < bytes.length) {
            int newline = start;
            while (newline < bytes.length && bytes[newline] != '\n') {
                newline++;
            }
            int end = newline > start && bytes[newline - 1] == '\r' ? newline - 1 : newline;
            if (bytes[start] != '#' && !isBlank(bytes, start, end)) {
                row.accept(fields(bytes, start, end));
            }
            start = newline + 1;
        }
    }

    private static boolean isBlank(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            if (bytes[i] < 0) {
                return new String(bytes, start, end - start, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace((char) bytes[i])) {
                return false;
            }
        }
        return true;
    }

    /** The tab-separated fields of {@code bytes[start, end)}, empty ones included (as {@code split("\t", -1)}). */
    private static String[] fields(byte[] bytes, int start, int end) {
        int count = 1;
        for (int i = start; i < end; i++) {
            if (bytes[i] == '\t') {
                count++;
            }
        }
        String[] fields = new String[count];
        int from = start;
        int k = 0;
        for (int i = start; i < end; i++) {
            if (bytes[i] == '\t') {
                fields[k++] = new String(bytes, from, i - from, StandardCharsets.UTF_8);
                from = i + 1;
            }
        }
        fields[k] = new String(bytes, from, end - from, StandardCharsets.UTF_8);
        return fields;
    }
}

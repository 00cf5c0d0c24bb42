package io.newswire.tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    Gazetteer(Map<String, List<String>> regionsByCountry, Map<String, ActorDef> actors,
            List<NameEntry> names) {
        this.regionsByCountry = Map.copyOf(regionsByCountry);
        this.actors = Map.copyOf(actors);
        this.matcher = new NameMatcher(names);
    }

    static Gazetteer loadDefault() {
        List<NameEntry> names = new ArrayList<>();
        read("places.tsv", f -> names.addAll(readings(f)));
        Map<String, List<String>> regions = new HashMap<>();
        read("regions.tsv", f -> {
            for (String country : f[1].split(",")) {
                regions.computeIfAbsent(country, c -> new ArrayList<>()).add(f[0]);
            }
        });
        Map<String, ActorDef> actors = new LinkedHashMap<>();
        read("actors.tsv", f -> {
            List<String> aliases = f.length > 5 && !f[5].isBlank() ? Arrays.asList(f[5].split("\\|")) : List.of();
            List<ActorRole> roles = f.length > 6 && !f[6].isBlank()
                    ? Arrays.stream(f[6].split("\\|")).map(ActorRole::parse).toList() : List.of();
            ActorDef actor = new ActorDef(f[0], f[1], f[2], blankToNull(f[3]), blankToNull(f[4]), aliases, roles);
            actors.put(actor.id(), actor);
            names.add(new NameEntry(actor.name(), NameEntry.Kind.ACTOR, List.of(actor.id()), false));
            for (String alias : aliases) {
                names.add(NameEntry.actorAlias(alias.trim(), actor.id()));
            }
        });
        return new Gazetteer(regions, actors, names);
    }

    /**
     * One entry per country reading of a row, default first. A place's other readings ("London"
     * in Canada) are minor: taken only when the story's context supports them.
     */
    private static List<NameEntry> readings(String[] f) {
        NameEntry.Kind kind = NameEntry.Kind.of(f[1]);
        String[] codes = f[2].split(",");
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

    private static void read(String resource, Consumer<String[]> row) {
        InputStream in = Gazetteer.class.getResourceAsStream(BASE + resource);
        if (in == null) {
            throw new IllegalStateException("missing tagger resource " + BASE + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tagger resource " + resource, e);
        }
    }
}

package io.newswire.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The hand annotation of the reference story ({@code seed/expected.json}), the parts scored.
 * Anonymous speakers carry a {@code " (anonymous)"} suffix there; it is stripped here.
 */
public record SeedExpected(Set<String> countries, Set<String> focus, List<String> places, List<Actor> actors,
        List<Statement> statements) {
    static final String ANONYMOUS = " (anonymous)";

    /** An expected actor: its name and the other names it may go by. */
    public record Actor(String name, List<String> aliases) {}

    /** An expected statement. */
    public record Statement(String quote, String speaker, boolean anonymous, boolean official) {}

    public static SeedExpected read(Path json, ObjectMapper mapper) throws IOException {
        return of(mapper.readTree(json.toFile()));
    }

    static SeedExpected of(JsonNode root) {
        JsonNode regions = root.path("regions");
        List<String> places = new ArrayList<>();
        regions.path("places").forEach(p -> places.add(p.path("name").asText()));
        List<Actor> actors = new ArrayList<>();
        root.path("actors").forEach(a -> actors.add(new Actor(a.path("name").asText(), texts(a.path("aliases")))));
        List<Statement> statements = new ArrayList<>();
        root.path("statements").forEach(s -> {
            String speaker = s.path("speaker").asText();
            boolean anonymous = speaker.endsWith(ANONYMOUS);
            statements.add(new Statement(s.path("quote").asText(),
                    anonymous ? speaker.substring(0, speaker.length() - ANONYMOUS.length()) : speaker,
                    anonymous, s.path("official").asBoolean()));
        });
        return new SeedExpected(new LinkedHashSet<>(texts(regions.path("countries"))),
                new LinkedHashSet<>(texts(regions.path("focus_countries"))), places, actors, statements);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}

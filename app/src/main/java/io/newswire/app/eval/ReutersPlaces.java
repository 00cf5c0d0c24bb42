package io.newswire.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reuters {@code <PLACES>} names to ISO 3166-1 alpha-2 codes: the table {@code reuters-places.tsv}. */
public final class ReutersPlaces {
    private static final String RESOURCE = "reuters-places.tsv";

    private final Map<String, String> codes;

    ReutersPlaces(Map<String, String> codes) {
        this.codes = Map.copyOf(codes);
    }

    public static ReutersPlaces loadDefault() {
        InputStream in = ReutersPlaces.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        Map<String, String> codes = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t");
                    codes.put(fields[0], fields[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReutersPlaces(codes);
    }

    /** The country code of a Reuters place name, or empty for a name that is not a country. */
    public Optional<String> code(String place) {
        return Optional.ofNullable(codes.get(place));
    }

    public int size() {
        return codes.size();
    }
}

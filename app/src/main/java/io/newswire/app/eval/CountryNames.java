package io.newswire.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names to ISO 3166-1 alpha-2 codes, from the tagger's own gazetteer: the names of
 * {@code countries.tsv} first, then the {@code country} readings of {@code places.tsv}
 * ("Macao", "Russia"), plus the few GeoNames country names neither holds (see {@link #EXTRA}).
 */
public final class CountryNames {
    private static final String BASE = "/io/newswire/tagger/";
    /** GeoNames names the gazetteer lacks: Bonaire (Caribbean Netherlands) is BQ. */
    static final Map<String, String> EXTRA = Map.of("bonaire", "BQ");

    private final Map<String, String> codes;

    CountryNames(Map<String, String> codes) {
        this.codes = Map.copyOf(codes);
    }

    public static CountryNames loadDefault() {
        Map<String, String> codes = new HashMap<>(EXTRA);
        read("places.tsv", f -> {
            if (f.length > 2 && f[1].equals("country")) {
                codes.put(key(f[0]), f[2].split(",")[0]);
            }
        });
        read("countries.tsv", f -> codes.put(key(f[1]), f[0]));
        return new CountryNames(codes);
    }

    /** The code of a country name or of a code itself ("Syria" or "SY" gives SY). */
    public Optional<String> code(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String trimmed = nameOrCode.trim();
        if (trimmed.length() == 2 && trimmed.equals(trimmed.toUpperCase(Locale.ROOT))) {
            return Optional.of(trimmed);
        }
        return Optional.ofNullable(codes.get(key(trimmed)));
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private interface Row {
        void accept(String[] fields);
    }

    private static void read(String resource, Row row) {
        InputStream in = CountryNames.class.getResourceAsStream(BASE + resource);
        if (in == null) {
            throw new IllegalStateException("missing tagger resource " + BASE + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

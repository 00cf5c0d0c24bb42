package io.newswire.tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Role and nationality dictionaries for speakers, loaded once from the classpath. */
final class Lexicon {
    private static final String BASE = "statements/";
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}.]+");

    private final Pattern officialRole;
    /** ASCII characters a role match can open with, both cases; the pattern is tried only there. */
    private final boolean[] roleInitial = new boolean[128];
    private final RegionScan.Candidate roleStart;
    private final Map<String, String> nationalities;

    Lexicon(List<String> officialRoles, Map<String, String> nationalities) {
        List<String> sorted = new ArrayList<>(officialRoles);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternation = new StringBuilder();
        for (String role : sorted) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(role));
        }
        // "general" is a role only as a title or in "attorney general", never the adjective.
        this.officialRole = Pattern.compile(
                "(?<![\\p{L}.])(?:(?i:" + alternation + ")(?:s|es)?(?![\\p{L}])|General\\b)",
                Pattern.UNICODE_CASE);
        this.nationalities = Map.copyOf(nationalities);
        boolean anyInitial = false;
        for (String role : sorted) {
            char first = role.isEmpty() ? 0 : role.charAt(0);
            if (first == 0 || first >= roleInitial.length || !Character.isLetter(first)) {
                anyInitial = true;
            } else {
                roleInitial[Character.toLowerCase(first)] = true;
                roleInitial[Character.toUpperCase(first)] = true;
            }
        }
        roleInitial['G'] = true;
        boolean everywhere = anyInitial;
        this.roleStart = (t, i, to) -> {
            char c = t.charAt(i);
            char before = i > 0 ? t.charAt(i - 1) : ' ';
            return (everywhere || c >= roleInitial.length || roleInitial[c]) && before != '.' && !Character.isLetter(before);
        };
    }

    static Lexicon loadDefault() {
        List<String> roles = lines("official-roles.txt");
        Map<String, String> countries = new HashMap<>();
        for (String line : lines("nationalities.tsv")) {
            String[] cols = line.split("\t");
            countries.put(cols[0], cols[1]);
        }
        return new Lexicon(roles, countries);
    }

    /** True when the text names an official role or institution. */
    boolean isOfficial(String description) {
        return description != null && !description.isEmpty()
                && RegionScan.of(officialRole, roleStart, description, 0, description.length()).find();
    }

    /** ISO code of the first nationality word in the text, or {@code null}. */
    String countryOf(String description) {
        if (description == null) {
            return null;
        }
        Matcher m = TOKEN.matcher(description);
        while (m.find()) {
            String code = nationalities.get(m.group());
            if (code == null && m.group().endsWith(".")) {
                code = nationalities.get(m.group().substring(0, m.group().length() - 1));
            }
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private static List<String> lines(String name) {
        InputStream in = Lexicon.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + BASE + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

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
import java.util.regex.Pattern;

/** Role and nationality dictionaries for speakers, loaded once from the classpath. */
final class Lexicon {
    private static final String BASE = "statements/";
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}.]+");

    /** The specification of {@link #isOfficial}, which {@link RoleWords} applies by hand. */
    private final Pattern officialRole;
    private final RoleWords roleWords;
    private final Map<String, String> nationalities;
    /** The first characters of the nationality words: other words are not looked up. */
    private final String nationalityInitials;
    /** {@link #nationalityInitials} as a table for ASCII characters, asked for every word. */
    private final boolean[] asciiInitials = new boolean[0x80];

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
        this.roleWords = new RoleWords(sorted);
        this.nationalities = Map.copyOf(nationalities);
        StringBuilder initials = new StringBuilder();
        for (String word : nationalities.keySet()) {
            if (!word.isEmpty() && initials.indexOf(word.substring(0, 1)) < 0) {
                initials.append(word.charAt(0));
            }
        }
        this.nationalityInitials = initials.toString();
        for (int k = 0; k < initials.length(); k++) {
            if (initials.charAt(k) < 0x80) {
                asciiInitials[initials.charAt(k)] = true;
            }
        }
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
        return description != null && roleWords.anyIn(description);
    }

    /** The role pattern that {@link #isOfficial} applies by hand, for tests. */
    Pattern officialRolePattern() {
        return officialRole;
    }

    /**
     * ISO code of the first nationality word in the text, or {@code null}. The words are the
     * runs {@link #TOKEN} finds ({@code [\\p{L}.]+}), cut by hand; only those opening like a
     * known word are looked up, with a trailing dot and without it.
     */
    String countryOf(String description) {
        if (description == null) {
            return null;
        }
        int n = description.length();
        int i = 0;
        while (i < n) {
            int cp = description.codePointAt(i);
            if (!isTokenChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isTokenChar(cp = description.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            String code = i - start == 1 || isInitial(description.charAt(start))
                    ? lookUp(description.substring(start, i)) : null;
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private boolean isInitial(char c) {
        return c < 0x80 ? asciiInitials[c] : nationalityInitials.indexOf(c) >= 0;
    }

    private String lookUp(String token) {
        String code = nationalities.get(token);
        if (code == null && token.endsWith(".")) {
            code = nationalities.get(token.substring(0, token.length() - 1));
        }
        return code;
    }

    private static boolean isTokenChar(int cp) {
        return cp == '.' || Character.isLetter(cp);
    }

    /** The {@link #TOKEN} pattern that {@link #countryOf} applies by hand, for tests. */
    static Pattern tokenPattern() {
        return TOKEN;
    }

    /** The nationality table, for tests. */
    Map<String, String> nationalities() {
        return nationalities;
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

package io.newswire.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds an official role word in a description by hand, as {@link Lexicon}'s role pattern
 * {@code (?<![\p{L}.])(?:(?iu:role|...)(?:s|es)?(?![\p{L}])|General\b)} finds one: it is asked
 * for every source phrase, and the pattern's long alternation, tried at each word, was the
 * costliest part of resolving a speaker. Roles compare as that pattern's case-insensitive
 * slices do, character by character with {@code toLowerCase(toUpperCase(c))}.
 */
final class RoleWords {
    private static final int ASCII = 0x80;
    private static final String[] NONE = {};
    /** The folded roles by their folded first character, ASCII ones indexed by it. */
    private final String[][] byAsciiFirst = new String[ASCII][];
    private final Map<Character, String[]> byOtherFirst = new HashMap<>();
    /**
     * The folded roles by their first two characters when both are ASCII: a text position whose
     * two characters are ASCII can only start a role with their lower-case forms, and its pair
     * usually starts none. {@code null} for a first character that starts no role.
     */
    private final String[][][] byAsciiPair = new String[ASCII][][];

    RoleWords(List<String> roles) {
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String role : roles) {
            if (role.isEmpty()) {
                throw new IllegalArgumentException("empty role");
            }
            StringBuilder folded = new StringBuilder(role.length());
            for (int k = 0; k < role.length(); k++) {
                folded.append(fold(role.charAt(k)));
            }
            byFirst.computeIfAbsent(folded.charAt(0), c -> new ArrayList<>()).add(folded.toString());
        }
        Arrays.fill(byAsciiFirst, NONE);
        byFirst.forEach((first, list) -> {
            String[] words = list.toArray(String[]::new);
            if (first < ASCII) {
                byAsciiFirst[first] = words;
                byAsciiPair[first] = bySecond(words);
            } else {
                byOtherFirst.put(first, words);
            }
        });
    }

    /** Roles sharing a first character, by their second (a one-character role under every second). */
    private static String[][] bySecond(String[] words) {
        String[][] out = new String[ASCII][];
        for (char second = 0; second < ASCII; second++) {
            final char c = second;
            out[second] = Arrays.stream(words).filter(w -> w.length() == 1 || w.charAt(1) == c).toArray(String[]::new);
        }
        return out;
    }

    /** True when a role (or "General") starts somewhere in the text. */
    boolean anyIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && (Chars.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
                continue;
            }
            if (roleAt(text, i) || text.startsWith("General", i) && !Chars.isRegexWordAt(text, i + "General".length())) {
                return true;
            }
        }
        return false;
    }

    private boolean roleAt(String text, int i) {
        char c = text.charAt(i);
        if (c < ASCII && i + 1 < text.length() && text.charAt(i + 1) < ASCII) {
            // both characters fold to their ASCII lower case, and the roles are folded
            String[][] bySecond = byAsciiPair[fold(c)];
            return bySecond != null && roleAt(text, i, bySecond[fold(text.charAt(i + 1))]);
        }
        char f = fold(c);
        return roleAt(text, i, rolesFrom(c)) || f != c && roleAt(text, i, rolesFrom(f));
    }

    private String[] rolesFrom(char folded) {
        return folded < ASCII ? byAsciiFirst[folded] : byOtherFirst.getOrDefault(folded, NONE);
    }

    private static boolean roleAt(String text, int i, String[] roles) {
        for (String role : roles) {
            if (matches(text, i, role) && endsWord(text, i + role.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String text, int i, String folded) {
        if (i + folded.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < folded.length(); k++) {
            char c = text.charAt(i + k);
            char b = folded.charAt(k);
            if (c != b && fold(c) != b) {
                return false;
            }
        }
        return true;
    }

    /** {@code (?:s|es)?(?![\p{L}])} at {@code end}: some choice of suffix is followed by no letter. */
    private static boolean endsWord(String text, int end) {
        return !letterAt(text, end) || text.startsWith("s", end) && !letterAt(text, end + 1)
                || text.startsWith("es", end) && !letterAt(text, end + 2);
    }

    private static boolean letterAt(String text, int i) {
        return i < text.length() && Character.isLetter(text.codePointAt(i));
    }

    /** How a case-insensitive Unicode slice compares a character. */
    private static char fold(char c) {
        if (c < ASCII) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}

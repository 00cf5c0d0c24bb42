package io.newswire.tagger;

import java.util.ArrayList;
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
    /** The folded roles, by their folded first character. */
    private final Map<Character, List<String>> byFirst = new HashMap<>();

    RoleWords(List<String> roles) {
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
    }

    /** True when a role (or "General") starts somewhere in the text. */
    boolean anyIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
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
        char f = fold(c);
        return roleAt(text, i, byFirst.get(c)) || f != c && roleAt(text, i, byFirst.get(f));
    }

    private static boolean roleAt(String text, int i, List<String> roles) {
        if (roles == null) {
            return false;
        }
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
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}

package io.newswire.tagger;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A known actor: canonical id, name, type, role and country, and the aliases it is written as.
 */
record ActorDef(String id, String name, String type, String role, String country, List<String> aliases) {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    ActorDef {
        aliases = List.copyOf(aliases);
    }

    boolean isPerson() {
        return ActorTag.PERSON.equals(type);
    }

    /** The last word of a person's name ("Kerry" for John Kerry), used for coreference. */
    String surname() {
        String[] words = name.split(" ");
        return words[words.length - 1];
    }

    /** A lower-case ASCII slug: "Bashar al-Assad" becomes {@code bashar-al-assad}. */
    static String slug(String name) {
        if (isAscii(name)) {
            return asciiSlug(name);
        }
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        return EDGE_DASHES.matcher(slug).replaceAll("");
    }

    /** The same slug without normaliser or regex: NFKD leaves ASCII unchanged. Called per discovered name. */
    private static String asciiSlug(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean dash = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9') {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(lower);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}

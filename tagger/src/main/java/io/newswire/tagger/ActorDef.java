package io.newswire.tagger;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A known actor: canonical id, name, type, role and country, and the aliases it is written as.
 */
record ActorDef(String id, String name, String type, String role, String country, List<String> aliases) {
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
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }
}

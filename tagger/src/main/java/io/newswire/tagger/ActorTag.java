package io.newswire.tagger;

import java.util.List;

/**
 * A person or organisation found in the story text, with every mention.
 *
 * @param id canonical actor id (stable, lower-case slug such as {@code john-kerry})
 * @param name canonical name such as {@code John Kerry}
 * @param type {@code person} or {@code organization}
 * @param role role at the time of the story, or {@code null}
 * @param country ISO 3166-1 alpha-2 code, or {@code null}
 * @param mentions every mention in the text, in text order
 */
public record ActorTag(String id, String name, String type, String role, String country, List<Span> mentions) {
    public static final String PERSON = "person";
    public static final String ORGANIZATION = "organization";

    public ActorTag {
        mentions = List.copyOf(mentions);
    }

    public boolean isPerson() {
        return PERSON.equals(type);
    }
}

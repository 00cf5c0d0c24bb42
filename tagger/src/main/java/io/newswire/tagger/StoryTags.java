package io.newswire.tagger;

import java.util.List;

/**
 * Everything the tagger found in one story. Offsets index into the story text.
 *
 * @param countries every country the story names, ISO 3166-1 alpha-2, most salient first: by a
 *     place name, in the headline or dateline, or by adjectives ("Japanese") at least twice or
 *     once in the lead; a single passing adjective only shows in {@code places}
 * @param focusCountries the country or countries the story is mainly about
 * @param regions macro-region slugs such as {@code middle-east}
 * @param places place mentions with evidence
 * @param actors actors with evidence
 * @param statements direct quotes with speakers, in text order
 */
public record StoryTags(
        List<String> countries,
        List<String> focusCountries,
        List<String> regions,
        List<PlaceTag> places,
        List<ActorTag> actors,
        List<StatementTag> statements) {

    /** No tags at all. */
    public static final StoryTags EMPTY =
            new StoryTags(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public StoryTags {
        countries = List.copyOf(countries);
        focusCountries = List.copyOf(focusCountries);
        regions = List.copyOf(regions);
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        statements = List.copyOf(statements);
    }
}

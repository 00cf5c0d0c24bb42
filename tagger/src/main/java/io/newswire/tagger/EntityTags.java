package io.newswire.tagger;

import java.util.List;

/** Region and actor tags of one story, before statements are extracted. */
public record EntityTags(
        List<String> countries,
        List<String> focusCountries,
        List<String> regions,
        List<PlaceTag> places,
        List<ActorTag> actors) {
    public EntityTags {
        countries = List.copyOf(countries);
        focusCountries = List.copyOf(focusCountries);
        regions = List.copyOf(regions);
        places = List.copyOf(places);
        actors = List.copyOf(actors);
    }
}

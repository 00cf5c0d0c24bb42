package io.newswire.streams.feeds;

import java.util.Collection;

/** The tags of one story that feed rules look at. */
public record StoryFacts(
        Collection<String> countries,
        Collection<String> focusCountries,
        Collection<String> regions,
        Collection<String> actorIds) {}

package io.newswire.streams.feeds;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One feed: a name (the topic is {@code <prefix><name>}) and a condition over the story's tags.
 * With {@link Mode#ANY} the story matches when any listed criterion holds; with {@link Mode#ALL}
 * every non-empty criterion must hold.
 *
 * @param countries ISO alpha-2 codes, any of which the story mentions
 * @param focusCountries ISO alpha-2 codes, any of which the story is mainly about
 * @param regions macro-region slugs, any of which the story is in
 * @param actors canonical actor ids, any of which the story mentions
 */
public record FeedRule(
        String name,
        String description,
        Mode mode,
        Set<String> countries,
        Set<String> focusCountries,
        Set<String> regions,
        Set<String> actors) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,100}");

    public enum Mode { ANY, ALL }

    public FeedRule {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("feed name must be lower-case letters, digits and hyphens, got '"
                    + name + "'");
        }
        countries = Set.copyOf(countries);
        focusCountries = Set.copyOf(focusCountries);
        regions = Set.copyOf(regions);
        actors = Set.copyOf(actors);
        if (countries.isEmpty() && focusCountries.isEmpty() && regions.isEmpty() && actors.isEmpty()) {
            throw new IllegalArgumentException("feed '" + name + "' has no condition");
        }
    }

    /** Whether a story with these tags belongs in this feed. Allocates nothing: it runs per rule per story. */
    public boolean matches(StoryFacts story) {
        if (mode == Mode.ALL) {
            // the constructor guarantees at least one criterion is set
            return holdsOrUnset(countries, story.countries()) && holdsOrUnset(focusCountries, story.focusCountries())
                    && holdsOrUnset(regions, story.regions()) && holdsOrUnset(actors, story.actorIds());
        }
        return holds(countries, story.countries()) || holds(focusCountries, story.focusCountries())
                || holds(regions, story.regions()) || holds(actors, story.actorIds());
    }

    /** An unset (empty) criterion never holds. */
    private static boolean holds(Set<String> wanted, Collection<String> present) {
        for (String value : present) {
            if (wanted.contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsOrUnset(Set<String> wanted, Collection<String> present) {
        return wanted.isEmpty() || holds(wanted, present);
    }
}

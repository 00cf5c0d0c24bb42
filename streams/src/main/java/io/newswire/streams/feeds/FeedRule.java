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

    /** Whether a story with these tags belongs in this feed. */
    public boolean matches(StoryFacts story) {
        Criterion[] criteria = {
            new Criterion(countries, story.countries()),
            new Criterion(focusCountries, story.focusCountries()),
            new Criterion(regions, story.regions()),
            new Criterion(actors, story.actorIds())
        };
        boolean any = false;
        for (Criterion criterion : criteria) {
            if (criterion.wanted.isEmpty()) {
                continue;
            }
            boolean hit = criterion.holds();
            if (mode == Mode.ALL && !hit) {
                return false;
            }
            any |= hit;
        }
        return any;
    }

    private record Criterion(Set<String> wanted, Collection<String> present) {
        boolean holds() {
            for (String value : present) {
                if (wanted.contains(value)) {
                    return true;
                }
            }
            return false;
        }
    }
}

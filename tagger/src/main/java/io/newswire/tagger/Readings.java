package io.newswire.tagger;

import io.newswire.tagger.CountrySupport.Tier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses among a name's readings by the support the rest of the story gives each country.
 * Support counts unambiguous mentions per country ({@link CountrySupport}): any mention
 * (country, city, region, demonym), cities and regions ("local"), the distinct minor places
 * named there, and the default reading of a name that other countries share (corroboration
 * only). A name's default reading is its first; the US state
 * Georgia needs local US mentions, another country's city ("London" in Canada) needs a story
 * silent about the default's country.
 */
final class Readings {
    private Readings() {}

    /**
     * Reads names written as "place, region" or "place, country" in that region or country (see
     * {@link #regionAfterPlace} and {@link #placeBeforeCountry}). Both rules look at two names
     * with ", " between them, so one pass finds the pairs; the second rule sees the first one's
     * reading of both names, as when the two ran one after the other.
     *
     * @return {@code matches}, or a copy with the names read otherwise (most stories have none)
     */
    static List<NameMatch> regionsAfterPlaces(String text, List<NameMatch> matches) {
        List<NameMatch> read = matches;
        for (int i = 1; i < matches.size(); i++) {
            if (commaBetween(text, matches.get(i - 1), matches.get(i))) {
                read = regionAfterPlace(matches, read, i);
                read = placeBeforeCountry(matches, read, i - 1);
            }
        }
        return read;
    }

    /** "London, Ontario": the second name starts right after the first one and ", ". */
    private static boolean commaBetween(String text, NameMatch first, NameMatch second) {
        int end = first.span().end();
        return end + 2 == second.span().start() && text.charAt(end) == ',' && text.charAt(end + 1) == ' ';
    }

    /** {@code read} with match {@code i} replaced, copied first if it is still {@code matches}. */
    private static List<NameMatch> replaced(List<NameMatch> matches, List<NameMatch> read, int i, NameMatch match) {
        List<NameMatch> copy = read == matches ? new ArrayList<>(matches) : read;
        copy.set(i, match);
        return copy;
    }

    /**
     * "London, Ontario", "Athens, Georgia": a name right after a place and a comma, with a
     * region reading in a country that place can be in, is that region (not Ontario in
     * California, not the country Georgia), and needs no other corroboration. "London, Berlin"
     * stays a list of cities. Match {@code i} follows match {@code i - 1} and ", ".
     */
    private static List<NameMatch> regionAfterPlace(List<NameMatch> matches, List<NameMatch> read, int i) {
        NameMatch match = matches.get(i);
        if (match.has(NameEntry.Kind.ACTOR)) {
            return read;
        }
        List<NameEntry> regions = regionsContaining(match, matches.get(i - 1));
        return regions.isEmpty() ? read : replaced(matches, read, i, new NameMatch(match.span(), match.surface(), regions));
    }

    /**
     * "VALENCIA, Spain", "San Jose, Costa Rica", "HANOVER, N.H.": a place right before a comma
     * and a country or region is read in that country when it has a reading there (not
     * Valencia in Venezuela, not San Jose in California), and needs no other corroboration.
     * Match {@code i + 1} follows match {@code i} and ", "; both are taken as {@code read} has them.
     */
    private static List<NameMatch> placeBeforeCountry(List<NameMatch> matches, List<NameMatch> read, int i) {
        NameMatch place = read.get(i);
        NameMatch next = read.get(i + 1);
        if (place.has(NameEntry.Kind.ACTOR) || next.has(NameEntry.Kind.ACTOR)) {
            return read;
        }
        // the next name reads first as a country or region ("Texas"), not as a city of a list
        // ("Moscow, Washington and Beijing")
        NameEntry container = next.entries().get(0);
        NameEntry.Kind written = matches.get(i + 1).entries().get(0).kind();
        boolean containing = (written == NameEntry.Kind.COUNTRY || written == NameEntry.Kind.REGION)
                && (container.kind() == NameEntry.Kind.COUNTRY || container.kind() == NameEntry.Kind.REGION);
        if (!containing || container.country() == null) {
            return read;
        }
        List<NameEntry> inside = new ArrayList<>();
        for (NameEntry e : place.entries()) {
            if (local(e) && container.country().equals(e.country())) {
                inside.add(new NameEntry(e.name(), e.kind(), e.codes(), e.personLike(), false));
            }
        }
        return !inside.isEmpty() && inside.size() < place.entries().size()
                ? replaced(matches, read, i, new NameMatch(place.span(), place.surface(), inside)) : read;
    }

    private static List<NameEntry> regionsContaining(NameMatch match, NameMatch place) {
        List<NameEntry> regions = new ArrayList<>();
        for (NameEntry region : match.entries()) {
            if (region.kind() == NameEntry.Kind.REGION && place.entries().stream()
                    .anyMatch(e -> local(e) && region.country().equals(e.country()))) {
                regions.add(new NameEntry(region.name(), region.kind(), region.codes(), region.personLike(), false));
            }
        }
        return regions;
    }

    /**
     * Evidence per reading from unambiguous mentions, and names used as persons in this text.
     */
    static CountrySupport support(String text, List<NameMatch> matches, Set<String> personNames) {
        CountrySupport support = new CountrySupport();
        Set<String> minorNames = new HashSet<>();
        for (NameMatch match : matches) {
            NameEntry demonym = match.first(NameEntry.Kind.DEMONYM);
            if (demonym != null && !match.has(NameEntry.Kind.ACTOR)) {
                support.add(demonym.country(), Tier.ANY);
            }
            NameEntry place = demonym != null ? null : placeReading(match);
            if (place == null) {
                continue;
            }
            boolean ambiguous = match.hasSeveralPlaces();
            if (place.personLike() && PersonContext.namedAsPerson(text, match.span())) {
                personNames.add(match.surface());
            } else if (!ambiguous && !place.personLike() && place.minor()) {
                if (minorNames.add(place.country() + "/" + match.surface())) {
                    support.add(place.country(), Tier.MINOR);
                }
            } else if (!ambiguous && !place.personLike()) {
                if (local(place)) {
                    support.add(place.country(), Tier.LOCAL);
                }
                support.add(place.country(), Tier.ANY);
            } else if (!place.personLike() && !place.minor()) {
                // "London": its default reading corroborates minor places, but decides no reading
                support.add(place.country(), Tier.DEFAULT);
            }
        }
        return support;
    }

    /** A minor reading needs a major mention of its country, or a second minor place there. */
    static boolean corroborated(NameEntry place, CountrySupport support) {
        String country = place.country();
        return support.any(country) > 0 || support.fallback(country) > 0 || support.minor(country) > 1;
    }

    static boolean local(NameEntry place) {
        return place.kind() == NameEntry.Kind.CITY || place.kind() == NameEntry.Kind.REGION;
    }

    /**
     * The place reading the rules take: {@link #choose} when the match has several, else its one
     * place reading, which {@code choose} would return as well after asking the support.
     */
    static NameEntry reading(NameMatch match, CountrySupport support) {
        return match.hasSeveralPlaces() ? choose(match, support) : placeReading(match);
    }

    /** The match's first place reading; none for an actor's name. */
    private static NameEntry placeReading(NameMatch match) {
        return match.has(NameEntry.Kind.ACTOR) ? null : match.firstPlace();
    }

    /** Support a reading needs: a state or city reading needs sub-national mentions. */
    private static int readingSupport(NameEntry place, CountrySupport support) {
        boolean local = place.kind() == NameEntry.Kind.REGION || place.kind() == NameEntry.Kind.CITY;
        return local ? support.local(place.country()) : support.any(place.country());
    }

    /**
     * The reading with most support, the default (first) one on a tie. Another country's reading
     * of a city ("London" in Canada, "Paris" in Texas) is taken only when the story says nothing
     * of the default's country and names the other one twice or one of its local places.
     */
    static NameEntry choose(NameMatch match, CountrySupport support) {
        NameEntry best = null;
        int bestSupport = -1;
        int kindsSeen = 0; // bit per kind: a kind's default reading is the first entry of that kind
        List<NameEntry> entries = match.entries();
        for (int i = 0; i < entries.size(); i++) {
            NameEntry entry = entries.get(i);
            int kindBit = 1 << entry.kind().ordinal();
            boolean kindDefault = (kindsSeen & kindBit) == 0;
            kindsSeen |= kindBit;
            if (entry.kind().isPlace() && kindDefault) {
                int s = entry.kind() == NameEntry.Kind.MACRO_REGION ? 0 : readingSupport(entry, support);
                if (s > bestSupport) {
                    best = entry;
                    bestSupport = s;
                }
            }
        }
        if (best == null || !local(best) || countrySupport(best, support) > 0) {
            return best;
        }
        NameEntry chosen = best;
        int chosenSupport = countrySupport(chosen, support);
        for (int i = 0; i < entries.size(); i++) {
            NameEntry entry = entries.get(i);
            if (entry.kind() == best.kind()) {
                int s = countrySupport(entry, support);
                if (s >= 2 && s > chosenSupport) {
                    chosen = entry;
                    chosenSupport = s;
                }
            }
        }
        return chosen;
    }

    private static int countrySupport(NameEntry entry, CountrySupport support) {
        String country = entry.country();
        return 2 * (support.local(country) + support.minor(country)) + support.any(country);
    }
}

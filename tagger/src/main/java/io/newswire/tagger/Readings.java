package io.newswire.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses among a name's readings by the support the rest of the story gives each country.
 * Support counts unambiguous mentions per country: {@code CC/any} for any mention (country,
 * city, region, demonym), {@code CC/local} for cities and regions, {@code CC/minor} for the
 * distinct minor places named there, {@code CC/default} for the default reading of a name
 * that other countries share (corroboration only). A name's default reading is its first; the US state
 * Georgia needs local US mentions, another country's city ("London" in Canada) needs a story
 * silent about the default's country.
 */
final class Readings {
    /** One country's support keys, {@code "FR/any"} and so on; {@code fallback} is {@code "FR/default"}. */
    record Keys(String any, String local, String minor, String fallback) {}

    /**
     * Keys per country (or macro region) code, built once: the rules look several up for every
     * match, and a shared key string keeps its hash. Bounded by the gazetteer's codes.
     */
    private static final ConcurrentHashMap<String, Keys> KEYS = new ConcurrentHashMap<>();

    private Readings() {}

    /** The support keys of {@code country}; a {@code null} code gives "null/any" as concatenation does. */
    static Keys keys(String country) {
        return KEYS.computeIfAbsent(String.valueOf(country),
                c -> new Keys(c + "/any", c + "/local", c + "/minor", c + "/default"));
    }

    /**
     * "London, Ontario", "Athens, Georgia": a name right after a place and a comma, with a
     * region reading in a country that place can be in, is that region (not Ontario in
     * California, not the country Georgia), and needs no other corroboration. "London, Berlin"
     * stays a list of cities.
     */
    static List<NameMatch> regionsAfterPlaces(String text, List<NameMatch> matches) {
        List<NameMatch> read = new ArrayList<>(matches.size());
        NameMatch previous = null;
        for (NameMatch match : matches) {
            boolean afterPlace = previous != null && previous.span().end() + 2 == match.span().start()
                    && text.startsWith(", ", previous.span().end()) && !match.has(NameEntry.Kind.ACTOR);
            List<NameEntry> regions = afterPlace ? regionsContaining(match, previous) : List.of();
            read.add(regions.isEmpty() ? match : new NameMatch(match.span(), match.surface(), regions));
            previous = match;
        }
        return placesBeforeTheirCountry(text, matches, read);
    }

    /**
     * "VALENCIA, Spain", "San Jose, Costa Rica", "HANOVER, N.H.": a place right before a comma
     * and a country or region is read in that country when it has a reading there (not
     * Valencia in Venezuela, not San Jose in California), and needs no other corroboration.
     */
    private static List<NameMatch> placesBeforeTheirCountry(String text, List<NameMatch> matches, List<NameMatch> read) {
        for (int i = 0; i + 1 < read.size(); i++) {
            NameMatch place = read.get(i);
            NameMatch next = read.get(i + 1);
            if (place.has(NameEntry.Kind.ACTOR) || next.has(NameEntry.Kind.ACTOR)
                    || place.span().end() + 2 != next.span().start() || !text.startsWith(", ", place.span().end())) {
                continue;
            }
            // the next name reads first as a country or region ("Texas"), not as a city of a list
            // ("Moscow, Washington and Beijing")
            NameEntry container = next.entries().get(0);
            NameEntry.Kind written = matches.get(i + 1).entries().get(0).kind();
            boolean containing = (written == NameEntry.Kind.COUNTRY || written == NameEntry.Kind.REGION)
                    && (container.kind() == NameEntry.Kind.COUNTRY || container.kind() == NameEntry.Kind.REGION);
            if (!containing || container.country() == null) {
                continue;
            }
            List<NameEntry> inside = new ArrayList<>();
            for (NameEntry e : place.entries()) {
                if (local(e) && container.country().equals(e.country())) {
                    inside.add(new NameEntry(e.name(), e.kind(), e.codes(), e.personLike(), false));
                }
            }
            if (!inside.isEmpty() && inside.size() < place.entries().size()) {
                read.set(i, new NameMatch(place.span(), place.surface(), inside));
            }
        }
        return read;
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

    /** Evidence per reading from unambiguous mentions, and names used as persons in this text. */
    static Map<String, Integer> support(String text, List<NameMatch> matches, Set<String> personNames) {
        Map<String, Integer> support = new HashMap<>();
        Set<String> minorNames = new HashSet<>();
        for (NameMatch match : matches) {
            NameEntry demonym = match.first(NameEntry.Kind.DEMONYM);
            if (demonym != null && !match.has(NameEntry.Kind.ACTOR)) {
                support.merge(keys(demonym.country()).any(), 1, Integer::sum);
            }
            NameEntry place = placeReading(match);
            if (place == null || demonym != null) {
                continue;
            }
            if (place.personLike() && PersonContext.namedAsPerson(text, match.span())) {
                personNames.add(match.surface());
            } else if (!isAmbiguous(match) && !place.personLike() && place.minor()) {
                if (minorNames.add(place.country() + "/" + match.surface())) {
                    support.merge(keys(place.country()).minor(), 1, Integer::sum);
                }
            } else if (!isAmbiguous(match) && !place.personLike()) {
                if (local(place)) {
                    support.merge(keys(place.country()).local(), 1, Integer::sum);
                }
                support.merge(keys(place.country()).any(), 1, Integer::sum);
            } else if (!place.personLike() && !place.minor()) {
                // "London": its default reading corroborates minor places, but decides no reading
                support.merge(keys(place.country()).fallback(), 1, Integer::sum);
            }
        }
        return support;
    }

    /** A minor reading needs a major mention of its country, or a second minor place there. */
    static boolean corroborated(NameEntry place, Map<String, Integer> support) {
        Keys keys = keys(place.country());
        return support.getOrDefault(keys.any(), 0) > 0
                || support.getOrDefault(keys.fallback(), 0) > 0
                || support.getOrDefault(keys.minor(), 0) > 1;
    }

    static boolean local(NameEntry place) {
        return place.kind() == NameEntry.Kind.CITY || place.kind() == NameEntry.Kind.REGION;
    }

    static NameEntry placeReading(NameMatch match) {
        if (match.has(NameEntry.Kind.ACTOR)) {
            return null;
        }
        List<NameEntry> entries = match.entries();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).kind().isPlace()) {
                return entries.get(i);
            }
        }
        return null;
    }

    private static boolean isAmbiguous(NameMatch match) {
        int places = 0;
        List<NameEntry> entries = match.entries();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).kind().isPlace() && ++places > 1) {
                return true;
            }
        }
        return false;
    }

    /** Support a reading needs: a state or city reading needs sub-national mentions. */
    private static String supportKey(NameEntry place) {
        boolean local = place.kind() == NameEntry.Kind.REGION || place.kind() == NameEntry.Kind.CITY;
        return local ? keys(place.country()).local() : keys(place.country()).any();
    }

    /**
     * The reading with most support, the default (first) one on a tie. Another country's reading
     * of a city ("London" in Canada, "Paris" in Texas) is taken only when the story says nothing
     * of the default's country and names the other one twice or one of its local places.
     */
    static NameEntry choose(NameMatch match, Map<String, Integer> support) {
        NameEntry best = null;
        int bestSupport = -1;
        for (NameEntry entry : match.entries()) {
            if (entry.kind().isPlace() && match.first(entry.kind()) == entry) { // each kind's default reading
                int s = entry.kind() == NameEntry.Kind.MACRO_REGION ? 0 : support.getOrDefault(supportKey(entry), 0);
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
        for (NameEntry entry : match.entries()) {
            if (entry.kind() == best.kind() && countrySupport(entry, support) >= 2
                    && countrySupport(entry, support) > countrySupport(chosen, support)) {
                chosen = entry;
            }
        }
        return chosen;
    }

    private static int countrySupport(NameEntry entry, Map<String, Integer> support) {
        Keys keys = keys(entry.country());
        return 2 * (support.getOrDefault(keys.local(), 0) + support.getOrDefault(keys.minor(), 0))
                + support.getOrDefault(keys.any(), 0);
    }
}

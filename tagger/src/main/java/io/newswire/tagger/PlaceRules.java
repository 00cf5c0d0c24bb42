package io.newswire.tagger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns name matches into place mentions and country evidence. Rules, in order: a name that
 * reads as an actor is not a place; demonyms and attributive abbreviations ("US officials")
 * are weak evidence and adjectival place mentions (kinds {@code demonym} and {@code country}),
 * plural demonyms ("Syrians") evidence only; person-like names in person context ("Mr. Jordan", "Jordan
 * said" with no other evidence for Jordan) are not places; an ambiguous name takes the reading
 * with most support elsewhere in the story (the US state Georgia needs other US state or city
 * mentions), else its default reading; a place inside an unknown organisation name ("Nippon
 * Steel", "Bank of Japan") is evidence but not a place; an administrative suffix joins the
 * mention ("Idlib province" is a region); a minor reading ("Piedmont") needs other evidence for
 * its country in the story.
 */
final class PlaceRules {
    private static final Set<String> NON_ATTRIBUTIVE = Set.of("and", "or", "is", "was", "has",
            "had", "have", "will", "would", "should", "could", "can", "may", "might", "must", "to",
            "in", "on", "at", "of", "for", "with", "as", "but", "that", "which", "who", "said",
            "says", "by", "from", "after", "before", "over", "under", "since", "about", "than",
            "are", "were", "did", "does", "last", "this", "next", "again", "also", "alone", "too",
            "itself", "if", "while", "when", "because", "so", "into", "against", "remains");

    /** Words before a language name used as a noun ("in Turkish", "speaks French"). */
    private static final Set<String> LANGUAGE_CUES = Set.of("in", "speak", "speaks", "spoke",
            "speaking", "teach", "teaches", "teaching", "taught", "learn", "learning", "learned",
            "fluent", "and", "as", "into", "translated");
    /** The two word sets looked up from the text, without a lower-cased substring. */
    private static final WordTable NON_ATTRIBUTIVE_TABLE = new WordTable(NON_ATTRIBUTIVE);
    private static final WordTable LANGUAGE_CUE_TABLE = new WordTable(LANGUAGE_CUES);

    /** What the rules found: place mentions, country evidence and macro regions named. */
    record Findings(List<PlaceTag> places, List<Evidence> evidence, Set<String> macroRegions) {}

    /** The findings while the rules run, with the support counts they used. */
    private record Found(List<PlaceTag> places, List<Evidence> evidence, Set<String> macroRegions,
            CountrySupport support) {}

    private PlaceRules() {}

    /**
     * Applies the rules to the matches of one text.
     *
     * @param shoutedFrom offset from which short all-capital names are read as abbreviations;
     *     datelines ("ROME (Reuters) -") and all-capital headlines sit before it
     */
    static Findings apply(String text, List<NameMatch> named, Evidence.Source source, int shoutedFrom) {
        Found found = find(text, named, source, shoutedFrom);
        CountyNames.add(text, found.support(), found.places());
        ByStart.sortPlaces(found.places());
        // not Set.copyOf: its iteration order changes from one JVM run to the next; the lists and
        // the set are this call's own, so wrapping them is enough
        return new Findings(List.copyOf(found.places()), Collections.unmodifiableList(found.evidence()),
                Collections.unmodifiableSet(found.macroRegions()));
    }

    /**
     * The country evidence of a headline or dateline, as {@code apply(text, named, source,
     * Integer.MAX_VALUE).evidence()} gives it: the county rule and the ordering of place mentions
     * are left out, as they change only the places.
     */
    static List<Evidence> evidence(String text, List<NameMatch> named, Evidence.Source source) {
        return Collections.unmodifiableList(find(text, named, source, Integer.MAX_VALUE).evidence());
    }

    /** The rules' place mentions in match order (before the county rule), evidence and regions. */
    private static Found find(String text, List<NameMatch> named, Evidence.Source source, int shoutedFrom) {
        List<NameMatch> matches = Readings.regionsAfterPlaces(text, named);
        Set<String> personNames = new HashSet<>();
        CountrySupport support = Readings.support(text, matches, personNames);
        Found found = new Found(new ArrayList<>(matches.size()), new ArrayList<>(matches.size()), new LinkedHashSet<>(), support);
        for (NameMatch match : matches) {
            if (match.has(NameEntry.Kind.ACTOR)) {
                continue;
            }
            NameEntry demonym = match.first(NameEntry.Kind.DEMONYM);
            NameEntry place = demonym == null ? Readings.reading(match, support) : null;
            if (demonym != null) {
                demonym(text, match, demonym, source, found);
            } else if (place != null && !(match.span().start() >= shoutedFrom && shoutedShortName(match, place))
                    && !personNames.contains(match.surface()) && !blockedSpeaker(text, match, place, support)
                    && !(abbreviatedRegion(place) && !AdminSuffix.afterPlaceComma(text, match.span().start()))) {
                int suffixEnd = Readings.local(place) ? AdminSuffix.after(text, match.span().end()) : -1;
                if (suffixEnd > 0 && !OrgContext.inOrganisationName(text, match.span())) {
                    resolve(text, withSuffix(text, match, suffixEnd), asRegion(match, place), source, found);
                } else if (!place.minor() || source == Evidence.Source.DATELINE
                        || (Readings.corroborated(place, support) && !minorTownAsSurname(text, match, place))) {
                    resolve(text, match, place, source, found);
                }
            }
        }
        return found;
    }

    /** "John Bolton": a minor town's name after a given name is a surname. */
    private static boolean minorTownAsSurname(String text, NameMatch match, NameEntry place) {
        return place.kind() == NameEntry.Kind.CITY && PersonContext.namedAsPerson(text, match.span());
    }

    /** A demonym is weak evidence, and a place mention when adjectival ("Syrian troops"). */
    private static void demonym(String text, NameMatch match, NameEntry demonym, Evidence.Source source, Found found) {
        found.evidence().add(new Evidence(demonym.country(), false, match.span().start(), source));
        if (adjectival(match.surface()) && !OrgContext.inOrganisationName(text, match.span())
                && !language(text, match.span())) {
            found.places().add(new PlaceTag(match.surface(), match.span(), demonym.country(), demonym.kind().label()));
        }
    }

    private static void resolve(String text, NameMatch match, NameEntry place, Evidence.Source source, Found found) {
        int at = match.span().start();
        if (OrgContext.inOrganisationName(text, match.span())) {
            if (place.country() != null) {
                found.evidence().add(new Evidence(place.country(), false, at, source));
            }
        } else if (place.kind() == NameEntry.Kind.MACRO_REGION) {
            found.macroRegions().add(place.codes().get(0));
            found.places().add(new PlaceTag(match.surface(), match.span(), null, place.kind().label()));
        } else if (place.isAcronym() && attributive(text, match.span().end())) {
            // "US troops" names the country adjectivally: a place mention, weak evidence
            found.evidence().add(new Evidence(place.country(), false, at, source));
            found.places().add(new PlaceTag(match.surface(), match.span(), place.country(), place.kind().label()));
        } else {
            found.evidence().add(new Evidence(place.country(), true, at, source));
            found.places().add(new PlaceTag(match.surface(), match.span(), place.country(), place.kind().label()));
        }
    }

    /** "Ky.", "B.C.": a state or province abbreviation, a place only in "Glasgow, Ky.". */
    private static boolean abbreviatedRegion(NameEntry place) {
        return place.kind() == NameEntry.Kind.REGION && place.name().endsWith(".");
    }

    /** "Idlib province": the region reading of the name, if it has one, else the place as a region. */
    private static NameEntry asRegion(NameMatch match, NameEntry place) {
        NameEntry region = match.first(NameEntry.Kind.REGION);
        return region != null && place.kind() == NameEntry.Kind.CITY && region.country().equals(place.country()) ? region
                : new NameEntry(place.name(), NameEntry.Kind.REGION, place.codes(), place.personLike(), false);
    }

    private static NameMatch withSuffix(String text, NameMatch match, int suffixEnd) {
        Span span = new Span(match.span().start(), suffixEnd);
        return new NameMatch(span, text.substring(span.start(), span.end()), match.entries());
    }

    private static boolean blockedSpeaker(String text, NameMatch match, NameEntry place,
            CountrySupport support) {
        return place.personLike() && PersonContext.speaks(text, match.span()) && support.any(place.country()) == 0;
    }

    /** "GAO", "ABA": a short all-capital word is an abbreviation, not a shouted city name. */
    private static boolean shoutedShortName(NameMatch match, NameEntry place) {
        String surface = match.surface();
        return surface.length() < 5 && !place.isAcronym() && place.kind() != NameEntry.Kind.COUNTRY
                && noLowerCase(surface);
    }

    /** {@code s.chars().noneMatch(Character::isLowerCase)} without a stream. */
    private static boolean noLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase((int) s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Syrian", "Swiss", "Seychellois" modify a noun and name the country adjectivally;
     * "Syrians" and "Turks" are people, not a place mention.
     */
    private static boolean adjectival(String demonym) {
        return !demonym.endsWith("s") || demonym.endsWith("ss") || demonym.endsWith("ois") || demonym.endsWith("ais");
    }

    /** "speaks French", "shouted in Turkish", "un-American": a language or a word, not a place. */
    private static boolean language(String text, Span span) {
        int i = span.start() - 1;
        if (i >= 2 && text.startsWith("un-", i - 2)) {
            return true;
        }
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Chars.isLetter(text.charAt(i))) {
            i--;
        }
        return containsLowerCased(LANGUAGE_CUES, LANGUAGE_CUE_TABLE, text, i + 1, end) && !attributive(text, span.end());
    }

    /** "US officials", "US-backed": the abbreviation modifies a noun rather than naming a place. */
    private static boolean attributive(String text, int end) {
        if (end + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(end);
        if (next == '-') {
            return Chars.isLetter(text.charAt(end + 1));
        }
        if (next != ' ' || !Chars.isLetter(text.charAt(end + 1))) {
            return false;
        }
        int j = end + 1;
        while (j < text.length() && Chars.isLetter(text.charAt(j))) {
            j++;
        }
        return !containsLowerCased(NON_ATTRIBUTIVE, NON_ATTRIBUTIVE_TABLE, text, end + 1, j);
    }

    /**
     * {@code words.contains(text.substring(start, end).toLowerCase(Locale.ROOT))}, by the table's
     * ASCII case folding when the range is ASCII (lower-casing may turn a non-ASCII letter, the
     * Kelvin sign, into an ASCII one: such ranges go the long way).
     */
    private static boolean containsLowerCased(Set<String> words, WordTable table, String text, int start, int end) {
        return Chars.isAscii(text, start, end) ? table.containsIgnoreAsciiCase(text, start, end)
                : words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }
}

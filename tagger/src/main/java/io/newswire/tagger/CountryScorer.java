package io.newswire.tagger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores countries by salience and picks the focus. Per country: a body place mention counts
 * 1, a demonym or attributive abbreviation 0.5, any evidence in the lead (first paragraph)
 * adds 1 once, a headline place 5 and a headline demonym 2.5, the dateline 4. The focus is the
 * top country plus any other within 80% of its score (at most three). The story's countries are
 * the focus plus every country scoring at least {@link #MENTIONED}. Regions are the macro
 * regions of the focus countries, then macro regions named in the text.
 */
final class CountryScorer {
    static final double BODY_PLACE = 1.0;
    static final double BODY_DEMONYM = 0.5;
    static final double LEAD_BONUS = 1.0;
    static final double HEADLINE_PLACE = 5.0;
    static final double HEADLINE_DEMONYM = 2.5;
    static final double DATELINE = 4.0;
    static final double FOCUS_SHARE = 0.8;
    static final int MAX_FOCUS = 3;
    /**
     * A country is one of the story's countries from this score on: named once anywhere (a place
     * name), or in the headline or dateline, or by adjectives ("Japanese", "US troops") twice or
     * once in the lead. A single passing adjective ("a French-made missile") is not enough.
     */
    static final double MENTIONED = 1.0;

    /** Highest score first, then first named in the body first, then by code. */
    private static final Comparator<Tally> RANKING = Comparator.comparingDouble((Tally t) -> -t.score)
            .thenComparingInt(t -> t.first)
            .thenComparing(t -> t.country, Comparator.naturalOrder());

    /** Countries, focus countries and region slugs of one story. */
    record Result(List<String> countries, List<String> focus, List<String> regions) {}

    private CountryScorer() {}

    /**
     * One country's running score, its first body offset (-1 when first named outside the body)
     * and lead flag. A story names few countries: the tallies sit in a list in the order their
     * countries were first named, found by identity first (the gazetteer shares one string per
     * code), then by {@code equals}; a map keyed by country cost more than the scoring.
     */
    private static final class Tally {
        private final String country;
        private double score;
        private int first;
        private boolean hasFirst;
        private boolean inLead;

        private Tally(String country) {
            this.country = country;
        }
    }

    static Result score(List<Evidence> evidence, int leadEnd, Set<String> namedRegions, Gazetteer gazetteer) {
        List<Tally> ranked = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            Tally t = tallyOf(ranked, e.country());
            t.score += weight(e);
            if (e.source() == Evidence.Source.BODY) {
                t.first = t.hasFirst ? Math.min(t.first, e.position()) : e.position();
                t.hasFirst = true;
                t.inLead |= e.position() < leadEnd;
            } else if (!t.hasFirst) {
                t.first = -1;
                t.hasFirst = true;
            }
        }
        for (Tally t : ranked) {
            if (t.inLead) {
                t.score += LEAD_BONUS;
            }
        }
        ranked.sort(RANKING);
        List<String> focus = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        double top = ranked.isEmpty() ? 0 : ranked.get(0).score;
        for (Tally t : ranked) {
            boolean inFocus = focus.size() < MAX_FOCUS && t.score >= FOCUS_SHARE * top;
            if (inFocus) {
                focus.add(t.country);
            }
            if (inFocus || t.score >= MENTIONED) {
                countries.add(t.country);
            }
        }
        // a handful of regions: a list kept free of repeats orders them as a LinkedHashSet did
        List<String> regions = new ArrayList<>();
        for (int i = 0; i < focus.size(); i++) {
            addNew(regions, gazetteer.regionsOf(focus.get(i)));
        }
        addNew(regions, namedRegions);
        return new Result(countries, focus, List.copyOf(regions));
    }

    /** Adds each of {@code more} that {@code regions} does not hold yet, in order. */
    private static void addNew(List<String> regions, Collection<String> more) {
        for (String region : more) {
            if (!regions.contains(region)) {
                regions.add(region);
            }
        }
    }

    /** The tally of {@code country}, added at the end of {@code tallies} when it has none yet. */
    private static Tally tallyOf(List<Tally> tallies, String country) {
        for (int i = 0; i < tallies.size(); i++) {
            if (tallies.get(i).country == country) {
                return tallies.get(i);
            }
        }
        for (int i = 0; i < tallies.size(); i++) {
            if (Objects.equals(tallies.get(i).country, country)) {
                return tallies.get(i);
            }
        }
        Tally t = new Tally(country);
        tallies.add(t);
        return t;
    }

    private static double weight(Evidence e) {
        return switch (e.source()) {
            case DATELINE -> DATELINE;
            case HEADLINE -> e.strong() ? HEADLINE_PLACE : HEADLINE_DEMONYM;
            case BODY -> e.strong() ? BODY_PLACE : BODY_DEMONYM;
        };
    }
}

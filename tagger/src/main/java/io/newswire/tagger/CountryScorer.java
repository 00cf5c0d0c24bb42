package io.newswire.tagger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /** Countries, focus countries and region slugs of one story. */
    record Result(List<String> countries, List<String> focus, List<String> regions) {}

    private CountryScorer() {}

    /** One country's running score, its first body offset (-1 when first named outside the body) and lead flag. */
    private static final class Tally {
        private double score;
        private int first;
        private boolean hasFirst;
        private boolean inLead;
    }

    static Result score(List<Evidence> evidence, int leadEnd, Set<String> namedRegions, Gazetteer gazetteer) {
        Map<String, Tally> tallies = new HashMap<>();
        List<String> ranked = new ArrayList<>();
        for (Evidence e : evidence) {
            Tally t = tallies.get(e.country());
            if (t == null) {
                t = new Tally();
                tallies.put(e.country(), t);
                ranked.add(e.country());
            }
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
        for (Tally t : tallies.values()) {
            if (t.inLead) {
                t.score += LEAD_BONUS;
            }
        }
        ranked.sort(Comparator.comparingDouble((String c) -> -tallies.get(c).score)
                .thenComparingInt(c -> tallies.get(c).first)
                .thenComparing(Comparator.naturalOrder()));
        List<String> focus = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        double top = ranked.isEmpty() ? 0 : tallies.get(ranked.get(0)).score;
        for (String country : ranked) {
            double score = tallies.get(country).score;
            boolean inFocus = focus.size() < MAX_FOCUS && score >= FOCUS_SHARE * top;
            if (inFocus) {
                focus.add(country);
            }
            if (inFocus || score >= MENTIONED) {
                countries.add(country);
            }
        }
        Set<String> regions = new LinkedHashSet<>();
        focus.forEach(c -> regions.addAll(gazetteer.regionsOf(c)));
        regions.addAll(namedRegions);
        return new Result(countries, focus, List.copyOf(regions));
    }

    private static double weight(Evidence e) {
        return switch (e.source()) {
            case DATELINE -> DATELINE;
            case HEADLINE -> e.strong() ? HEADLINE_PLACE : HEADLINE_DEMONYM;
            case BODY -> e.strong() ? BODY_PLACE : BODY_DEMONYM;
        };
    }
}

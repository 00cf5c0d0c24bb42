package io.newswire.tagger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds places, countries, macro regions and actors in a story. One compiled matcher pass over
 * the body finds every gazetteer and actor name; {@link PlaceRules} and {@link ActorFinder}
 * resolve them, and {@link CountryScorer} ranks countries and picks the focus from body,
 * headline and dateline evidence. The headline and dateline weigh as evidence but yield no
 * offsets.
 *
 * <p>Thread-safe, and immutable but for a bounded memo of dateline evidence; the default
 * gazetteer is loaded once per class loader.
 */
public final class EntityTagger {
    /** "BEIRUT (Reuters) -", "WASHINGTON, Aug 5 (Reuters) -", "LONDON -" at the start of copy. */
    private static final Pattern IN_TEXT_DATELINE =
            Pattern.compile("^\\s*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?:,| \\(| -| \u2013)");
    private static final int LEAD_MAX = 600;
    /** How far into the body a dateline's location may run ("SADDLE BROOK, N.J., March 11 -"). */
    private static final int LEADING_DATELINE_MAX = 120;

    /** Datelines remembered at most, so that a feed of ever new datelines holds no more. */
    private static final int DATELINE_MEMO_MAX = 4096;
    /** Longer datelines are worked out every time: the memo's size is bounded in characters too. */
    private static final int DATELINE_MEMO_KEY_MAX = 120;

    private final Gazetteer gazetteer;
    private final ActorFinder actorFinder;
    /** Evidence per dateline as given with a story, shared by the threads tagging with this tagger. */
    private final DatelineMemo datelineMemo;

    private static final class DefaultHolder {
        private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    }

    EntityTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.actorFinder = new ActorFinder(gazetteer);
        this.datelineMemo = new DatelineMemo(DATELINE_MEMO_MAX, DATELINE_MEMO_KEY_MAX,
                dateline -> datelineEvidence(DatelineLocation.of(dateline)));
    }

    public static EntityTagger loadDefault() {
        return new EntityTagger(DefaultHolder.GAZETTEER);
    }

    public EntityTags tag(StoryText story) {
        String text = story.text();
        WordBits bits = WordBits.of(text); // shared by the name matcher, title discovery and title coreference
        List<NameMatch> matches = gazetteer.matcher().findAll(text, bits);
        Matcher inTextDateline = IN_TEXT_DATELINE.matcher(text.length() > 80 ? text.substring(0, 80) : text);
        boolean hasDateline = inTextDateline.find();
        int bodyStart = hasDateline ? inTextDateline.end(1) : 0;
        PlaceRules.Findings body = PlaceRules.apply(text, matches, Evidence.Source.BODY, bodyStart);
        List<Evidence> evidence = new ArrayList<>(body.evidence());
        Evidence datelineEvidence = story.datelinePlace() != null ? datelineMemo.evidenceOf(story.datelinePlace())
                : hasDateline ? datelineEvidence(DatelineLocation.leading(text.substring(inTextDateline.start(1),
                        Math.min(text.length(), inTextDateline.start(1) + LEADING_DATELINE_MAX)))) : null;
        if (datelineEvidence != null) {
            evidence.add(datelineEvidence);
        }
        if (story.headline() != null && !story.headline().isBlank()) {
            evidence.addAll(headlineEvidence(story.headline(), evidence));
        }
        // a demonym may open an unknown name ("Syrian Observatory"): it claims no actor text
        List<PlaceTag> named = new ArrayList<>(body.places().size());
        for (PlaceTag place : body.places()) {
            if (!"demonym".equals(place.kind())) {
                named.add(place);
            }
        }
        List<ActorTag> actors = TitleCoreference.add(text, bits, actorFinder.find(text, bits, matches, named, story.date()));
        CountryScorer.Result result = CountryScorer.score(evidence, leadEnd(text), body.macroRegions(), gazetteer);
        return new EntityTags(result.countries(), result.focus(), result.regions(), body.places(), actors);
    }

    /** The dateline location's widest place as evidence, {@code null} for none. */
    private Evidence datelineEvidence(String location) {
        // the last part is the widest: "HANOVER, N.H." is in the US whatever Hanover's default
        return location == null ? null : lastStrong(evidenceIn(location, Evidence.Source.DATELINE));
    }

    /**
     * Evidence from the headline. An all-capital headline ("JAPAN REJECTS U.S. OBJECTIONS TO
     * FAIRCHILD SALE") makes every word look like a name, so towns named like common words
     * ("SALE", Salé in Morocco) would match: there a city or region only adds weight to a
     * country the body or dateline names as well; country names and demonyms ("UKRAINE",
     * "RUSSIAN") count as written.
     */
    private List<Evidence> headlineEvidence(String headline, List<Evidence> storyEvidence) {
        List<NameMatch> matches = gazetteer.matcher().findAll(headline);
        List<Evidence> found = evidenceIn(headline, matches, Evidence.Source.HEADLINE);
        if (!allCapitals(headline)) {
            return found;
        }
        Set<String> named = new HashSet<>();
        for (int i = 0; i < storyEvidence.size(); i++) {
            named.add(storyEvidence.get(i).country());
        }
        for (NameMatch match : matches) {
            NameEntry country = match.first(NameEntry.Kind.COUNTRY);
            NameEntry demonym = match.first(NameEntry.Kind.DEMONYM);
            if (country != null && country.country() != null) {
                named.add(country.country());
            } else if (demonym != null && demonym.country() != null) {
                named.add(demonym.country());
            }
        }
        return found.stream().filter(e -> named.contains(e.country())).toList();
    }

    /** The last strong piece of {@code evidence}, {@code null} when none is strong. */
    private static Evidence lastStrong(List<Evidence> evidence) {
        for (int i = evidence.size() - 1; i >= 0; i--) {
            if (evidence.get(i).strong()) {
                return evidence.get(i);
            }
        }
        return null;
    }

    private static boolean allCapitals(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private List<Evidence> evidenceIn(String snippet, Evidence.Source source) {
        return evidenceIn(snippet, gazetteer.matcher().findAll(snippet), source);
    }

    private static List<Evidence> evidenceIn(String snippet, List<NameMatch> matches, Evidence.Source source) {
        return PlaceRules.evidence(snippet, matches, source);
    }

    private static int leadEnd(String text) {
        int paragraph = text.indexOf("\n\n");
        return paragraph > 0 ? Math.min(paragraph, LEAD_MAX) : Math.min(text.length(), LEAD_MAX);
    }
}

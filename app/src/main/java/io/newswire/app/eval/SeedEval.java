package io.newswire.app.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.producer.parse.ParseResult;
import io.newswire.producer.parse.Parsers;
import io.newswire.tagger.ActorTag;
import io.newswire.tagger.PlaceTag;
import io.newswire.tagger.StoryTags;
import io.newswire.tagger.Tagger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reference story against its hand annotation: the story is parsed as the producer parses it
 * and turned into tagger input as the topology does (paragraphs joined by a blank line).
 */
final class SeedEval implements DataSet {
    static final String STORY = "seed/000_a46aa8765330f8b0.txt";
    static final String EXPECTED = "seed/expected.json";

    @Override
    public String title() {
        return "Reference story";
    }

    @Override
    public Optional<String> missing(Path corpus) {
        return Files.isRegularFile(corpus.resolve(STORY)) && Files.isRegularFile(corpus.resolve(EXPECTED))
                ? Optional.empty() : Optional.of(corpus.resolve(STORY) + " or " + EXPECTED + " not found");
    }

    @Override
    public SectionResult score(Path corpus, Tagger tagger) throws IOException {
        ParseResult parsed = Parsers.parse(Files.readAllBytes(corpus.resolve(STORY)), STORY, Instant.EPOCH);
        if (!(parsed instanceof ParseResult.Parsed story)) {
            return SectionResult.skipped(title(), "the producer did not parse " + STORY + ": " + parsed);
        }
        StoryTags tags = tagger.tag(io.newswire.streams.topology.StoryText.of(story.story()));
        return score(SeedExpected.read(corpus.resolve(EXPECTED), new ObjectMapper()), tags);
    }

    SectionResult score(SeedExpected expected, StoryTags tags) {
        Set<String> places = names(tags.places().stream().map(PlaceTag::name).toList());
        Set<String> actors = names(tags.actors().stream().map(ActorTag::name).toList());
        ErrorTally missing = new ErrorTally();
        Accuracy placesFound = Accuracy.ZERO;
        for (String place : expected.places()) {
            placesFound = placesFound.plus(found(places, List.of(place), "place", missing));
        }
        Accuracy actorsFound = Accuracy.ZERO;
        for (SeedExpected.Actor actor : expected.actors()) {
            List<String> names = new java.util.ArrayList<>(actor.aliases());
            names.add(0, actor.name());
            actorsFound = actorsFound.plus(found(actors, names, "actor", missing));
        }
        SeedStatements statements = SeedStatements.match(expected.statements(), tags.statements(), missing);
        return new SectionResult(title(), "1 story, " + expected.statements().size() + " expected statements, "
                + tags.statements().size() + " predicted", null, List.of(
                Figure.yesNo("countries exact", expected.countries().equals(Set.copyOf(tags.countries())),
                        diff(expected.countries(), tags.countries()), 1.0),
                Figure.yesNo("focus exact", expected.focus().equals(Set.copyOf(tags.focusCountries())),
                        diff(expected.focus(), tags.focusCountries()), 1.0),
                Figure.of("expected places found", placesFound, 1.0),
                Figure.of("expected actors found", actorsFound, 1.0),
                Figure.of("statements: quote found", statements.quotes(), 1.0),
                Figure.of("statements: quote and speaker", statements.quoteAndSpeaker(), 1.0),
                Figure.of("statements: official flag (found)", statements.official(), 1.0)),
                List.of(TopErrors.of("missed or wrong", missing, 20)));
    }

    private static boolean found(Set<String> predicted, List<String> names, String kind, ErrorTally missing) {
        boolean hit = names.stream().anyMatch(n -> predicted.contains(normalize(n)));
        if (!hit) {
            missing.add(kind + " " + names.get(0));
        }
        return hit;
    }

    static String diff(Set<String> expected, List<String> predicted) {
        Set<String> absent = new TreeSet<>(expected);
        predicted.forEach(absent::remove);
        Set<String> extra = new TreeSet<>(predicted);
        extra.removeAll(expected);
        return "expected " + expected + ", got " + predicted
                + (absent.isEmpty() ? "" : ", missing " + absent) + (extra.isEmpty() ? "" : ", extra " + extra);
    }

    private static Set<String> names(List<String> names) {
        Set<String> normalized = new LinkedHashSet<>();
        names.forEach(n -> normalized.add(normalize(n)));
        return normalized;
    }

    /** Case, hyphens and repeated spaces do not matter: "Bashar al-Assad" is "bashar al assad". */
    static String normalize(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
    }
}

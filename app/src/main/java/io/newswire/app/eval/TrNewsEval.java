package io.newswire.app.eval;

import io.newswire.tagger.PlaceTag;
import io.newswire.tagger.Span;
import io.newswire.tagger.StoryTags;
import io.newswire.tagger.StoryText;
import io.newswire.tagger.Tagger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Toponyms of TR-News: the tagger's {@code places} (every kind, macro-regions included, since
 * TR-News marks continents and regions too) against the gold toponyms, exact and overlapping
 * spans, one-to-one; country accuracy over overlap-matched pairs whose gold has a country.
 */
final class TrNewsEval implements DataSet {
    static final String FILE = "geo/TR-News.xml";
    private static final int TOP = 10;

    private final CountryNames countries;

    TrNewsEval(CountryNames countries) {
        this.countries = countries;
    }

    @Override
    public String title() {
        return "TR-News toponyms";
    }

    @Override
    public Optional<String> missing(Path corpus) {
        return Files.isRegularFile(corpus.resolve(FILE)) ? Optional.empty()
                : Optional.of(corpus.resolve(FILE) + " not found");
    }

    @Override
    public SectionResult score(Path corpus, Tagger tagger) throws IOException {
        List<TrNewsArticle> articles;
        try (InputStream in = Files.newInputStream(corpus.resolve(FILE))) {
            articles = TrNewsReader.read(in);
        }
        return score(articles, tagger);
    }

    SectionResult score(List<TrNewsArticle> articles, Tagger tagger) {
        Counts exact = Counts.ZERO;
        Counts overlap = Counts.ZERO;
        Accuracy country = Accuracy.ZERO;
        ErrorTally falsePositives = new ErrorTally();
        ErrorTally falseNegatives = new ErrorTally();
        ErrorTally wrongCountries = new ErrorTally();
        int realigned = 0;
        int gold = 0;
        for (TrNewsArticle article : articles) {
            StoryTags tags = tagger.tag(StoryText.of(article.title(), article.text()));
            List<PlaceTag> places = tags.places();
            List<Span> goldSpans = article.toponyms().stream().map(GoldToponym::span).toList();
            List<Span> predicted = places.stream().map(PlaceTag::span).toList();
            exact = exact.plus(SpanMatching.match(goldSpans, predicted, MatchMode.EXACT).counts());
            Matching matching = SpanMatching.match(goldSpans, predicted, MatchMode.OVERLAP);
            overlap = overlap.plus(matching.counts());
            for (Matching.Pair pair : matching.pairs()) {
                GoldToponym toponym = article.toponyms().get(pair.gold());
                Optional<String> expected = countries.code(toponym.country());
                if (expected.isPresent()) {
                    String got = places.get(pair.predicted()).country();
                    boolean hit = expected.get().equals(got);
                    country = country.plus(hit);
                    if (!hit) {
                        wrongCountries.add(toponym.phrase() + " " + expected.get() + "->" + got);
                    }
                }
            }
            matching.unmatchedPredicted().forEach(p -> falsePositives.add(places.get(p).name()));
            matching.unmatchedGold().forEach(g -> falseNegatives.add(article.toponyms().get(g).phrase()));
            realigned += article.realigned();
            gold += goldSpans.size();
        }
        String scope = articles.size() + " articles, " + gold + " gold toponyms (" + realigned
                + " with drifted offsets realigned)";
        return new SectionResult(title(), scope, null, List.of(
                Figure.of("toponym precision (exact)", exact, Figure.Score.PRECISION, Double.NaN),
                Figure.of("toponym recall (exact)", exact, Figure.Score.RECALL, Double.NaN),
                Figure.of("toponym F1 (exact)", exact, Figure.Score.F1, Double.NaN),
                Figure.of("toponym precision (overlap)", overlap, Figure.Score.PRECISION, Double.NaN),
                Figure.of("toponym recall (overlap)", overlap, Figure.Score.RECALL, Double.NaN),
                Figure.of("toponym F1 (overlap)", overlap, Figure.Score.F1, 0.85),
                Figure.of("country accuracy (matched)", country, 0.95)),
                List.of(TopErrors.of("false-positive toponyms", falsePositives, TOP),
                        TopErrors.of("false-negative toponyms", falseNegatives, TOP),
                        TopErrors.of("wrong countries (toponym gold->predicted)", wrongCountries, TOP)));
    }
}

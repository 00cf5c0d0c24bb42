package io.newswire.app.eval;

import io.newswire.tagger.Span;
import io.newswire.tagger.StatementTag;
import io.newswire.tagger.StoryText;
import io.newswire.tagger.Tagger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Direct quotes and their speakers on the PolNeAR dev set: the tagger's {@code statements}
 * against the gold quotes of {@link PolnearReader}, overlapping spans, one-to-one; a matched
 * quote has the right speaker when the predicted speaker span overlaps the gold Source.
 * Replaces the colleague's test-scope {@code PolnearStatementsEval} (same gold, same rules).
 */
final class PolnearEval implements DataSet {
    static final String DIR = "attribution/polnear-dev";
    private static final int TOP = 10;

    @Override
    public String title() {
        return "PolNeAR quotes and speakers";
    }

    @Override
    public Optional<String> missing(Path corpus) {
        Path dir = corpus.resolve(DIR);
        return Files.isDirectory(dir.resolve("text")) && Files.isDirectory(dir.resolve("attributions"))
                ? Optional.empty() : Optional.of(dir + "/{text,attributions} not found");
    }

    @Override
    public SectionResult score(Path corpus, Tagger tagger) throws IOException {
        Path dir = corpus.resolve(DIR);
        Tally tally = new Tally();
        int articles = 0;
        try (Stream<Path> texts = Files.list(dir.resolve("text"))) {
            for (Path txt : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Optional<Path> ann = annotationOf(dir.resolve("attributions"), txt);
                if (ann.isPresent()) {
                    String text = Files.readString(txt, StandardCharsets.UTF_8);
                    score(text, BratDocument.parse(Files.readString(ann.get(), StandardCharsets.UTF_8), text),
                            tagger, tally);
                    articles++;
                }
            }
        }
        return result(articles, tally);
    }

    /** The article's annotation; where several annotators did it, the first file in name order. */
    static Optional<Path> annotationOf(Path attributions, Path txt) throws IOException {
        String stem = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        try (Stream<Path> anns = Files.list(attributions)) {
            return anns.filter(a -> a.getFileName().toString().startsWith(stem + "_")
                    && a.getFileName().toString().endsWith(".ann")).sorted().findFirst();
        }
    }

    static void score(String text, BratDocument ann, Tagger tagger, Tally tally) {
        List<QuoteGold> gold = PolnearReader.quotes(text, ann);
        List<StatementTag> predicted = tagger.tag(StoryText.of(null, text)).statements();
        Matching matching = SpanMatching.match(gold.stream().map(QuoteGold::content).toList(),
                predicted.stream().map(StatementTag::span).toList(), MatchMode.OVERLAP);
        tally.quotes = tally.quotes.plus(matching.counts());
        for (Matching.Pair pair : matching.pairs()) {
            Span speaker = predicted.get(pair.predicted()).speakerSpan();
            boolean hit = speaker != null && gold.get(pair.gold()).source().stream().anyMatch(speaker::overlaps);
            tally.speaker = tally.speaker.plus(hit);
            if (!hit) {
                tally.speakerErrors.add(speaker == null ? "no speaker mention predicted"
                        : gold.get(pair.gold()).source().isEmpty() ? "gold attribution has no Source"
                        : "speaker mention is not the gold Source");
            }
        }
        List<Span> contents = PolnearReader.contents(ann);
        for (int p : matching.unmatchedPredicted()) {
            StatementTag s = predicted.get(p);
            boolean inAttribution = contents.stream().anyMatch(s.span()::overlaps);
            tally.falsePositives.add((inAttribution ? "inside an attribution not counted as a quote"
                    : "outside every annotated attribution") + ", cue " + cue(s.cue()));
        }
        for (int g : matching.unmatchedGold()) {
            Span content = gold.get(g).content();
            tally.falseNegatives.add(content.length() <= 40 ? "short quote (<= 40 chars)" : "quote > 40 chars");
        }
    }

    private static String cue(String cue) {
        return cue == null ? "none (continuation)" : "'" + cue.toLowerCase(Locale.ROOT) + "'";
    }

    private SectionResult result(int articles, Tally tally) {
        String scope = articles + " articles, " + tally.quotes.gold() + " gold quotes (Content fragments with a quote"
                + " mark)";
        return new SectionResult(title(), scope, null, List.of(
                Figure.of("quote precision (overlap)", tally.quotes, Figure.Score.PRECISION, Double.NaN),
                Figure.of("quote recall (overlap)", tally.quotes, Figure.Score.RECALL, Double.NaN),
                Figure.of("quote F1 (overlap)", tally.quotes, Figure.Score.F1, 0.90),
                Figure.of("speaker accuracy (matched)", tally.speaker, 0.85)),
                List.of(TopErrors.of("false-positive quotes, by where and cue", tally.falsePositives, TOP),
                        TopErrors.of("false-negative quotes, by length", tally.falseNegatives, TOP),
                        TopErrors.of("wrong speakers", tally.speakerErrors, TOP)));
    }

    /** Running totals over the articles. */
    static final class Tally {
        Counts quotes = Counts.ZERO;
        Accuracy speaker = Accuracy.ZERO;
        final ErrorTally falsePositives = new ErrorTally();
        final ErrorTally falseNegatives = new ErrorTally();
        final ErrorTally speakerErrors = new ErrorTally();
    }
}

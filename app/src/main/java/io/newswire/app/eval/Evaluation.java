package io.newswire.app.eval;

import io.newswire.tagger.Tagger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Scores one tagger on every development set of the shared corpus, skipping the absent ones. */
public final class Evaluation {
    private final List<DataSet> dataSets;
    private final Clock clock;

    Evaluation(List<DataSet> dataSets, Clock clock) {
        this.dataSets = List.copyOf(dataSets);
        this.clock = clock;
    }

    /** TR-News, Reuters-21578, the reference story and PolNeAR, in that order. */
    public static Evaluation standard(Clock clock) {
        return new Evaluation(List.of(new TrNewsEval(CountryNames.loadDefault()),
                new ReutersEval(ReutersPlaces.loadDefault()), new SeedEval(), new PolnearEval()), clock);
    }

    public EvalReport run(Path corpus, Tagger tagger, String commit) {
        long started = clock.millis();
        List<SectionResult> sections = new ArrayList<>();
        for (DataSet dataSet : dataSets) {
            Optional<String> missing = dataSet.missing(corpus);
            if (missing.isPresent()) {
                sections.add(SectionResult.skipped(dataSet.title(), missing.get()));
                continue;
            }
            try {
                sections.add(dataSet.score(corpus, tagger));
            } catch (IOException e) {
                throw new UncheckedIOException(dataSet.title() + ": " + e.getMessage(), e);
            }
        }
        return new EvalReport(LocalDate.now(clock), commit, corpus.toString(), sections, clock.millis() - started);
    }
}

package io.newswire.app.eval;

import io.newswire.tagger.StatementTag;
import java.util.List;
import java.util.Locale;

/**
 * Expected statements of the reference story matched to predicted ones, one-to-one, by quote
 * text: equal after lower-casing, folding curly quotes and apostrophes to straight ones,
 * collapsing whitespace and trimming punctuation at both ends. The speaker must then equal the
 * expected one (same normalisation; anonymous descriptions without the " (anonymous)" suffix).
 */
record SeedStatements(Accuracy quotes, Accuracy quoteAndSpeaker, Accuracy official) {
    static SeedStatements match(List<SeedExpected.Statement> expected, List<StatementTag> predicted,
            ErrorTally missing) {
        boolean[] used = new boolean[predicted.size()];
        Accuracy quotes = Accuracy.ZERO;
        Accuracy speakers = Accuracy.ZERO;
        Accuracy official = Accuracy.ZERO;
        for (SeedExpected.Statement statement : expected) {
            int hit = -1;
            for (int p = 0; p < predicted.size() && hit < 0; p++) {
                if (!used[p] && quote(predicted.get(p).quote()).equals(quote(statement.quote()))) {
                    hit = p;
                }
            }
            quotes = quotes.plus(hit >= 0);
            String label = "\"" + shorten(statement.quote()) + "\"";
            if (hit < 0) {
                missing.add("quote " + label);
                speakers = speakers.plus(false);
                continue;
            }
            used[hit] = true;
            StatementTag tag = predicted.get(hit);
            boolean speaker = SeedEval.normalize(statement.speaker()).equals(SeedEval.normalize(tag.speaker()));
            speakers = speakers.plus(speaker);
            official = official.plus(tag.official() == statement.official());
            if (!speaker) {
                missing.add("speaker of " + label + ": expected " + statement.speaker() + ", got " + tag.speaker());
            }
            if (tag.official() != statement.official()) {
                missing.add("official flag of " + label + ": expected " + statement.official());
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!used[p]) {
                missing.add("extra statement \"" + shorten(predicted.get(p).quote()) + "\"");
            }
        }
        return new SeedStatements(quotes, speakers, official);
    }

    static String quote(String text) {
        String folded = text == null ? "" : text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replaceAll("\\s+", " ");
        return folded.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    }

    private static String shorten(String quote) {
        return quote.length() <= 40 ? quote : quote.substring(0, 37) + "...";
    }
}

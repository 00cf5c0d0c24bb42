package io.newswire.app.eval;

import io.newswire.tagger.Span;
import java.util.List;

/**
 * One gold direct quote of PolNeAR.
 *
 * @param content the Content fragment holding the quote
 * @param source the fragments of the attribution's Source, empty when it has none
 */
public record QuoteGold(Span content, List<Span> source) {
    public QuoteGold {
        source = List.copyOf(source);
    }
}

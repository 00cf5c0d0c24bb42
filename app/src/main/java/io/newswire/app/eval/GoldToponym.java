package io.newswire.app.eval;

import io.newswire.tagger.Span;

/**
 * One toponym of TR-News.
 *
 * @param phrase the toponym as written
 * @param span where it is written in the article text (after realignment, see {@link TrNewsReader})
 * @param country the GeoNames country name of the referent ("Syria"), or {@code null} (continents, unresolved)
 */
public record GoldToponym(String phrase, Span span, String country) {}

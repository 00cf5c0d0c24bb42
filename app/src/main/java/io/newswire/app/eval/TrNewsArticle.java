package io.newswire.app.eval;

import java.util.List;

/**
 * One TR-News article.
 *
 * @param realigned how many toponym offsets did not index the phrase and were moved to it
 */
public record TrNewsArticle(String id, String title, String text, List<GoldToponym> toponyms, int realigned) {
    public TrNewsArticle {
        toponyms = List.copyOf(toponyms);
    }
}

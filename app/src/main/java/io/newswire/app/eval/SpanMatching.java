package io.newswire.app.eval;

import io.newswire.tagger.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one matching of predicted spans to gold spans: a maximum bipartite matching found with
 * augmenting paths, so a prediction that overlaps two gold spans counts once, and a gold span
 * covered by two predictions is matched once. Each gold span tries its candidates largest
 * overlap first, which pairs a span with its best partner when there is a choice.
 */
public final class SpanMatching {
    private SpanMatching() {}

    public static Matching match(List<Span> gold, List<Span> predicted, MatchMode mode) {
        List<List<Integer>> candidates = new ArrayList<>(gold.size());
        for (Span g : gold) {
            List<Integer> options = new ArrayList<>();
            for (int p = 0; p < predicted.size(); p++) {
                if (mode.accepts(g, predicted.get(p))) {
                    options.add(p);
                }
            }
            options.sort(Comparator.comparingInt((Integer p) -> -overlap(g, predicted.get(p))));
            candidates.add(options);
        }
        int[] goldOf = new int[predicted.size()];
        Arrays.fill(goldOf, -1);
        for (int g = 0; g < gold.size(); g++) {
            augment(g, candidates, goldOf, new boolean[predicted.size()]);
        }
        List<Matching.Pair> pairs = new ArrayList<>();
        for (int p = 0; p < goldOf.length; p++) {
            if (goldOf[p] >= 0) {
                pairs.add(new Matching.Pair(goldOf[p], p));
            }
        }
        pairs.sort(Comparator.comparingInt(Matching.Pair::gold));
        return new Matching(pairs, gold.size(), predicted.size());
    }

    private static boolean augment(int g, List<List<Integer>> candidates, int[] goldOf, boolean[] seen) {
        for (int p : candidates.get(g)) {
            if (seen[p]) {
                continue;
            }
            seen[p] = true;
            if (goldOf[p] < 0 || augment(goldOf[p], candidates, goldOf, seen)) {
                goldOf[p] = g;
                return true;
            }
        }
        return false;
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }
}

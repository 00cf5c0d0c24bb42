package io.newswire.app.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-to-one pairing of gold and predicted items (by index into the lists given to
 * {@link SpanMatching#match}).
 */
public record Matching(List<Pair> pairs, int goldCount, int predictedCount) {
    /** Gold item {@code gold} is paired with predicted item {@code predicted}. */
    public record Pair(int gold, int predicted) {}

    public Matching {
        pairs = List.copyOf(pairs);
    }

    public Counts counts() {
        return new Counts(pairs.size(), predictedCount, goldCount);
    }

    public List<Integer> unmatchedGold() {
        return unmatched(goldCount, true);
    }

    public List<Integer> unmatchedPredicted() {
        return unmatched(predictedCount, false);
    }

    private List<Integer> unmatched(int count, boolean gold) {
        boolean[] used = new boolean[count];
        for (Pair pair : pairs) {
            used[gold ? pair.gold() : pair.predicted()] = true;
        }
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (!used[i]) {
                free.add(i);
            }
        }
        return free;
    }
}

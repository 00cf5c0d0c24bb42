package io.newswire.app.eval;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Document-level multi-label scores (countries of a story): micro counts over every
 * (document, label) decision, and macro F1 averaged over the labels that occur in gold.
 */
public final class LabelScores {
    private final Map<String, Counts> perLabel = new TreeMap<>();
    private final ErrorTally falsePositives = new ErrorTally();
    private final ErrorTally falseNegatives = new ErrorTally();
    private Counts micro = Counts.ZERO;

    public void add(Set<String> gold, Set<String> predicted) {
        Set<String> labels = new HashSet<>(gold);
        labels.addAll(predicted);
        for (String label : labels) {
            boolean g = gold.contains(label);
            boolean p = predicted.contains(label);
            Counts c = new Counts(g && p ? 1 : 0, p ? 1 : 0, g ? 1 : 0);
            perLabel.merge(label, c, Counts::plus);
            micro = micro.plus(c);
            if (p && !g) {
                falsePositives.add(label);
            } else if (g && !p) {
                falseNegatives.add(label);
            }
        }
    }

    public Counts micro() {
        return micro;
    }

    /** Mean per-label F1 over labels with at least one gold occurrence; 0 when there are none. */
    public double macroF1() {
        return perLabel.values().stream().filter(c -> c.gold() > 0).mapToDouble(Counts::f1).average().orElse(0.0);
    }

    public int goldLabels() {
        return (int) perLabel.values().stream().filter(c -> c.gold() > 0).count();
    }

    public ErrorTally falsePositives() {
        return falsePositives;
    }

    public ErrorTally falseNegatives() {
        return falseNegatives;
    }
}

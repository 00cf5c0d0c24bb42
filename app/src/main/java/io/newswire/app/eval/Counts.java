package io.newswire.app.eval;

/**
 * Matched, predicted and gold counts, with precision, recall and F1 that are always defined:
 * nothing predicted and nothing gold scores 1; a zero denominator otherwise scores 0.
 */
public record Counts(int matched, int predicted, int gold) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (matched < 0 || matched > predicted || matched > gold) {
            throw new IllegalArgumentException("invalid counts " + matched + "/" + predicted + "/" + gold);
        }
    }

    public Counts plus(Counts other) {
        return new Counts(matched + other.matched, predicted + other.predicted, gold + other.gold);
    }

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : matched / (double) predicted;
    }

    public double recall() {
        return gold == 0 ? (predicted == 0 ? 1.0 : 0.0) : matched / (double) gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}

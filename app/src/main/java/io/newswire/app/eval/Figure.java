package io.newswire.app.eval;

import java.util.OptionalDouble;

/**
 * One figure of the report.
 *
 * @param metric what is measured ("toponym F1 (overlap)")
 * @param value in [0, 1]
 * @param detail the counts behind it ("812/1319") or the reason for a yes/no
 * @param target the minimum the issues ask for, or NaN when there is none
 */
public record Figure(String metric, double value, String detail, double target) {
    public Figure {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(metric + " out of [0, 1]: " + value);
        }
    }

    public static Figure of(String metric, Counts counts, Score score, double target) {
        double value = switch (score) {
            case PRECISION -> counts.precision();
            case RECALL -> counts.recall();
            case F1 -> counts.f1();
        };
        String detail = switch (score) {
            case PRECISION -> counts.matched() + "/" + counts.predicted();
            case RECALL -> counts.matched() + "/" + counts.gold();
            case F1 -> "tp " + counts.matched() + ", pred " + counts.predicted() + ", gold " + counts.gold();
        };
        return new Figure(metric, value, detail, target);
    }

    public static Figure of(String metric, Accuracy accuracy, double target) {
        return new Figure(metric, accuracy.value(), accuracy.correct() + "/" + accuracy.total(), target);
    }

    public static Figure yesNo(String metric, boolean yes, String detail, double target) {
        return new Figure(metric, yes ? 1.0 : 0.0, (yes ? "yes" : "no") + (detail.isEmpty() ? "" : ": " + detail),
                target);
    }

    public OptionalDouble targetValue() {
        return Double.isNaN(target) ? OptionalDouble.empty() : OptionalDouble.of(target);
    }

    /** Which of precision, recall and F1 a figure shows. */
    public enum Score { PRECISION, RECALL, F1 }
}

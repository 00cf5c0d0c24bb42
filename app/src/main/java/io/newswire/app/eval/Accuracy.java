package io.newswire.app.eval;

/** Correct out of total; an empty total scores 0 rather than NaN (the table shows the counts). */
public record Accuracy(int correct, int total) {
    public static final Accuracy ZERO = new Accuracy(0, 0);

    public Accuracy {
        if (correct < 0 || correct > total) {
            throw new IllegalArgumentException("invalid accuracy " + correct + "/" + total);
        }
    }

    public static Accuracy of(boolean correct) {
        return new Accuracy(correct ? 1 : 0, 1);
    }

    public Accuracy plus(Accuracy other) {
        return new Accuracy(correct + other.correct, total + other.total);
    }

    public Accuracy plus(boolean hit) {
        return plus(of(hit));
    }

    public double value() {
        return total == 0 ? 0.0 : correct / (double) total;
    }
}

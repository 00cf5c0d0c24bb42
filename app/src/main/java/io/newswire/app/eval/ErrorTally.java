package io.newswire.app.eval;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts error strings (a missed toponym, a wrong country) to list the most frequent ones. */
public final class ErrorTally {
    /** One error string and how often it occurred. */
    public record Entry(String error, int count) {}

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    public void add(String error) {
        counts.merge(error, 1, Integer::sum);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The {@code n} most frequent errors, most frequent first, ties in alphabetical order. */
    public List<Entry> top(int n) {
        return counts.entrySet().stream()
                .map(e -> new Entry(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Entry::count).reversed().thenComparing(Entry::error))
                .limit(n)
                .toList();
    }
}

package io.newswire.streams.neardup;

import java.util.Arrays;
import java.util.List;

/**
 * A story's MinHash signature: the {@value MinHash#SIZE} minimum hash values of its shingles, one
 * per hash function of {@link MinHash}. Immutable; {@code values()} returns a copy.
 */
public record Signature(int[] values) {
    public Signature {
        if (values.length != MinHash.SIZE) {
            throw new IllegalArgumentException(
                    "a signature has " + MinHash.SIZE + " values, got " + values.length);
        }
        values = values.clone();
    }

    public static Signature of(List<Integer> values) {
        return new Signature(values.stream().mapToInt(Integer::intValue).toArray());
    }

    @Override
    public int[] values() {
        return values.clone();
    }

    public List<Integer> toList() {
        return Arrays.stream(values).boxed().toList();
    }

    /**
     * The estimated Jaccard similarity of the two stories' shingle sets: the fraction of hash
     * functions whose minimum is the same in both, a multiple of 1/{@value MinHash#SIZE}.
     */
    public double similarity(Signature other) {
        int equal = 0;
        for (int i = 0; i < values.length; i++) {
            equal += values[i] == other.values[i] ? 1 : 0;
        }
        return (double) equal / values.length;
    }

    /** Value {@code i} of the signature, without copying the array. */
    int value(int i) {
        return values[i];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signature signature && Arrays.equals(values, signature.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Signature" + Arrays.toString(values);
    }
}

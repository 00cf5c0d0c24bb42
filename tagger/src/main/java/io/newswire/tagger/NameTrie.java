package io.newswire.tagger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The frozen trie of {@link NameMatcher}: nodes are numbers, numbered breadth first, and the
 * edges of every node sit side by side in flat arrays, so a walk touches a few cache lines
 * instead of a chain of node, key and child objects. Children of the root are found in a
 * direct table. The names ending at a node keep their case rule precomputed.
 */
final class NameTrie {
    static final int NONE = -1;
    private static final int ROOT_TABLE = 0x300;
    private static final int LINEAR_SCAN_MAX = 8;
    private static final int DENSE_RANGE = 128;

    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    private final int[] rootTable;
    /** For nodes with many children, a direct table from (folded character - base) to child. */
    private final int[][] dense;
    private final char[] denseBase;
    private final NameEntry[][] entries;
    /** Per node, its entries as one shared immutable list: what {@link #fitting} returns when all fit. */
    private final List<List<NameEntry>> entryLists;
    /**
     * Per entry, the positions whose case the text must repeat and the case each needs: the
     * capitals of an ordinary name, every letter of an all-capital abbreviation. The trie walk
     * already matched the folded characters, so only the case is left to check.
     */
    private final int[][][] casePositions;
    private final boolean[][][] caseUpper;

    private NameTrie(Builder root) {
        List<Builder> order = new ArrayList<>();
        Deque<Builder> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            Builder node = queue.poll();
            node.number = order.size();
            order.add(node);
            queue.addAll(node.children.values());
        }
        int nodes = order.size();
        edgeStart = new int[nodes + 1];
        edgeChar = new char[nodes - 1];
        edgeTarget = new int[nodes - 1];
        entries = new NameEntry[nodes][];
        entryLists = new ArrayList<>(Collections.nCopies(nodes, null));
        casePositions = new int[nodes][][];
        caseUpper = new boolean[nodes][][];
        Map<String, Object[]> rules = new HashMap<>();
        int edge = 0;
        for (int n = 0; n < nodes; n++) {
            Builder node = order.get(n);
            edgeStart[n] = edge;
            for (Map.Entry<Character, Builder> child : node.children.entrySet()) {
                edgeChar[edge] = child.getKey();
                edgeTarget[edge++] = child.getValue().number;
            }
            if (!node.entries.isEmpty()) {
                entries[n] = node.entries.toArray(new NameEntry[0]);
                entryLists.set(n, List.of(entries[n]));
                casePositions[n] = new int[entries[n].length][];
                caseUpper[n] = new boolean[entries[n].length][];
                for (int i = 0; i < entries[n].length; i++) {
                    caseRule(entries[n][i], n, i, rules);
                }
            }
        }
        edgeStart[nodes] = edge;
        dense = new int[nodes][];
        denseBase = new char[nodes];
        for (int n = 1; n < nodes; n++) {
            int from = edgeStart[n];
            int to = edgeStart[n + 1];
            if (to - from > LINEAR_SCAN_MAX && edgeChar[to - 1] - edgeChar[from] < DENSE_RANGE) {
                denseBase[n] = edgeChar[from];
                dense[n] = new int[edgeChar[to - 1] - edgeChar[from] + 1];
                Arrays.fill(dense[n], NONE);
                for (int e = from; e < to; e++) {
                    dense[n][edgeChar[e] - edgeChar[from]] = edgeTarget[e];
                }
            }
        }
        rootTable = new int[ROOT_TABLE];
        Arrays.fill(rootTable, NONE);
        for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
            if (edgeChar[e] < ROOT_TABLE) {
                rootTable[edgeChar[e]] = edgeTarget[e];
            }
        }
    }

    /**
     * {@link #caseFits}'s rule for entry {@code i} of {@code node}, computed once; equal rules
     * (most names have one capital, the first letter) share their arrays through {@code rules}.
     */
    private void caseRule(NameEntry entry, int node, int i, Map<String, Object[]> rules) {
        String name = entry.name();
        boolean exact = entry.isAcronym();
        int count = 0;
        for (int k = 0; k < name.length(); k++) {
            if (exact || Character.isUpperCase(name.charAt(k))) {
                count++;
            }
        }
        int[] positions = new int[count];
        boolean[] upper = new boolean[count];
        int at = 0;
        for (int k = 0; k < name.length(); k++) {
            if (exact || Character.isUpperCase(name.charAt(k))) {
                positions[at] = k;
                upper[at++] = Character.isUpperCase(name.charAt(k));
            }
        }
        Object[] rule = rules.computeIfAbsent(Arrays.toString(positions) + Arrays.toString(upper),
                key -> new Object[] {positions, upper});
        casePositions[node][i] = (int[]) rule[0];
        caseUpper[node][i] = (boolean[]) rule[1];
    }

    static int root() {
        return 0;
    }

    /** The child of {@code node} along a folded character, or {@link #NONE}. */
    int child(int node, char folded) {
        if (node == 0 && folded < ROOT_TABLE) {
            return rootTable[folded];
        }
        int[] table = dense[node];
        if (table != null) {
            int k = folded - denseBase[node];
            return k >= 0 && k < table.length ? table[k] : NONE;
        }
        int from = edgeStart[node];
        int to = edgeStart[node + 1];
        if (to - from <= LINEAR_SCAN_MAX) {
            for (int e = from; e < to; e++) {
                if (edgeChar[e] == folded) {
                    return edgeTarget[e];
                }
            }
            return NONE;
        }
        int at = Arrays.binarySearch(edgeChar, from, to, folded);
        return at >= 0 ? edgeTarget[at] : NONE;
    }

    boolean hasEntries(int node) {
        return entries[node] != null;
    }

    /** True when the case of the text at {@code start} fits at least one name ending at {@code node}. */
    boolean anyFits(int node, String text, int start) {
        int[][] positions = casePositions[node];
        for (int i = 0; i < positions.length; i++) {
            if (caseFits(positions[i], caseUpper[node][i], text, start)) {
                return true;
            }
        }
        return false;
    }

    /** The names ending at {@code node} whose case fits the text at {@code start}, in dictionary order. */
    List<NameEntry> fitting(int node, String text, int start) {
        int[][] positions = casePositions[node];
        int fit = 0;
        for (int i = 0; i < positions.length; i++) {
            if (caseFits(positions[i], caseUpper[node][i], text, start)) {
                fit++;
            }
        }
        if (fit == positions.length) {
            return entryLists.get(node);
        }
        List<NameEntry> fitting = new ArrayList<>(fit);
        for (int i = 0; i < positions.length; i++) {
            if (caseFits(positions[i], caseUpper[node][i], text, start)) {
                fitting.add(entries[node][i]);
            }
        }
        return fitting;
    }

    /**
     * Capitals in a dictionary name must be capitals in the text; an all-capital abbreviation
     * ({@code exact}) must match the case of every character. The folded characters are equal
     * already (the walk reached the node), so the rule checks only the positions it lists.
     */
    private static boolean caseFits(int[] positions, boolean[] upper, String text, int start) {
        for (int k = 0; k < positions.length; k++) {
            if (Character.isUpperCase(text.charAt(start + positions[k])) != upper[k]) {
                return false;
            }
        }
        return true;
    }

    /** Mutable trie used while the dictionary is read; {@link #freeze()} makes the shared form. */
    static final class Builder {
        private final Map<Character, Builder> children = new TreeMap<>();
        private final List<NameEntry> entries = new ArrayList<>(1);
        private int number;

        private Builder child(char folded) {
            return children.computeIfAbsent(folded, c -> new Builder());
        }

        /** Adds a name along its case-folded characters. */
        void add(NameEntry entry) {
            Builder node = this;
            String name = entry.name();
            for (int i = 0; i < name.length(); i++) {
                node = node.child(NameMatcher.fold(name.charAt(i)));
            }
            node.entries.add(entry);
        }

        NameTrie freeze() {
            return new NameTrie(this);
        }
    }
}

package io.newswire.tagger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The frozen trie of {@link NameMatcher}: all nodes live in one {@code int[]}, laid out depth
 * first, and a node's number is its offset there. A node is a header (its edge count, or a
 * dense-table marker), the slot of the names ending at it (or -1), then its edges as (folded
 * character, child) pairs, or for a node with many close children a direct table from (folded
 * character - base) to child. A step thus reads one or two adjacent cache lines, and a walk
 * down a chain of single-child nodes (most of a name) reads memory in order. Children of the
 * root are found in a direct table. The names ending at a node keep their case rule
 * precomputed.
 */
final class NameTrie {
    static final int NONE = -1;
    private static final int ROOT_TABLE = 0x300;
    private static final int LINEAR_SCAN_MAX = 8;
    private static final int DENSE_RANGE = 128;
    /** Offsets inside a node: header, names slot, then edges (or the dense table's base). */
    private static final int HEADER = 0;
    private static final int SLOT = 1;
    private static final int BODY = 2;

    /** Every node: {@code [edges >= 0 | -1 - tableLength, slot, pairs... | base, table...]}. */
    private final int[] nodes;
    private final int[] rootTable;
    /** Per slot (a node where names end): the names, in dictionary order. */
    private final NameEntry[][] entries;
    /** Per slot, its entries as one shared immutable list: what {@link #fitting} returns when all fit. */
    private final List<List<NameEntry>> entryLists;
    /**
     * Per slot and entry, the positions whose case the text must repeat and the case each needs:
     * the capitals of an ordinary name, every letter of an all-capital abbreviation. The trie
     * walk already matched the folded characters, so only the case is left to check.
     */
    private final int[][][] casePositions;
    private final boolean[][][] caseUpper;

    private NameTrie(Builder root) {
        List<Builder> order = new ArrayList<>();
        Deque<Builder> stack = new ArrayDeque<>(List.of(root));
        int size = 0;
        int slots = 0;
        while (!stack.isEmpty()) {
            Builder node = stack.pop();
            node.number = size;
            order.add(node);
            size += BODY + bodySize(node);
            if (!node.entries.isEmpty()) {
                slots++;
            }
            List<Builder> children = new ArrayList<>(node.children.values());
            for (int c = children.size() - 1; c >= 0; c--) {
                stack.push(children.get(c));
            }
        }
        nodes = new int[size];
        entries = new NameEntry[slots][];
        entryLists = new ArrayList<>(slots);
        casePositions = new int[slots][][];
        caseUpper = new boolean[slots][][];
        Map<String, Object[]> rules = new HashMap<>();
        int slot = 0;
        for (Builder node : order) {
            int n = node.number;
            nodes[n + SLOT] = NONE;
            if (!node.entries.isEmpty()) {
                nodes[n + SLOT] = slot;
                entries[slot] = node.entries.toArray(new NameEntry[0]);
                entryLists.add(List.of(entries[slot]));
                casePositions[slot] = new int[entries[slot].length][];
                caseUpper[slot] = new boolean[entries[slot].length][];
                for (int i = 0; i < entries[slot].length; i++) {
                    caseRule(entries[slot][i], slot, i, rules);
                }
                slot++;
            }
            if (isDense(node)) {
                char base = node.children.firstKey();
                int length = node.children.lastKey() - base + 1;
                nodes[n + HEADER] = -1 - length;
                nodes[n + BODY] = base;
                Arrays.fill(nodes, n + BODY + 1, n + BODY + 1 + length, NONE);
                for (Map.Entry<Character, Builder> child : node.children.entrySet()) {
                    nodes[n + BODY + 1 + child.getKey() - base] = child.getValue().number;
                }
            } else {
                nodes[n + HEADER] = node.children.size();
                int e = n + BODY;
                for (Map.Entry<Character, Builder> child : node.children.entrySet()) {
                    nodes[e++] = child.getKey();
                    nodes[e++] = child.getValue().number;
                }
            }
        }
        rootTable = new int[ROOT_TABLE];
        Arrays.fill(rootTable, NONE);
        for (Map.Entry<Character, Builder> child : root.children.entrySet()) {
            if (child.getKey() < ROOT_TABLE) {
                rootTable[child.getKey()] = child.getValue().number;
            }
        }
    }

    /** A node other than the root with many children close together gets a direct table. */
    private static boolean isDense(Builder node) {
        return node.number != 0 && node.children.size() > LINEAR_SCAN_MAX
                && node.children.lastKey() - node.children.firstKey() < DENSE_RANGE;
    }

    private static int bodySize(Builder node) {
        return isDense(node) ? 1 + node.children.lastKey() - node.children.firstKey() + 1 : 2 * node.children.size();
    }

    /**
     * {@link #caseFits}'s rule for entry {@code i} of {@code slot}, computed once; equal rules
     * (most names have one capital, the first letter) share their arrays through {@code rules}.
     */
    private void caseRule(NameEntry entry, int slot, int i, Map<String, Object[]> rules) {
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
        casePositions[slot][i] = (int[]) rule[0];
        caseUpper[slot][i] = (boolean[]) rule[1];
    }

    static int root() {
        return 0;
    }

    /** The child of {@code node} along a folded character, or {@link #NONE}. */
    int child(int node, char folded) {
        if (node == 0 && folded < ROOT_TABLE) {
            return rootTable[folded];
        }
        int header = nodes[node + HEADER];
        if (header < 0) {
            int k = folded - nodes[node + BODY];
            return k >= 0 && k < -1 - header ? nodes[node + BODY + 1 + k] : NONE;
        }
        int from = node + BODY;
        if (header <= LINEAR_SCAN_MAX) {
            for (int e = from, to = from + 2 * header; e < to; e += 2) {
                if (nodes[e] == folded) {
                    return nodes[e + 1];
                }
            }
            return NONE;
        }
        int low = 0;
        int high = header - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = nodes[from + 2 * mid];
            if (c < folded) {
                low = mid + 1;
            } else if (c > folded) {
                high = mid - 1;
            } else {
                return nodes[from + 2 * mid + 1];
            }
        }
        return NONE;
    }

    boolean hasEntries(int node) {
        return nodes[node + SLOT] != NONE;
    }

    /** True when the case of the text at {@code start} fits at least one name ending at {@code node}. */
    boolean anyFits(int node, String text, int start) {
        int slot = nodes[node + SLOT];
        int[][] positions = casePositions[slot];
        for (int i = 0; i < positions.length; i++) {
            if (caseFits(positions[i], caseUpper[slot][i], text, start)) {
                return true;
            }
        }
        return false;
    }

    /** The names ending at {@code node} whose case fits the text at {@code start}, in dictionary order. */
    List<NameEntry> fitting(int node, String text, int start) {
        int slot = nodes[node + SLOT];
        int[][] positions = casePositions[slot];
        int fit = 0;
        for (int i = 0; i < positions.length; i++) {
            if (caseFits(positions[i], caseUpper[slot][i], text, start)) {
                fit++;
            }
        }
        if (fit == positions.length) {
            return entryLists.get(slot);
        }
        List<NameEntry> fitting = new ArrayList<>(fit);
        for (int i = 0; i < positions.length; i++) {
            if (caseFits(positions[i], caseUpper[slot][i], text, start)) {
                fitting.add(entries[slot][i]);
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
        private final TreeMap<Character, Builder> children = new TreeMap<>();
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

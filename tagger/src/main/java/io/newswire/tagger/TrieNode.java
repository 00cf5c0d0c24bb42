package io.newswire.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One frozen node of the {@link NameMatcher} trie: children in sorted arrays, and the names
 * ending here with their case rule precomputed (is the name an all-capital abbreviation).
 */
final class TrieNode {
    private static final TrieNode[] NO_CHILDREN = new TrieNode[0];
    private static final int LINEAR_SCAN_MAX = 8;

    private final char[] keys;
    private final TrieNode[] children;
    private final NameEntry[] entries;
    private final boolean[] acronym;

    private TrieNode(char[] keys, TrieNode[] children, List<NameEntry> entries) {
        this.keys = keys;
        this.children = children;
        this.entries = entries.toArray(new NameEntry[0]);
        this.acronym = new boolean[this.entries.length];
        for (int i = 0; i < this.entries.length; i++) {
            acronym[i] = this.entries[i].isAcronym();
        }
    }

    /** The child for a folded character, or {@code null}. */
    TrieNode child(char folded) {
        char[] k = keys;
        if (k.length <= LINEAR_SCAN_MAX) {
            for (int i = 0; i < k.length; i++) {
                if (k[i] == folded) {
                    return children[i];
                }
            }
            return null;
        }
        int at = Arrays.binarySearch(k, folded);
        return at >= 0 ? children[at] : null;
    }

    boolean hasEntries() {
        return entries.length > 0;
    }

    /** True when the case of the text at {@code start} fits at least one name ending here. */
    boolean anyFits(String text, int start) {
        for (int i = 0; i < entries.length; i++) {
            if (caseFits(entries[i].name(), acronym[i], text, start)) {
                return true;
            }
        }
        return false;
    }

    /** The names ending here whose case fits the text at {@code start}, in dictionary order. */
    List<NameEntry> fitting(String text, int start) {
        List<NameEntry> fit = new ArrayList<>(entries.length);
        for (int i = 0; i < entries.length; i++) {
            if (caseFits(entries[i].name(), acronym[i], text, start)) {
                fit.add(entries[i]);
            }
        }
        return fit;
    }

    private static boolean caseFits(String name, boolean exact, String text, int start) {
        for (int k = 0; k < name.length(); k++) {
            char d = name.charAt(k);
            char t = text.charAt(start + k);
            if (exact ? NameMatcher.fold(d) == NameMatcher.fold(t) && Character.isUpperCase(d) != Character.isUpperCase(t)
                    : Character.isUpperCase(d) && !Character.isUpperCase(t)) {
                return false;
            }
        }
        return true;
    }

    /** Mutable trie used while the dictionary is read; {@link #freeze()} makes the shared form. */
    static final class Builder {
        private final Map<Character, Builder> children = new TreeMap<>();
        private final List<NameEntry> entries = new ArrayList<>(1);

        Builder child(char folded) {
            return children.computeIfAbsent(folded, c -> new Builder());
        }

        void add(NameEntry entry) {
            entries.add(entry);
        }

        TrieNode freeze() {
            char[] keys = new char[children.size()];
            TrieNode[] frozen = children.isEmpty() ? NO_CHILDREN : new TrieNode[children.size()];
            int i = 0;
            for (Map.Entry<Character, Builder> e : children.entrySet()) {
                keys[i] = e.getKey();
                frozen[i++] = e.getValue().freeze();
            }
            return new TrieNode(keys, frozen, entries);
        }
    }
}

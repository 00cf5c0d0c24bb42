package io.newswire.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiled multi-pattern matcher over every gazetteer and actor name: a case-folded character
 * trie walked from each token start, so one pass over the text finds all names. Matches are
 * token-boundary aware, leftmost-longest and never overlap. Capitals in a dictionary name must
 * be capitals in the text; all-capital abbreviations ("US") must match exactly.
 *
 * <p>Immutable after construction and safe to share between threads.
 */
final class NameMatcher {
    private final Node root = new Node();

    private static final class Node {
        private final Map<Character, Node> children = new HashMap<>();
        private final List<NameEntry> entries = new ArrayList<>(1);
    }

    NameMatcher(Iterable<NameEntry> entries) {
        for (NameEntry entry : entries) {
            Node node = root;
            String name = entry.name();
            for (int i = 0; i < name.length(); i++) {
                node = node.children.computeIfAbsent(fold(name.charAt(i)), c -> new Node());
            }
            node.entries.add(entry);
        }
    }

    /** Finds all names in {@code text}, left to right, longest first, without overlaps. */
    List<NameMatch> findAll(String text) {
        List<NameMatch> found = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            NameMatch match = longestAt(text, i);
            if (match != null) {
                found.add(match);
                i = match.span().end();
            } else {
                i++;
            }
        }
        return found;
    }

    private NameMatch longestAt(String text, int start) {
        Node node = root;
        NameMatch best = null;
        for (int j = start; j < text.length(); j++) {
            node = node.children.get(fold(text.charAt(j)));
            if (node == null) {
                break;
            }
            int end = j + 1;
            boolean boundary = end == text.length() || !isWordChar(text.charAt(end))
                    || !isWordChar(text.charAt(j));
            if (!node.entries.isEmpty() && boundary) {
                List<NameEntry> fitting = new ArrayList<>(node.entries.size());
                for (NameEntry entry : node.entries) {
                    if (caseFits(entry, text, start)) {
                        fitting.add(entry);
                    }
                }
                if (!fitting.isEmpty()) {
                    best = new NameMatch(new Span(start, end), text.substring(start, end), fitting);
                }
            }
        }
        return best;
    }

    private static boolean caseFits(NameEntry entry, String text, int start) {
        String name = entry.name();
        boolean exact = entry.isAcronym();
        for (int k = 0; k < name.length(); k++) {
            char d = name.charAt(k);
            char t = text.charAt(start + k);
            if (exact ? fold(d) == fold(t) && Character.isUpperCase(d) != Character.isUpperCase(t)
                    : Character.isUpperCase(d) && !Character.isUpperCase(t)) {
                return false;
            }
        }
        return true;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    static char fold(char c) {
        switch (c) {
            case '\u2019':
            case '\u2018':
                return '\'';
            case '\u2013':
            case '\u2010':
                return '-';
            default:
                return Character.toLowerCase(c);
        }
    }
}

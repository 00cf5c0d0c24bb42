package io.newswire.tagger;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiled multi-pattern matcher over every gazetteer and actor name: a case-folded character
 * trie walked from each token start, so one pass over the text finds all names. Matches are
 * token-boundary aware, leftmost-longest and never overlap. Capitals in a dictionary name must
 * be capitals in the text; all-capital abbreviations ("US") must match exactly.
 *
 * <p>The trie is frozen into sorted child arrays ({@link NameTrie}) so that a step costs a
 * short array scan instead of a boxed map lookup, and each name's case rule is computed once.
 * Immutable after construction and safe to share between threads.
 */
final class NameMatcher {
    private final NameTrie all;
    /**
     * Only the names that do not open on a capital ("al Qaeda", "de Mistura"): a name opening on
     * a capital never fits a word opening on anything else, so lower-case words, most of a
     * story, are looked up in this small trie.
     */
    private final NameTrie uncapitalised;

    NameMatcher(Iterable<NameEntry> entries) {
        List<NameEntry> allNames = new ArrayList<>();
        List<NameEntry> uncapitalisedNames = new ArrayList<>();
        for (NameEntry entry : entries) {
            allNames.add(entry);
            if (entry.name().isEmpty() || !Character.isUpperCase(entry.name().charAt(0))) {
                uncapitalisedNames.add(entry);
            }
        }
        this.all = NameTrie.of(allNames);
        this.uncapitalised = NameTrie.of(uncapitalisedNames);
    }

    /** Finds all names in {@code text}, left to right, longest first, without overlaps. */
    List<NameMatch> findAll(String text) {
        List<NameMatch> found = new ArrayList<>();
        // every character is tested: an array is scanned much faster than String.charAt
        char[] chars = text.toCharArray();
        int n = chars.length;
        int i = 0;
        boolean previousIsWord = false;
        while (i < n) {
            boolean word = isWordChar(chars[i]);
            if (!word || previousIsWord) {
                previousIsWord = word;
                i++;
                continue;
            }
            NameMatch match = longestAt(Character.isUpperCase(chars[i]) ? all : uncapitalised, text, chars, i);
            if (match != null) {
                found.add(match);
                i = match.span().end();
                previousIsWord = isWordChar(chars[i - 1]);
            } else {
                previousIsWord = true;
                i++;
            }
        }
        return found;
    }

    private static NameMatch longestAt(NameTrie trie, String text, char[] chars, int start) {
        int node = NameTrie.root();
        int bestNode = NameTrie.NONE;
        int bestEnd = -1;
        int n = chars.length;
        for (int j = start; j < n; j++) {
            char c = chars[j];
            node = trie.child(node, fold(c));
            if (node == NameTrie.NONE) {
                break;
            }
            int end = j + 1;
            if (trie.hasEntries(node) && (end == n || !isWordChar(chars[end]) || !isWordChar(c))
                    && trie.anyFits(node, text, start)) {
                bestNode = node;
                bestEnd = end;
            }
        }
        return bestNode == NameTrie.NONE ? null : new NameMatch(new Span(start, bestEnd),
                text.substring(start, bestEnd), trie.fitting(bestNode, text, start));
    }

    static boolean isWordChar(char c) {
        return Chars.isLetterOrDigit(c);
    }

    static char fold(char c) {
        if (c < 0x80) { // ASCII, most characters: what Character.toLowerCase gives, without its tables
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
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

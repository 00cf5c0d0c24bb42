package io.newswire.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The frozen trie of {@link NameMatcher}: all nodes live in one {@code int[]}, laid out depth
 * first, and a node's number is its offset there. A node is a header (its edge count, or a
 * dense-table marker), the slot of the names ending at it (or -1), then its edges as (folded
 * character, child) pairs, or for a node with many close children a direct table from (folded
 * character - base) to child. A node with one child and no names, most of them, is a single
 * int (see {@link #CHAIN}). A step thus reads one or two adjacent cache lines, and a walk
 * down a chain of single-child nodes (most of a name) reads consecutive ints. Children of the
 * root are found in a direct table, and a walk from a word starts after the word, at a node
 * found in a hash table of the names' first words ({@code FirstWords}). The names ending at a
 * node keep their case rule precomputed.
 */
final class NameTrie {
    static final int NONE = -1;
    private static final int ROOT_TABLE = 0x300;
    private static final int LINEAR_SCAN_MAX = 8;
    private static final int DENSE_RANGE = 128;
    /**
     * Header of a chain node: no names end at it and its one child is the next int, so a node
     * is this one int plus the folded character. Most nodes are such (the middle of a name):
     * packing them keeps the trie of 40,000 names small enough for the caches.
     */
    private static final int CHAIN = Integer.MIN_VALUE;
    private static final int CHAIN_MAX = CHAIN + Character.MAX_VALUE;
    /** Offsets inside a node: header, names slot, then edges (or the dense table's base). */
    private static final int HEADER = 0;
    private static final int SLOT = 1;
    private static final int BODY = 2;

    /**
     * Every node: {@code [CHAIN + character]} (child at the next int), or
     * {@code [edges >= 0 | -1 - tableLength, slot, pairs... | base, table...]}.
     */
    private final int[] nodes;
    private final int[] rootTable;
    /** Per slot (a node where names end): the names, in dictionary order. */
    private final NameEntry[][] entries;
    /** Per slot, its entries as one shared immutable list: what {@link #fitting} returns when all fit. */
    private final List<List<NameEntry>> entryLists;
    /** Per slot, the {@link NameMatch.Summary} of its entries: what a match keeps when all fit. */
    private final NameMatch.Summary[] summaries;
    /**
     * Per slot and entry, the positions whose case the text must repeat and the case each needs:
     * the capitals of an ordinary name, every letter of an all-capital abbreviation. The trie
     * walk already matched the folded characters, so only the case is left to check.
     */
    private final int[][][] casePositions;
    private final boolean[][][] caseUpper;
    /**
     * Per slot, when all its names share one case rule (most slots hold one name), that rule as
     * two bit masks (see {@link #fitsMasks}), else {@link #MIXED}: the check then reads one
     * {@code long} instead of following two arrays of arrays per name, which with the actor
     * dictionary were cache misses more often than not.
     */
    private final long[] slotMasks;
    /** No mask: positions and case disagree on every bit, which no rule does. */
    private static final long MIXED = -1L;
    /** The node after each name's first word: where a walk from a word start begins. */
    private final FirstWords firstWords;

    private NameTrie(Layout layout) {
        this.nodes = Arrays.copyOf(layout.nodes, layout.size);
        this.rootTable = layout.rootTable;
        this.firstWords = new FirstWords(this, layout.sorted);
        int slots = layout.slots.size();
        this.entries = new NameEntry[slots][];
        this.entryLists = new ArrayList<>(slots);
        this.casePositions = new int[slots][][];
        this.caseUpper = new boolean[slots][][];
        this.slotMasks = new long[slots];
        this.summaries = new NameMatch.Summary[slots];
        for (int slot = 0; slot < slots; slot++) {
            Keyed[] names = layout.slots.get(slot);
            slotMasks[slot] = masks(names[0].rule());
            for (Keyed name : names) {
                if (name.rule() != names[0].rule()) {
                    slotMasks[slot] = MIXED;
                }
            }
            entries[slot] = new NameEntry[names.length];
            casePositions[slot] = new int[names.length][];
            caseUpper[slot] = new boolean[names.length][];
            for (int i = 0; i < names.length; i++) {
                entries[slot][i] = names[i].entry();
                casePositions[slot][i] = names[i].rule().positions;
                caseUpper[slot][i] = names[i].rule().upper;
            }
            entryLists.add(List.of(entries[slot]));
            summaries[slot] = NameMatch.Summary.of(entryLists.get(slot));
        }
    }

    /**
     * The trie of {@code names}, built straight into its frozen layout: the names are sorted by
     * their folded characters (stably, so names with the same key keep dictionary order), and a
     * node is then a run of sorted keys sharing a prefix. No per-node objects are made: with
     * 25,000 actors beside the places, a builder node per character (each with its own map)
     * made loading spend most of its time allocating and collecting. Each name's key and case
     * rule come from one pass over its characters.
     */
    static NameTrie of(List<NameEntry> names) {
        Keyed[] sorted = new Keyed[names.size()];
        Map<CaseRule, CaseRule> rules = new HashMap<>();
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = keyed(names.get(i), rules);
        }
        Arrays.sort(sorted, (a, b) -> Arrays.compare(a.key(), b.key()));
        return new NameTrie(new Layout(sorted));
    }

    /**
     * A name's folded key and {@link #caseFits} rule. Capitals must be capitals in the text; an
     * all-capital abbreviation ({@link NameEntry#isAcronym}: no lower-case letter, at least two
     * capitals) must repeat the case of every character. Equal rules share their arrays.
     */
    private static Keyed keyed(NameEntry entry, Map<CaseRule, CaseRule> rules) {
        char[] key = entry.name().toCharArray();
        int upper = 0;
        boolean lower = false;
        for (int k = 0; k < key.length; k++) {
            char c = key[k];
            if (c >= 'A' && c <= 'Z') {
                upper++;
            } else if (c >= 0x80) {
                if (Character.isUpperCase(c)) {
                    upper++;
                } else if (Character.isLowerCase(c)) {
                    lower = true;
                }
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            }
            key[k] = NameMatcher.fold(c);
        }
        boolean exact = !lower && upper >= 2;
        CaseRule rule = !exact && upper == 1 && Character.isUpperCase(entry.name().charAt(0))
                ? CaseRule.FIRST_CAPITAL : rules.computeIfAbsent(CaseRule.of(entry.name(), exact, upper), r -> r);
        return new Keyed(key, entry, rule);
    }

    /** A name with its folded key (the sort order of the layout) and its case rule. */
    private record Keyed(char[] key, NameEntry entry, CaseRule rule) {}

    /** Lays out the nodes depth first from the sorted keys: a node's children follow it in character order. */
    private static final class Layout {
        private final Keyed[] sorted;
        private int[] nodes = new int[1 << 16];
        private int size;
        private final List<Keyed[]> slots = new ArrayList<>();
        private final int[] rootTable = new int[ROOT_TABLE];

        Layout(Keyed[] sorted) {
            this.sorted = sorted;
            Arrays.fill(rootTable, NONE);
            place(0, sorted.length, 0);
        }

        /** Places the node of keys {@code [from, to)}, which share their first {@code depth} characters. */
        private int place(int from, int to, int depth) {
            int childrenFrom = from;
            while (childrenFrom < to && sorted[childrenFrom].key().length == depth) {
                childrenFrom++;
            }
            int children = 0;
            char first = 0;
            char last = 0;
            for (int i = childrenFrom; i < to; i = groupEnd(i, to, depth)) {
                last = sorted[i].key()[depth];
                if (children++ == 0) {
                    first = last;
                }
            }
            int number = size;
            if (number != 0 && children == 1 && childrenFrom == from) {
                reserve(1);
                size++;
                nodes[number] = CHAIN + first;
                place(from, to, depth + 1); // laid out next: number + 1
                return number;
            }
            boolean dense = number != 0 && children > LINEAR_SCAN_MAX && last - first < DENSE_RANGE;
            int body = dense ? 1 + last - first + 1 : 2 * children;
            reserve(BODY + body);
            size += BODY + body;
            nodes[number + SLOT] = NONE;
            if (childrenFrom > from) {
                nodes[number + SLOT] = slots.size();
                slots.add(Arrays.copyOfRange(sorted, from, childrenFrom));
            }
            if (dense) {
                nodes[number + HEADER] = -1 - (last - first + 1);
                nodes[number + BODY] = first;
                Arrays.fill(nodes, number + BODY + 1, number + BODY + 1 + (last - first + 1), NONE);
            } else {
                nodes[number + HEADER] = children;
            }
            int edge = number + BODY;
            for (int i = childrenFrom; i < to;) {
                int end = groupEnd(i, to, depth);
                char c = sorted[i].key()[depth];
                int child = place(i, end, depth + 1);
                if (dense) {
                    nodes[number + BODY + 1 + c - first] = child;
                } else {
                    nodes[edge++] = c;
                    nodes[edge++] = child;
                }
                if (number == 0 && c < ROOT_TABLE) {
                    rootTable[c] = child;
                }
                i = end;
            }
            return number;
        }

        /** The end of the run of keys from {@code i} sharing the character at {@code depth}. */
        private int groupEnd(int i, int to, int depth) {
            char c = sorted[i].key()[depth];
            int end = i + 1;
            while (end < to && sorted[end].key()[depth] == c) {
                end++;
            }
            return end;
        }

        private void reserve(int more) {
            if (size + more > nodes.length) {
                nodes = Arrays.copyOf(nodes, Math.max(2 * nodes.length, size + more));
            }
        }
    }

    /**
     * {@link #caseFits}'s rule for one name, computed once; equal rules (most names have one
     * capital, the first letter) share their arrays.
     */
    private record CaseRule(int[] positions, boolean[] upper) {
        /** The rule of most names: one capital, the first letter. */
        private static final CaseRule FIRST_CAPITAL = new CaseRule(new int[] {0}, new boolean[] {true});

        /** The rule of a name whose capitals ({@code upper} of them) are not just its first letter. */
        static CaseRule of(String name, boolean exact, int upper) {
            int count = exact ? name.length() : upper;
            int[] positions = new int[count];
            boolean[] capital = new boolean[count];
            int at = 0;
            for (int k = 0; k < name.length(); k++) {
                boolean isUpper = Character.isUpperCase(name.charAt(k));
                if (exact || isUpper) {
                    positions[at] = k;
                    capital[at++] = isUpper;
                }
            }
            return new CaseRule(positions, capital);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof CaseRule r && Arrays.equals(positions, r.positions) && Arrays.equals(upper, r.upper);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(positions) + Arrays.hashCode(upper);
        }

        @Override
        public String toString() {
            return Arrays.toString(positions) + Arrays.toString(upper);
        }
    }

    /**
     * The node after every name's first word (its folded characters up to the first that is not
     * a letter or digit, or all of them), in an open-addressing hash table keyed by the word. A
     * name ends only at a word boundary, and folding keeps a character a letter or digit or not
     * (NameMatcherTest checks this for every character), so a walk from a word start can pass no
     * name before the word's end: it may start at the node after the whole word, and a word that
     * is no name's first word opens no name. One key of the word and one or two probes replace
     * the first steps of the walk, most of its branch nodes (the widest, each an unpredictable
     * scan) and most of its cache misses.
     *
     * <p>A slot is two adjacent {@code long}s, the word's key and its node with where its
     * characters are, so a probe reads one cache line. An ASCII word is read from the text's
     * ISO-8859-1 bytes eight characters at a time ({@link AsciiChunks}: one eight-byte read,
     * folded eight at once). A word of eight characters or fewer, most of them, is its own key: a hit
     * needs no other check. A longer ASCII word is keyed by a hash of its chunks and confirmed
     * against its chunks, kept in {@link #chunks}; any other word (one folding to a character
     * beyond ASCII) by a hash of its characters, confirmed against {@link #characters}.
     */
    private static final class FirstWords {
        /** The longest word packed into its key: eight characters, a byte each. */
        private static final int PACKED_MAX = Long.BYTES;
        /** The low half of a slot's second {@code long} for a packed word: it has nothing to confirm. */
        private static final int PACKED = -1;
        /** Marks the low half of a word not all ASCII: the rest is where its characters are. */
        private static final int NOT_ASCII = 1 << 30;
        /** A slot's second {@code long} while the slot is empty: node {@link #NONE}. */
        private static final long EMPTY = -1L;

        /**
         * Per slot: the key, then {@code node << 32 |} {@link #PACKED}, the offset of the word's
         * chunks, or {@link #NOT_ASCII} and the offset of its characters.
         */
        private final long[] table;
        private final int shift;
        /** The chunks of the ASCII words longer than eight characters, each word's followed by 0 (no chunk). */
        private final long[] chunks;
        /** The characters of the words not all ASCII, each followed by {@code '\0'} (never a word character). */
        private final char[] characters;

        FirstWords(NameTrie trie, Keyed[] sorted) {
            Map<String, Integer> nodes = new HashMap<>();
            for (Keyed name : sorted) {
                char[] key = name.key();
                int length = 0;
                while (length < key.length && Chars.isLetterOrDigit(key[length])) {
                    length++;
                }
                if (length > 0) {
                    nodes.computeIfAbsent(new String(key, 0, length), word -> trie.nodeAfter(word));
                }
            }
            int slots = Integer.highestOneBit(Math.max(1, nodes.size()) * 2); // a power of two, then doubled if the load would pass 3/4
            if (slots < nodes.size() * 4 / 3) {
                slots *= 2;
            }
            this.shift = Long.SIZE - Integer.numberOfTrailingZeros(slots);
            this.table = new long[slots * 2];
            Arrays.fill(table, EMPTY);
            long[] chunkPool = new long[16];
            int chunkCount = 0;
            StringBuilder pool = new StringBuilder();
            for (Map.Entry<String, Integer> entry : nodes.entrySet()) {
                char[] word = entry.getKey().toCharArray();
                boolean ascii = AsciiChunks.isAscii(word);
                long key = ascii ? asciiKey(word) : charactersKey(word);
                int slot = slot(key);
                while (table[2 * slot + 1] != EMPTY) {
                    slot = (slot + 1) & (slots - 1);
                }
                int where = PACKED;
                if (!ascii) {
                    where = NOT_ASCII | pool.length();
                    pool.append(word).append('\0');
                } else if (word.length > PACKED_MAX) {
                    where = chunkCount;
                    int count = AsciiChunks.count(word.length);
                    if (chunkCount + count + 1 > chunkPool.length) {
                        chunkPool = Arrays.copyOf(chunkPool, 2 * (chunkCount + count + 1));
                    }
                    for (int c = 0; c < count; c++) {
                        chunkPool[chunkCount++] = AsciiChunks.chunkOf(word, c);
                    }
                    chunkPool[chunkCount++] = 0;
                }
                table[2 * slot] = key;
                table[2 * slot + 1] = (long) entry.getValue() << 32 | where & 0xFFFF_FFFFL;
            }
            this.chunks = Arrays.copyOf(chunkPool, chunkCount);
            this.characters = pool.toString().toCharArray();
        }

        /**
         * The node after the word {@code text[start, end)}, folded, if it is a name's first word,
         * else {@link #NONE}. {@code latin1} is the text's {@link WordBits#latin1} or null.
         */
        int node(String text, byte[] latin1, int start, int end) {
            int length = end - start;
            int count = AsciiChunks.count(length);
            if (latin1 != null && start + count * AsciiChunks.SIZE <= latin1.length) {
                long key = AsciiChunks.chunk(latin1, start, length, 0);
                if (key != AsciiChunks.NO_CHUNK) {
                    if (length <= PACKED_MAX) {
                        return packedNode(key);
                    }
                    boolean ascii = true;
                    for (int c = 1; c < count && ascii; c++) {
                        long next = AsciiChunks.chunk(latin1, start, length, c);
                        ascii = next != AsciiChunks.NO_CHUNK;
                        key = mix(key, next);
                    }
                    if (ascii) {
                        return chunkedNode(key, latin1, start, length);
                    }
                }
            }
            return nodeOfFolded(text, start, length);
        }

        /** The node of a word of eight ASCII characters or fewer, its own {@code key}, or {@link #NONE}. */
        private int packedNode(long key) {
            for (int slot = slot(key);; slot = next(slot)) {
                long entry = table[2 * slot + 1];
                if (entry == EMPTY) {
                    return NONE;
                }
                if (table[2 * slot] == key && (int) entry == PACKED) {
                    return (int) (entry >>> 32);
                }
            }
        }

        /** The node of the longer ASCII word of {@code length} characters at {@code start}, keyed {@code key}, or {@link #NONE}. */
        private int chunkedNode(long key, byte[] latin1, int start, int length) {
            for (int slot = slot(key);; slot = next(slot)) {
                long entry = table[2 * slot + 1];
                if (entry == EMPTY) {
                    return NONE;
                }
                int where = (int) entry;
                if (table[2 * slot] == key && where != PACKED && (where & NOT_ASCII) == 0
                        && sameChunks(where, latin1, start, length)) {
                    return (int) (entry >>> 32);
                }
            }
        }

        private boolean sameChunks(int offset, byte[] latin1, int start, int length) {
            int count = AsciiChunks.count(length);
            for (int c = 0; c < count; c++) {
                if (chunks[offset + c] != AsciiChunks.chunk(latin1, start, length, c)) {
                    return false;
                }
            }
            return chunks[offset + count] == 0;
        }

        /** {@link #node} from the text's characters, folded one by one: where its bytes are not enough. */
        private int nodeOfFolded(String text, int start, int length) {
            char[] folded = new char[length];
            for (int k = 0; k < length; k++) {
                folded[k] = NameMatcher.fold(text.charAt(start + k));
            }
            boolean ascii = AsciiChunks.isAscii(folded);
            long key = ascii ? asciiKey(folded) : charactersKey(folded);
            if (ascii && length <= PACKED_MAX) {
                return packedNode(key);
            }
            for (int slot = slot(key);; slot = next(slot)) {
                long entry = table[2 * slot + 1];
                if (entry == EMPTY) {
                    return NONE;
                }
                int where = (int) entry;
                if (table[2 * slot] == key && where != PACKED && ((where & NOT_ASCII) == 0) == ascii
                        && (ascii ? sameChunks(where, folded) : sameCharacters(where & ~NOT_ASCII, folded))) {
                    return (int) (entry >>> 32);
                }
            }
        }

        private boolean sameChunks(int offset, char[] folded) {
            int count = AsciiChunks.count(folded.length);
            for (int c = 0; c < count; c++) {
                if (chunks[offset + c] != AsciiChunks.chunkOf(folded, c)) {
                    return false;
                }
            }
            return chunks[offset + count] == 0;
        }

        private boolean sameCharacters(int offset, char[] folded) {
            for (int k = 0; k < folded.length; k++) {
                if (characters[offset + k] != folded[k]) {
                    return false;
                }
            }
            return characters[offset + folded.length] == '\0';
        }

        /** The key of folded ASCII characters: the word itself up to eight, else a hash of its chunks. */
        private static long asciiKey(char[] word) {
            long key = AsciiChunks.chunkOf(word, 0);
            for (int c = 1; c < AsciiChunks.count(word.length); c++) {
                key = mix(key, AsciiChunks.chunkOf(word, c));
            }
            return key;
        }

        private static long mix(long key, long chunk) {
            return Long.rotateLeft(key * AsciiChunks.GOLDEN, 29) ^ chunk;
        }

        /** The key of folded characters not all ASCII: a hash of them. */
        private static long charactersKey(char[] word) {
            long key = 0;
            for (char c : word) {
                key = (key ^ c) * 0x100_0000_01B3L;
            }
            return key;
        }

        private int slot(long key) {
            return (int) (key * AsciiChunks.GOLDEN >>> shift);
        }

        private int next(int slot) {
            return (slot + 1) & (table.length / 2 - 1);
        }
    }

    /** The node after folded characters {@code key} from the root, or {@link #NONE}. */
    private int nodeAfter(String key) {
        int node = root();
        for (int k = 0; k < key.length() && node != NONE; k++) {
            node = child(node, key.charAt(k));
        }
        return node;
    }

    /** No name starts at the position: what {@link #longestFrom} returns then. */
    static final long NO_MATCH = -1L;

    /**
     * The node after the word {@code text[start, end)}, folded, if it is a name's first word,
     * else {@link #NONE}: where {@link #longestFrom} walks on from. {@code latin1} is the text's
     * {@link WordBits#latin1} (or null); {@code start} must be a word start and {@code end} its
     * word's end.
     */
    int firstWordNode(String text, byte[] latin1, int start, int end) {
        return firstWords.node(text, latin1, start, end);
    }

    /**
     * The longest name at {@code start} of {@code text} that ends at a word boundary (by {@code
     * words}, the text's {@link WordBits#words}) and whose case fits, as {@code node << 32 |
     * end}, or {@link #NO_MATCH}; {@code node} is the {@link #firstWordNode} of the word {@code
     * [start, wordEnd)}, not {@link #NONE}. Equivalent to stepping {@link #child} from the root
     * along the folded characters and keeping the last node where names end, {@link #anyFits}
     * holds and the word ends: no name ends inside a word, so the walk may start after
     * the text's first word; it takes a chain node (no names, one child) in one comparison.
     */
    long longestFrom(String text, long[] words, int start, int wordEnd, int node) {
        int n = text.length();
        int j = wordEnd;
        long best = NO_MATCH;
        int[] nodes = this.nodes;
        while (node != NONE) {
            int header = nodes[node + HEADER];
            if (header <= CHAIN_MAX) {
                if (j == n || NameMatcher.fold(text.charAt(j)) != header - CHAIN) {
                    break;
                }
                node++;
                j++;
                continue;
            }
            if (nodes[node + SLOT] != NONE
                    && (j == n || !Chars.isSet(words, j) || !Chars.isSet(words, j - 1))
                    && anyFits(node, text, start)) {
                best = (long) node << 32 | j;
            }
            if (j == n) {
                break;
            }
            node = branch(node, header, NameMatcher.fold(text.charAt(j)));
            j++;
        }
        return best;
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
        if (header <= CHAIN_MAX) {
            return header - CHAIN == folded ? node + 1 : NONE;
        }
        return branch(node, header, folded);
    }

    /** {@link #child} of a node that is not a chain node, whose {@code header} is read already. */
    private int branch(int node, int header, char folded) {
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

    /** True when the case of the text at {@code start} fits at least one name ending at {@code node}. */
    boolean anyFits(int node, String text, int start) {
        int slot = nodes[node + SLOT];
        long mask = slotMasks[slot];
        if (mask != MIXED) {
            return fitsMasks(mask, text, start);
        }
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
        long mask = slotMasks[slot];
        if (mask != MIXED) {
            return fitsMasks(mask, text, start) ? entryLists.get(slot) : new ArrayList<>(0);
        }
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
     * The match of the names ending at {@code node} whose case fits the text at {@code start}
     * ({@link #fitting}); when all fit, with their summary made when the trie was built.
     */
    NameMatch match(int node, String text, int start, int end) {
        List<NameEntry> fitting = fitting(node, text, start);
        int slot = nodes[node + SLOT];
        Span span = new Span(start, end);
        String surface = text.substring(start, end);
        return fitting == entryLists.get(slot)
                ? new NameMatch(span, surface, fitting, summaries[slot]) : new NameMatch(span, surface, fitting);
    }

    /**
     * {@link #caseFits} by masks: the high half of {@code masks} has a bit per position that must
     * be a capital, the low half one per position that must not be.
     */
    private static boolean fitsMasks(long masks, String text, int start) {
        for (int upper = (int) (masks >>> 32); upper != 0; upper &= upper - 1) {
            if (!Character.isUpperCase(text.charAt(start + Integer.numberOfTrailingZeros(upper)))) {
                return false;
            }
        }
        for (int other = (int) masks; other != 0; other &= other - 1) {
            if (Character.isUpperCase(text.charAt(start + Integer.numberOfTrailingZeros(other)))) {
                return false;
            }
        }
        return true;
    }

    /** The masks of {@link #fitsMasks} for a rule, or {@link #MIXED} when a position is beyond 31. */
    private static long masks(CaseRule rule) {
        long upper = 0;
        long other = 0;
        for (int k = 0; k < rule.positions.length; k++) {
            if (rule.positions[k] >= Integer.SIZE) {
                return MIXED;
            }
            if (rule.upper[k]) {
                upper |= 1L << rule.positions[k];
            } else {
                other |= 1L << rule.positions[k];
            }
        }
        return upper << 32 | other;
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
}

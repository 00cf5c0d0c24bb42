package io.newswire.tagger;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The support counts of one story's place rules: per country (or macro region) code, four
 * counts, {@link Tier}. It replaces a {@code HashMap<String, Integer>} keyed {@code "FR/any"},
 * {@code "FR/local"} and so on, which cost a concatenated key, a key cache look-up and a boxed
 * merge for every count and every question: the rules ask several per name match. A story names
 * few countries, so the codes sit in a short array searched by identity first (the gazetteer
 * shares one string per code), then by {@code equals}.
 *
 * <p>The one reader that depended on the map's iteration order, the county rule's tie between
 * countries with equally many local mentions, gets that order back from {@link #asMap()}, which
 * replays the old map's calls.
 */
final class CountrySupport {
    /** What a count counts; {@code suffix} is the old map key's ending. */
    enum Tier {
        /** Any unambiguous mention: country, city, region, demonym. */
        ANY("/any"),
        /** Unambiguous cities and regions. */
        LOCAL("/local"),
        /** Distinct unambiguous minor places. */
        MINOR("/minor"),
        /** Default readings of names other countries share (corroboration only). */
        DEFAULT("/default");

        private final String suffix;

        Tier(String suffix) {
            this.suffix = suffix;
        }
    }

    private static final int TIERS = Tier.values().length;
    private static final Tier[] TIER_VALUES = Tier.values();

    /** A {@code null} code counts under "null", as the concatenated key {@code null + "/any"} did. */
    private static final String NULL_CODE = "null";

    private String[] codes = new String[8];
    private int[] counts = new int[8 * TIERS];
    private int size;
    /** Every count added, as country slot times {@link #TIERS} plus tier, in order. */
    private int[] added = new int[32];
    private int adds;

    /** Adds one to {@code country}'s count of {@code tier}. */
    void add(String country, Tier tier) {
        int slot = slot(country);
        if (slot < 0) {
            slot = newSlot(country);
        }
        int key = slot * TIERS + tier.ordinal();
        counts[key]++;
        if (adds == added.length) {
            added = Arrays.copyOf(added, adds * 2);
        }
        added[adds++] = key;
    }

    /** {@code country}'s count of {@code tier}, 0 when never counted. */
    int get(String country, Tier tier) {
        int slot = slot(country);
        return slot < 0 ? 0 : counts[slot * TIERS + tier.ordinal()];
    }

    int any(String country) {
        return get(country, Tier.ANY);
    }

    int local(String country) {
        return get(country, Tier.LOCAL);
    }

    int minor(String country) {
        return get(country, Tier.MINOR);
    }

    int fallback(String country) {
        return get(country, Tier.DEFAULT);
    }

    /**
     * The counts as the old map, keys {@code "FR/local"}, built by the same calls the rules used
     * to make: one {@code merge} per count added, in order. Its iteration order depends on them
     * all, not only on the distinct keys: {@code merge} puts a new key at the head of its bucket
     * and grows the table on the call after the one that passes the threshold, whatever its key.
     */
    Map<String, Integer> asMap() {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < adds; i++) {
            int key = added[i];
            map.merge(codes[key / TIERS] + TIER_VALUES[key % TIERS].suffix, 1, Integer::sum);
        }
        return map;
    }

    /** True when some country has a count of {@code tier}. */
    boolean counted(Tier tier) {
        for (int slot = 0; slot < size; slot++) {
            if (counts[slot * TIERS + tier.ordinal()] > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country with most counts of {@code tier}, {@code null} when none has any. A tie goes
     * to the country the old map's iteration met first, as the county rule used to break it;
     * the map is rebuilt only then.
     */
    String leader(Tier tier) {
        String best = null;
        int most = 0;
        boolean tie = false;
        for (int slot = 0; slot < size; slot++) {
            int n = counts[slot * TIERS + tier.ordinal()];
            if (n > most) {
                best = codes[slot];
                most = n;
                tie = false;
            } else if (n == most && n > 0) {
                tie = true;
            }
        }
        return tie ? firstInMapOrder(asMap(), tier.suffix) : best;
    }

    /** The former {@code CountyNames.leadingLocalCountry}, verbatim but for the suffix. */
    private static String firstInMapOrder(Map<String, Integer> support, String suffix) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : support.entrySet()) {
            if (e.getKey().endsWith(suffix) && e.getValue() > most) {
                best = e.getKey().substring(0, e.getKey().indexOf('/'));
                most = e.getValue();
            }
        }
        return best;
    }

    private int slot(String country) {
        String code = country == null ? NULL_CODE : country;
        for (int i = 0; i < size; i++) {
            if (codes[i] == code) {
                return i;
            }
        }
        for (int i = 0; i < size; i++) {
            if (codes[i].equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private int newSlot(String country) {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size * 2);
            counts = Arrays.copyOf(counts, size * 2 * TIERS);
        }
        codes[size] = country == null ? NULL_CODE : country;
        return size++;
    }
}

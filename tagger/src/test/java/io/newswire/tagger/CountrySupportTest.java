package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.tagger.CountrySupport.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CountrySupport} against the string-keyed map it replaced: the place rules filled a
 * {@code HashMap<String, Integer>} with {@code support.merge(country + "/any", 1, Integer::sum)}
 * and the county rule took the first country with most local mentions in that map's iteration
 * order. The counts and that tie-break must come out the same.
 */
class CountrySupportTest {
    private static final List<String> CODES = Arrays.asList("US", "CA", "GB", "FR", "DE", "SY", "IQ", "CN",
            "RU", "AU", "IN", "BR", "MX", "ES", "IT", "JP", "KR", "ZA", "EG", "TR", null);

    /** The old map keys: {@code null + "/any"} is "null/any". */
    private static String key(String country, Tier tier) {
        return country + switch (tier) {
            case ANY -> "/any";
            case LOCAL -> "/local";
            case MINOR -> "/minor";
            case DEFAULT -> "/default";
        };
    }

    /** {@code CountyNames.leadingLocalCountry} as it was, over the old map. */
    private static String oldLeadingLocalCountry(Map<String, Integer> support) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : support.entrySet()) {
            if (e.getKey().endsWith("/local") && e.getValue() > most) {
                best = e.getKey().substring(0, e.getKey().indexOf('/'));
                most = e.getValue();
            }
        }
        return best;
    }

    @Test
    void shouldCountAndBreakLocalTiesAsTheStringKeyedMapDidOverRandomStories() {
        Random random = new Random(7);
        int ties = 0;
        for (int story = 0; story < 20_000; story++) {
            Map<String, Integer> old = new HashMap<>();
            CountrySupport support = new CountrySupport();
            int countries = 1 + random.nextInt(CODES.size());
            int adds = random.nextInt(40);
            for (int i = 0; i < adds; i++) {
                // fresh strings: the look-up must not depend on the gazetteer sharing one per code
                String code = CODES.get(random.nextInt(countries));
                String country = code == null ? null : new String(code);
                Tier tier = Tier.values()[random.nextInt(Tier.values().length)];
                old.merge(key(country, tier), 1, Integer::sum);
                support.add(country, tier);
            }
            for (String country : CODES) {
                for (Tier tier : Tier.values()) {
                    assertThat(support.get(country, tier)).isEqualTo(old.getOrDefault(key(country, tier), 0));
                }
            }
            assertThat(support.asMap()).isEqualTo(old);
            assertThat(new ArrayList<>(support.asMap().keySet())).isEqualTo(new ArrayList<>(old.keySet()));
            assertThat(support.leader(Tier.LOCAL)).isEqualTo(oldLeadingLocalCountry(old));
            int most = old.entrySet().stream().filter(e -> e.getKey().endsWith("/local"))
                    .mapToInt(Map.Entry::getValue).max().orElse(0);
            if (most > 0 && old.entrySet().stream()
                    .filter(e -> e.getKey().endsWith("/local") && e.getValue() == most).count() > 1) {
                ties++;
            }
        }
        assertThat(ties).as("stories with a local tie").isGreaterThan(1000);
    }

    @Test
    void shouldGiveALocalTieToTheCountryTheOldMapIteratedFirstEvenWhenCountedSecond() {
        String[] pair = pairIteratedAgainstInsertionOrder();
        CountrySupport support = new CountrySupport();
        support.add(pair[0], Tier.LOCAL);
        support.add(pair[1], Tier.LOCAL);
        assertThat(support.leader(Tier.LOCAL)).isEqualTo(pair[1]);
        support.add(pair[0], Tier.LOCAL);
        assertThat(support.leader(Tier.LOCAL)).as("a strict lead wins whatever the order").isEqualTo(pair[0]);
    }

    @Test
    void shouldHaveNoLeaderWithoutLocalMentions() {
        CountrySupport support = new CountrySupport();
        support.add("FR", Tier.ANY);
        support.add("DE", Tier.MINOR);
        assertThat(support.leader(Tier.LOCAL)).isNull();
    }

    /** Two codes whose local keys, put in a map first then second, iterate second first. */
    private static String[] pairIteratedAgainstInsertionOrder() {
        for (String first : CODES) {
            for (String second : CODES) {
                if (first == null || second == null || first.equals(second)) {
                    continue;
                }
                Map<String, Integer> map = new HashMap<>();
                map.put(key(first, Tier.LOCAL), 1);
                map.put(key(second, Tier.LOCAL), 1);
                if (map.keySet().iterator().next().equals(key(second, Tier.LOCAL))) {
                    return new String[] {first, second};
                }
            }
        }
        throw new AssertionError("no pair of codes iterates against insertion order");
    }
}

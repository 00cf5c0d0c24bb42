package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped resources stay well formed and cover the names news copy needs. */
class GazetteerResourcesTest {

    @Test
    void shouldShipActorsWithSlugIdsKnownTypesAndUniqueIds() throws IOException {
        Set<String> ids = new HashSet<>();
        for (String[] row : rows("actors.tsv")) {
            assertThat(row).as(String.join("|", row)).hasSize(8);
            assertThat(row[0]).isEqualTo(ActorDef.slug(row[0])).matches("[a-z0-9-]+");
            assertThat(row[2]).isIn(ActorTag.PERSON, ActorTag.ORGANIZATION);
            assertThat(row[4]).matches("|[A-Z]{2}");
            assertThat(ids.add(row[0])).as("duplicate id " + row[0]).isTrue();
            for (String role : row[6].isEmpty() ? new String[0] : row[6].split("\\|")) {
                String country = ActorRole.parse(role).country();
                assertThat(country == null || country.matches("[A-Z]{2}")).as(role).isTrue();
            }
        }
        assertThat(ids).as("curated layer and Phoenix").hasSizeGreaterThan(20_000);
    }

    @Test
    void shouldGiveEveryActorNameToOneActorOnly() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (String[] row : rows("actors.tsv")) {
            List<String> names = new ArrayList<>(List.of(row[1]));
            names.addAll(row[5].isEmpty() ? List.of() : List.of(row[5].split("\\|")));
            for (String name : names) {
                String key = name.replace("{", "").replace("}", "").toLowerCase(Locale.ROOT);
                String previous = owner.put(key, row[0]);
                assertThat(previous).as("'" + name + "' named by " + previous + " and " + row[0])
                        .isIn(null, row[0]);
            }
        }
    }

    @Test
    void shouldCoverFrequentNewsSpellingsOfCountries() throws IOException {
        Set<String> countryNames = rows("places.tsv").stream().filter(r -> r[1].equals("country"))
                .map(r -> r[0] + "=" + r[2].split(",")[0]).collect(Collectors.toSet());
        assertThat(countryNames).contains("US=US", "U.S.=US", "United States=US", "America=US",
                "Britain=GB", "UK=GB", "Russia=RU", "Laos=LA", "South Korea=KR", "Ivory Coast=CI",
                "Syria=SY", "Burma=MM", "Turkey=TR", "Czechia=CZ", "Eswatini=SZ", "Swaziland=SZ",
                "North Macedonia=MK", "Cape Verde=CV", "Cabo Verde=CV", "East Timor=TL", "Holland=NL",
                "Vatican=VA", "Soviet Union=RU");
    }

    @Test
    void shouldPreferTheCountryWhoseOwnDemonymOrCityANameIs() throws IOException {
        Set<String> names = rows("places.tsv").stream().map(r -> r[0] + "/" + r[1] + "=" + r[2].split(",")[0])
                .collect(Collectors.toSet());
        assertThat(names).contains("Israeli/demonym=IL", "Burmese/demonym=MM", "Jerusalem/city=IL",
                "Yangon/city=MM");
    }

    @Test
    void shouldCoverConflictCitiesAndDemonyms() throws IOException {
        Set<String> names = rows("places.tsv").stream().map(r -> r[0] + "/" + r[1] + "=" + r[2].split(",")[0])
                .collect(Collectors.toSet());
        assertThat(names).contains("Aleppo/city=SY", "Homs/city=SY", "Idlib/city=SY", "Damascus/city=SY",
                "Raqqa/city=SY", "Mosul/city=IQ", "Kyiv/city=UA", "Kiev/city=UA", "Syrian/demonym=SY",
                "Russians/demonym=RU", "Middle East/macro-region=middle-east");
    }

    @Test
    void shouldCoverFirstLevelRegionsAndDropTownsNamedLikeCommonWords() throws IOException {
        List<String[]> rows = rows("places.tsv");
        Set<String> names = rows.stream().map(r -> r[0] + "/" + r[1] + "=" + r[2].split(",")[0])
                .collect(Collectors.toSet());
        assertThat(names).contains("Alberta/region=CA", "Queensland/region=AU", "Ontario/region=CA",
                "Idlib/region=SY", "Homs/region=SY", "Sichuan/region=CN");
        assertThat(rows.stream().filter(r -> !r[3].contains("minor")).map(r -> r[0]))
                .doesNotContain("Police", "Of", "Man", "Mobile", "Cairns");
    }

    @Test
    void shouldDefineEveryRequiredMacroRegion() throws IOException {
        Set<String> slugs = rows("regions.tsv").stream().map(r -> r[0]).collect(Collectors.toSet());
        assertThat(slugs).contains("middle-east", "north-africa", "sub-saharan-africa", "europe",
                "eastern-europe", "central-asia", "south-asia", "east-asia", "southeast-asia", "oceania",
                "north-america", "latin-america", "caribbean");
    }

    private static List<String[]> rows(String resource) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                GazetteerResourcesTest.class.getResourceAsStream("/io/newswire/tagger/" + resource),
                StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1)).toList();
        }
    }
}

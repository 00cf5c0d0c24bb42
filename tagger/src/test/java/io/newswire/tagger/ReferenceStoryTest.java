package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference story against its hand annotation ({@code expected.json}). */
class ReferenceStoryTest {
    private static StoryText story;
    private static EntityTags tags;

    @BeforeAll
    static void tagReferenceStory() {
        story = ReferenceStory.load();
        tags = EntityTagger.loadDefault().tag(story);
    }

    @Test
    void shouldFindExactlyTheAnnotatedCountries() {
        assertThat(tags.countries()).containsExactlyInAnyOrder("SY", "RU", "US", "LA");
    }

    @Test
    void shouldFocusOnSyria() {
        assertThat(tags.focusCountries()).containsExactly("SY");
        assertThat(tags.regions()).contains("middle-east");
    }

    @Test
    void shouldListAnnotatedPlacesWithCorrectOffsets() {
        // the annotation lists nouns; adjectival uses ("Russian officials", "US President") are
        // reported too, as demonyms and as the abbreviation "US"
        assertThat(tags.places()).filteredOn(p -> !p.kind().equals("demonym") && !p.name().equals("US"))
                .extracting(PlaceTag::name).containsOnly("Aleppo", "Laos", "Syria", "Russia");
        assertThat(tags.places()).filteredOn(p -> p.kind().equals("demonym"))
                .extracting(PlaceTag::name).isSubsetOf("Russian", "Syrian");
        for (PlaceTag place : tags.places()) {
            assertThat(story.text().substring(place.span().start(), place.span().end())).isEqualTo(place.name());
        }
        assertThat(tags.places()).filteredOn(p -> p.name().equals("Aleppo"))
                .isNotEmpty().allSatisfy(p -> {
                    assertThat(p.kind()).isEqualTo("city");
                    assertThat(p.country()).isEqualTo("SY");
                });
        assertThat(tags.places()).filteredOn(p -> p.name().equals("Laos"))
                .extracting(PlaceTag::kind, PlaceTag::country).containsOnly(tuple("country", "LA"));
    }

    @Test
    void shouldNotTreatOrganisationsOrTheAgencyAsPlaces() {
        assertThat(tags.places()).extracting(PlaceTag::name)
                .doesNotContain("Islamic State", "Pentagon", "Reuters", "State");
        assertThat(tags.places()).filteredOn(p -> p.name().equals("US")).allSatisfy(p -> assertThat(
                story.text().charAt(p.span().end())).as("US only as an adjective").isIn(' ', '-'));
    }

    @Test
    void shouldFindEveryAnnotatedActorWithTypeAndCountry() {
        Map<String, ActorTag> byName = tags.actors().stream().collect(Collectors.toMap(ActorTag::name, a -> a));
        List<List<String>> expected = List.of(
                List.of("John Kerry", "person", "US"), List.of("John Kirby", "person", "US"),
                List.of("Sergei Lavrov", "person", "RU"), List.of("Barack Obama", "person", "US"),
                List.of("Vladimir Putin", "person", "RU"), List.of("Bashar al-Assad", "person", "SY"),
                List.of("Islamic State", "organization", ""), List.of("al Qaeda", "organization", ""),
                List.of("Jabhat Fateh al Sham", "organization", "SY"),
                List.of("US State Department", "organization", "US"),
                List.of("Pentagon", "organization", "US"), List.of("Syrian air force", "organization", "SY"));
        assertThat(byName.keySet()).as("no actor beyond the annotation (Reuters is the publisher)")
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(a -> a.get(0)).toList());
        for (List<String> actor : expected) {
            assertThat(byName).containsKey(actor.get(0));
            ActorTag tag = byName.get(actor.get(0));
            assertThat(tag.type()).as(actor.get(0)).isEqualTo(actor.get(1));
            assertThat(tag.country()).as(actor.get(0)).isEqualTo(actor.get(2).isEmpty() ? null : actor.get(2));
            assertThat(tag.mentions()).as(actor.get(0)).isNotEmpty().isSortedAccordingTo(
                    Comparator.comparingInt(Span::start));
        }
    }

    @Test
    void shouldResolveSurnamesAndAliasesToTheirActors() {
        assertThat(mentions("john-kerry")).contains("John Kerry", "Kerry").hasSize(6);
        assertThat(mentions("john-kirby")).contains("John Kirby", "Kirby").hasSize(4);
        assertThat(mentions("bashar-al-assad")).contains("Assad").anyMatch(m -> m.startsWith("Assad regime"));
        assertThat(mentions("al-qaeda")).containsOnly("al Qaeda").hasSize(2);
        assertThat(mentions("jabhat-fateh-al-sham")).containsExactly("Jabhat Fateh al Sham", "Nusra Front");
        assertThat(mentions("pentagon")).containsOnly("Pentagon").hasSize(2);
        assertThat(mentions("us-state-department")).containsOnly("State Department").hasSize(2);
        assertThat(mentions("syrian-air-force")).containsExactly("Syrian air force");
    }

    @Test
    void shouldCarryAnnotatedRolesForTheStorysDay() {
        // the annotation gives the roles held when the story was written: early August 2016
        // (Kerry spoke "in Laos last week", at the late-July ASEAN meetings in Vientiane);
        // undated, the dictionary speaks of today ("former US President")
        StoryText dated = new StoryText(story.headline(), story.text(), null, java.time.LocalDate.of(2016, 8, 5));
        Map<String, String> roles = EntityTagger.loadDefault().tag(dated).actors().stream().filter(a -> a.role() != null)
                .collect(Collectors.toMap(ActorTag::name, ActorTag::role));
        assertThat(roles).containsEntry("John Kerry", "US Secretary of State")
                .containsEntry("John Kirby", "State Department spokesman")
                .containsEntry("Sergei Lavrov", "Russian foreign minister")
                .containsEntry("Barack Obama", "US President")
                .containsEntry("Vladimir Putin", "Russian President")
                .containsEntry("Bashar al-Assad", "Syrian President");
    }

    private static List<String> mentions(String id) {
        ActorTag actor = tags.actors().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        return actor.mentions().stream().map(s -> story.text().substring(s.start(), s.end())).toList();
    }
}

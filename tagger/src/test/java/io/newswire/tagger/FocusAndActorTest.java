package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Focus scoring and actor rules on fixture text written for these tests. */
class FocusAndActorTest {
    private static final EntityTagger TAGGER = EntityTagger.loadDefault();

    @Test
    void shouldFocusOnDatelineCountry() {
        String text = "BEIRUT (Reuters) - Officials from France and Germany met on Monday to "
                + "discuss aid. France offered money and Germany offered tents.";
        EntityTags tags = TAGGER.tag(StoryText.of(null, text));
        assertThat(tags.focusCountries()).containsExactly("LB");
    }

    @Test
    void shouldReadShortAllCapitalDatelineAsPlace() {
        String text = "DOHA (Reuters) - Talks between envoys from Egypt and Jordan resumed.";
        EntityTags tags = TAGGER.tag(StoryText.of("TALKS RESUME IN DOHA", text));
        assertThat(tags.places()).extracting(PlaceTag::name).startsWith("DOHA");
        assertThat(tags.focusCountries()).containsExactly("QA");
    }

    @Test
    void shouldFocusOnDatelinePlaceGivenSeparately() {
        EntityTags tags = TAGGER.tag(new StoryText(null,
                "Ministers from Egypt met counterparts from Egypt and Iraq.", "AMMAN"));
        assertThat(tags.focusCountries()).containsExactly("JO");
        assertThat(tags.places()).extracting(PlaceTag::name).doesNotContain("AMMAN");
    }

    @Test
    void shouldScoreARepeatedDatelineAsTheFirstTimeFromTheDatelineMemo() {
        EntityTagger tagger = new EntityTagger(Gazetteer.loadDefault());
        String body = "Ministers from Egypt met counterparts from Egypt and Iraq.";
        EntityTags first = tagger.tag(new StoryText(null, body, "HANOVER, N.H."));
        EntityTags again = tagger.tag(new StoryText(null, body, new String("HANOVER, N.H.")));
        EntityTags nowhere = tagger.tag(new StoryText(null, body, "March 3 -"));
        EntityTags nowhereAgain = tagger.tag(new StoryText(null, body, "March 3 -"));
        assertThat(first.focusCountries()).containsExactly("US");
        assertThat(again).isEqualTo(first);
        assertThat(nowhere.focusCountries()).containsExactly("EG");
        assertThat(nowhereAgain).isEqualTo(nowhere);
    }

    @Test
    void shouldNotTakeCommonWordsOfAnAllCapitalHeadlineAsTowns() {
        EntityTags tags = TAGGER.tag(StoryText.of("JAPAN REJECTS OBJECTIONS TO FAIRCHILD SALE",
                "A Foreign Ministry official in Japan dismissed the arguments against the deal."));
        assertThat(tags.countries()).containsExactly("JP");
    }

    @Test
    void shouldKeepCountryNamesOfAnAllCapitalHeadline() {
        EntityTags tags = TAGGER.tag(StoryText.of("FRANCE AND GERMANY AGREE ON BUDGET",
                "The two governments settled their dispute late on Monday."));
        assertThat(tags.countries()).containsExactlyInAnyOrder("FR", "DE");
    }

    @Test
    void shouldReadTheDatelineByTheStateOrCountryAfterItsCity() {
        EntityTags tags = TAGGER.tag(StoryText.of(null, "VALENCIA, Spain (AP) \u2014 Storms closed the port on Monday."));
        assertThat(tags.focusCountries()).containsExactly("ES");
        EntityTags hanover = TAGGER.tag(new StoryText(null, "The college opened a new library.", "HANOVER, N.H."));
        assertThat(hanover.focusCountries()).containsExactly("US");
    }

    @Test
    void shouldLetAnAllCapitalHeadlineWeighForCountriesTheBodyNames() {
        EntityTags tags = TAGGER.tag(StoryText.of("SYRIA TALKS RESUME",
                "Envoys met in Geneva. Russia and Iran backed Syria, and Russia sent a delegation."));
        assertThat(tags.focusCountries()).containsExactly("SY");
    }

    @Test
    void shouldCountACountryNamedOnceButNotOnePassingAdjective() {
        EntityTags tags = TAGGER.tag(StoryText.of(null, "Flooding closed roads across the region on Monday. "
                + "Rescue teams worked through the night.\n\nLater, crews from Laos joined them. "
                + "They used a French-made pump."));
        assertThat(tags.countries()).contains("LA").doesNotContain("FR");
        assertThat(tags.places()).extracting(PlaceTag::country).contains("FR");
    }

    @Test
    void shouldLetHeadlineOutweighPassingMentions() {
        EntityTags tags = TAGGER.tag(StoryText.of("Floods hit Pakistan",
                "Rescue teams from India, China and Japan arrived. India sent boats."));
        assertThat(tags.focusCountries()).containsExactly("PK");
        assertThat(tags.countries().get(0)).isEqualTo("PK");
        assertThat(tags.places()).extracting(PlaceTag::name).doesNotContain("Pakistan");
    }

    @Test
    void shouldReportRegionsOfFocusCountriesOnly() {
        EntityTags tags = TAGGER.tag(StoryText.of("Kenya election",
                "Kenya voted on Tuesday. Observers from Brazil attended."));
        assertThat(tags.regions()).containsExactly("sub-saharan-africa");
    }

    @Test
    void shouldDiscoverTitledPersonWithRoleAndCountry() {
        String text = "Russian Foreign Ministry spokeswoman Anna Petrova said the talks failed. "
                + "Petrova added that Moscow was ready.";
        ActorTag petrova = actor(text, "anna-petrova");
        assertThat(petrova.name()).isEqualTo("Anna Petrova");
        assertThat(petrova.type()).isEqualTo(ActorTag.PERSON);
        assertThat(petrova.role()).isEqualTo("Russian Foreign Ministry spokeswoman");
        assertThat(petrova.country()).isEqualTo("RU");
        assertThat(petrova.mentions()).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Anna Petrova", "Petrova");
    }

    @Test
    void shouldDiscoverPrimeMinisterWithoutCountry() {
        ActorTag doe = actor("Prime Minister Jane Doe resigned on Friday.", "jane-doe");
        assertThat(doe.role()).isEqualTo("Prime Minister");
        assertThat(doe.country()).isNull();
    }

    @Test
    void shouldResolveSurnameAfterFullName() {
        String text = "Sergei Lavrov spoke first. Lavrov then left.";
        assertThat(actor(text, "sergei-lavrov").mentions()).containsExactly(new Span(0, 13), new Span(27, 33));
    }

    @Test
    void shouldMatchAliasesPossessivesAndRegimeForms() {
        String text = "Fighters of the Nusra Front and al Qaeda's allies fought the Assad regime.";
        EntityTags tags = TAGGER.tag(StoryText.of(null, text));
        assertThat(tags.actors()).extracting(ActorTag::id)
                .containsExactly("jabhat-fateh-al-sham", "al-qaeda", "bashar-al-assad");
        assertThat(actor(text, "al-qaeda").mentions()).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("al Qaeda");
    }

    @Test
    void shouldNotTurnUnrelatedCapitalisedWordsIntoActors() {
        assertThat(TAGGER.tag(StoryText.of(null, "The Committee met on Monday in a small room.")).actors())
                .isEmpty();
    }

    private static ActorTag actor(String text, String id) {
        return TAGGER.tag(StoryText.of(null, text)).actors().stream()
                .filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void shouldNotDiscoverCompaniesOrTitlesAsPeople() {
        EntityTags tags = TAGGER.tag(StoryText.of(null, "General Motors Corp and General Secretary "
                + "Thandi Mokoena met. Treasury Secretary James Baker and Secretary General Javier Perez attended."));
        assertThat(tags.actors()).extracting(ActorTag::id).containsExactly("thandi-mokoena", "james-baker", "javier-perez");
        assertThat(tags.actors()).extracting(ActorTag::role)
                .containsExactly("General Secretary", "Treasury Secretary", "Secretary General");
    }
}

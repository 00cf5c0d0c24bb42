package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Place rules on fixture sentences written for these tests. */
class PlaceDisambiguationTest {
    private static final EntityTagger TAGGER = EntityTagger.loadDefault();

    private static EntityTags tag(String text) {
        return TAGGER.tag(StoryText.of(null, text));
    }

    @Test
    void shouldResolveAleppoToSyria() {
        EntityTags tags = tag("Shelling resumed in eastern Aleppo overnight.");
        assertThat(tags.places()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Aleppo");
            assertThat(p.kind()).isEqualTo("city");
            assertThat(p.country()).isEqualTo("SY");
            assertThat(p.span()).isEqualTo(new Span(28, 34));
        });
        assertThat(tags.countries()).containsExactly("SY");
        assertThat(tags.regions()).containsExactly("middle-east");
    }

    @Test
    void shouldKeepParisInFranceWhenTheStoryOnlyNamesTheUsOnce() {
        EntityTags tags = tag("US Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov "
                + "in Geneva. Kerry later flew to Paris.");
        assertThat(tags.places()).filteredOn(p -> p.name().equals("Paris"))
                .extracting(PlaceTag::country).containsExactly("FR");
    }

    @Test
    void shouldTakeTheTownReadingWhenTheStoryNamesItsState() {
        EntityTags tags = tag("Police in Paris, Texas, said the fair would open. Paris officials expect visitors.");
        assertThat(tags.places()).filteredOn(p -> p.name().equals("Paris"))
                .extracting(PlaceTag::country).containsExactly("US", "US");
    }

    @Test
    void shouldTakeTheOtherCountrysCityInADomesticStoryNamingThatCountryTwice() {
        EntityTags tags = tag("Canada will send aid, the minister said. Canada is ready. A rally in London drew 200 people.");
        assertThat(tags.places()).filteredOn(p -> p.name().equals("London"))
                .extracting(PlaceTag::country).containsExactly("CA");
    }

    @Test
    void shouldReadAPlaceBeforeItsCountryInThatCountry() {
        assertThat(tag("Growers in San Jose, Costa Rica, expect a good harvest.").places())
                .extracting(PlaceTag::name, PlaceTag::country)
                .contains(tuple("San Jose", "CR"));
        assertThat(tag("Orange groves near Valencia, Spain, were flooded.").places())
                .extracting(PlaceTag::name, PlaceTag::country)
                .contains(tuple("Valencia", "ES"));
    }

    @Test
    void shouldKeepAListOfCitiesAList() {
        assertThat(tag("Envoys flew between Moscow, Washington and Beijing.").places())
                .extracting(PlaceTag::name, PlaceTag::country)
                .contains(tuple("Moscow", "RU"));
    }

    @Test
    void shouldResolveAProvinceNamedWithItsSuffix() {
        EntityTags tags = tag("Rebels held most of Idlib province and parts of Aleppo Governorate.");
        assertThat(tags.places()).extracting(PlaceTag::name, PlaceTag::country, PlaceTag::kind)
                .containsExactly(tuple("Idlib province", "SY", "region"), tuple("Aleppo Governorate", "SY", "region"));
    }

    @Test
    void shouldResolveFirstLevelRegionsOutsideTheUs() {
        EntityTags tags = tag("Wildfires spread across Alberta, Canada, while floods hit Queensland in Australia.");
        assertThat(tags.places()).extracting(PlaceTag::name, PlaceTag::country, PlaceTag::kind)
                .contains(tuple("Alberta", "CA", "region"), tuple("Queensland", "AU", "region"));
    }

    @Test
    void shouldNotReadAMinorRegionAsAPlaceWithoutOtherEvidenceForItsCountry() {
        assertThat(tag("Piedmont Aviation said its traffic rose in March.").places()).isEmpty();
        assertThat(tag("Truffle prices in Piedmont rose, Italian growers said.").places())
                .extracting(PlaceTag::name, PlaceTag::country).contains(tuple("Piedmont", "IT"));
    }

    @Test
    void shouldReadASmallTownOnlyWhenTheStoryCorroboratesItsCountry() {
        assertThat(tag("Cairns of stones marked the trail.").places()).isEmpty();
        assertThat(tag("Police in Cairns, Australia, found the car.").places())
                .extracting(PlaceTag::name, PlaceTag::country).containsExactly(tuple("Cairns", "AU"), tuple("Australia", "AU"));
        assertThat(tag("The storm hit Cairns and moved on to Queensland's coast.").places())
                .extracting(PlaceTag::name, PlaceTag::country).containsExactly(tuple("Cairns", "AU"), tuple("Queensland", "AU"));
    }

    @Test
    void shouldReadLondonAsCanadianWhenOntarioIsMentioned() {
        EntityTags tags = tag("Police in London, Ontario, said the overdoses were linked. Hamilton and Toronto "
                + "paramedics were warned.");
        assertThat(tags.places()).filteredOn(p -> p.name().equals("London"))
                .extracting(PlaceTag::country).containsExactly("CA");
    }

    @Test
    void shouldReadANameAfterAPlaceAndACommaAsItsRegion() {
        assertThat(tag("The band started out in Athens, Georgia, in 1980.").places())
                .filteredOn(p -> p.name().equals("Georgia"))
                .extracting(PlaceTag::kind, PlaceTag::country).containsExactly(tuple("region", "US"));
        assertThat(tag("Officials in London, Berlin and Rome agreed.").places())
                .extracting(PlaceTag::name, PlaceTag::country, PlaceTag::kind).containsExactly(
                        tuple("London", "GB", "city"), tuple("Berlin", "DE", "city"), tuple("Rome", "IT", "city"));
    }

    @Test
    void shouldPlaceAnUnlistedCountyInTheCountryTheStoryIsAbout() {
        EntityTags tags = tag("Deputies in Metcalfe County, Kentucky, and in Rapides Parish, Louisiana, searched.");
        assertThat(tags.places()).extracting(PlaceTag::name, PlaceTag::country, PlaceTag::kind).containsExactly(
                tuple("Metcalfe County", "US", "region"), tuple("Kentucky", "US", "region"),
                tuple("Rapides Parish", "US", "region"), tuple("Louisiana", "US", "region"));
        assertThat(tag("The County Council met. Metcalfe County was quiet.").places()).isEmpty();
    }

    @Test
    void shouldReadLondonAsBritishByDefault() {
        assertThat(tag("Markets in London fell on Monday.").places())
                .extracting(PlaceTag::name, PlaceTag::country).containsExactly(tuple("London", "GB"));
    }

    @Test
    void shouldKeepTheDefaultReadingWhenTheStoryNamesItsCountry() {
        EntityTags texas = tag("The fair opened in Paris on Friday. Visitors came from Dallas and Houston, Texas.");
        assertThat(texas.places()).filteredOn(p -> p.name().equals("Paris")).extracting(PlaceTag::country)
                .containsExactly("US");
        EntityTags france = tag("A French chef opened a bistro in Paris after years in Dallas and Houston, Texas.");
        assertThat(france.places()).filteredOn(p -> p.name().equals("Paris")).extracting(PlaceTag::country)
                .containsExactly("FR");
    }

    @Test
    void shouldReadAStateAbbreviationOnlyAfterAPlaceAndAComma() {
        assertThat(tag("The crash happened in Glasgow, Ky., on Saturday.").places())
                .extracting(PlaceTag::name, PlaceTag::country).containsExactly(tuple("Glasgow", "US"), tuple("Ky.", "US"));
        assertThat(tag("Ind. voters and Miss. Smith stayed home.").places()).isEmpty();
    }

    @Test
    void shouldReadEdmontonAsAKentuckyTownInAKentuckyStory() {
        EntityTags tags = tag("EDMONTON, Ky. (WBKO) -- Deputies in Edmonton and Glasgow, Kentucky, searched the area.");
        assertThat(tags.places()).filteredOn(p -> p.name().equalsIgnoreCase("Edmonton"))
                .extracting(PlaceTag::country).containsOnly("US");
    }

    @Test
    void shouldNotReadASmallTownAfterAGivenNameAsAPlace() {
        EntityTags tags = tag("John Bolton met officials in Washington and New York.");
        assertThat(tags.places()).extracting(PlaceTag::name).containsExactly("Washington", "New York");
    }

    @Test
    void shouldReadJordanAsCountryInPlaceContext() {
        EntityTags tags = tag("Refugees crossed into Jordan on Tuesday, officials in Amman said.");
        assertThat(tags.places()).extracting(PlaceTag::name).containsExactly("Jordan", "Amman");
        assertThat(tags.countries()).containsExactly("JO");
    }

    @Test
    void shouldNotReadJordanAsPlaceAfterGivenNameOrHonorific() {
        EntityTags tags = tag("Michael Jordan scored 30 points. Later Mr. Jordan thanked the fans.");
        assertThat(tags.places()).isEmpty();
        assertThat(tags.countries()).isEmpty();
    }

    @Test
    void shouldNotReadJordanSaidAsPlaceWithoutOtherEvidenceForJordan() {
        assertThat(tag("Jordan said the team would win the final.").places()).isEmpty();
        assertThat(tag("Jordan said it had closed the border, a Jordanian official added.").places())
                .extracting(PlaceTag::name, PlaceTag::country)
                .containsExactly(tuple("Jordan", "JO"), tuple("Jordanian", "JO"));
    }

    @Test
    void shouldReadGeorgiaAsUsStateWhenOtherUsStatesAreMentioned() {
        EntityTags tags = tag("Voters in Georgia and Florida went to the polls; turnout in Atlanta was high.");
        assertThat(tags.places()).filteredOn(p -> p.name().equals("Georgia"))
                .singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo("region");
                    assertThat(p.country()).isEqualTo("US");
                });
        assertThat(tags.countries()).containsExactly("US");
    }

    @Test
    void shouldReadGeorgiaAsCountryByDefault() {
        EntityTags tags = tag("Russian troops remain in two breakaway regions of Georgia, Tbilisi says.");
        assertThat(tags.places()).filteredOn(p -> p.name().equals("Georgia"))
                .extracting(PlaceTag::country).containsExactly("GE");
    }

    @Test
    void shouldTreatOrganisationNamesContainingPlacesAsActors() {
        EntityTags tags = tag("The New York Times said Aleppo University and the State Department "
                + "were named in the Pentagon report from Islamic State fighters.");
        assertThat(tags.places()).isEmpty();
        assertThat(tags.actors()).extracting(ActorTag::id).contains("new-york-times",
                "aleppo-university", "us-state-department", "pentagon", "islamic-state");
    }

    @Test
    void shouldReportAdjectivalDemonymsAsPlacesOfKindDemonym() {
        EntityTags tags = tag("Syrian and Russian warplanes struck the town, Turkish officials said.");
        assertThat(tags.places()).extracting(PlaceTag::name, PlaceTag::country, PlaceTag::kind)
                .containsExactly(tuple("Syrian", "SY", "demonym"), tuple("Russian", "RU", "demonym"),
                        tuple("Turkish", "TR", "demonym"));
        assertThat(tags.countries()).containsExactlyInAnyOrder("SY", "RU", "TR");
    }

    @Test
    void shouldNotReportPluralDemonymsLanguagesOrDemonymsOpeningOrganisationsAsPlaces() {
        EntityTags tags = tag("Syrians fled. She speaks French and he shouted in Turkish. "
                + "British Airways cancelled flights.");
        assertThat(tags.places()).isEmpty();
        assertThat(tags.countries()).contains("SY", "FR", "TR", "GB");
    }

    @Test
    void shouldReportAnAdjectivalCountryUseAsAPlace() {
        EntityTags attributive = tag("US officials met US-backed rebels.");
        assertThat(attributive.places()).extracting(PlaceTag::name, PlaceTag::country, PlaceTag::kind)
                .containsExactly(tuple("US", "US", "country"), tuple("US", "US", "country"));
        assertThat(attributive.countries()).containsExactly("US");
        assertThat(tag("The delegation flew to the US on Monday.").places())
                .extracting(PlaceTag::name, PlaceTag::country).containsExactly(tuple("US", "US"));
    }

    @Test
    void shouldRequireCapitalisedPlaceNamesAndUpperCaseAbbreviations() {
        assertThat(tag("Tell us about the turkey and the china you bought.").countries()).isEmpty();
    }

    @Test
    void shouldPreferLongestNameWithoutOverlaps() {
        EntityTags tags = tag("Talks between South Korea and Papua New Guinea ended in Guinea.");
        assertThat(tags.places()).extracting(PlaceTag::name, PlaceTag::country).containsExactly(
                tuple("South Korea", "KR"),
                tuple("Papua New Guinea", "PG"),
                tuple("Guinea", "GN"));
    }

    @Test
    void shouldTagMacroRegionNamesWithoutCountry() {
        EntityTags tags = tag("Oil prices rose as tension spread across the Middle East.");
        assertThat(tags.places()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("macro-region");
            assertThat(p.country()).isNull();
        });
        assertThat(tags.regions()).containsExactly("middle-east");
    }

    @Test
    void shouldKeepOffsetsAcrossPossessivesAndCurlyApostrophes() {
        String text = "Russia\u2019s envoy and Syria's foreign minister met.";
        EntityTags tags = tag(text);
        assertThat(tags.places()).allSatisfy(p ->
                assertThat(text.substring(p.span().start(), p.span().end())).isEqualTo(p.name()));
        assertThat(tags.places()).extracting(PlaceTag::name).containsExactly("Russia", "Syria");
    }

    @Test
    void shouldTreatPlacesInsideUnknownCompanyNamesAsEvidenceOnly() {
        EntityTags tags = tag("Shares of Nippon Steel rose after the Bank of Japan cut rates.");
        assertThat(tags.places()).isEmpty();
        assertThat(tags.countries()).containsExactly("JP");
    }

    @Test
    void shouldNotReadShortAllCapitalAbbreviationsAsCities() {
        assertThat(tag("The GAO report was published on Monday.").places()).isEmpty();
    }
}

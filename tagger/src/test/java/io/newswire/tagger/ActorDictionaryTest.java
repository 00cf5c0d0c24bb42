package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated actor dictionary (curated layer merged with Phoenix) as the tagger uses it. */
class ActorDictionaryTest {
    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private static final EntityTagger TAGGER = EntityTagger.loadDefault();

    private static List<ActorTag> actors(String text) {
        return TAGGER.tag(StoryText.of(null, text)).actors();
    }

    private static List<String> mentions(String text, ActorTag actor) {
        return actor.mentions().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void shouldParseDatedRolesDecodedFromCameoCodes() {
        ActorDef reagan = GAZETTEER.actor("ronald-reagan");
        assertThat(reagan.roles()).contains(new ActorRole("USAGOV", "US", "government",
                LocalDate.of(1981, 1, 20), LocalDate.of(1989, 1, 20)));
        assertThat(reagan.latestRole()).as("the office, not the later elite status").isEqualTo("US government (1981-1989)");
        assertThat(reagan.roles().stream().filter(r -> r.heldOn(LocalDate.of(1987, 6, 1))).map(ActorRole::sector))
                .containsExactly("government");
        assertThat(GAZETTEER.actor("marco-rubio").roles()).anySatisfy(r -> {
            assertThat(r.from()).isEqualTo(LocalDate.of(2025, 1, 21));
            assertThat(r.to()).as("still held").isNull();
        });
    }

    @Test
    void shouldKeepTheCuratedRoleOfAnActorMergedWithItsPhoenixEntry() {
        ActorDef kerry = GAZETTEER.actor("john-kerry");
        assertThat(kerry.role()).isEqualTo("former US Secretary of State");
        assertThat(kerry.roles()).as("the curated dated roles").isNotEmpty();
        assertThat(kerry.aliases()).as("Phoenix aliases").contains("John F. Kerry", "{secretary of state} Kerry");
    }

    @Test
    void shouldResolveEveryNameOfARenamedGroupToOneActor() {
        String text = "Nusra Front fighters advanced. Jabhat Fateh al-Sham denied it. Later Hayat Tahrir "
                + "al-Sham, or HTS, took Idlib.";
        List<ActorTag> found = actors(text);
        assertThat(found).extracting(ActorTag::id).containsExactly("jabhat-fateh-al-sham");
        assertThat(mentions(text, found.get(0)))
                .containsExactly("Nusra Front", "Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham", "HTS");
    }

    @Test
    void shouldFindAPhoenixOnlyPersonByFullNameThenBySurname() {
        String text = "Clayton Yeutter met Japanese officials on Monday. Yeutter said talks would go on.";
        ActorTag yeutter = actors(text).stream().filter(a -> a.id().equals("clayton-yeutter")).findFirst().orElseThrow();
        assertThat(yeutter.isPerson()).isTrue();
        assertThat(yeutter.country()).isEqualTo("US");
        assertThat(yeutter.role()).as("latest dated office").isEqualTo("US government (business) (1985-1989)");
        assertThat(mentions(text, yeutter)).containsExactly("Clayton Yeutter", "Yeutter");
    }

    @Test
    void shouldMatchATitleAliasAsTheSurnameWithTheTitleAsRole() {
        String text = "President Reagan said he would veto the bill. Reagan spoke in Washington.";
        ActorTag reagan = actors(text).stream().filter(a -> a.id().equals("ronald-reagan")).findFirst().orElseThrow();
        assertThat(mentions(text, reagan)).containsExactly("Reagan", "Reagan");
        assertThat(reagan.role()).isEqualTo("President");
    }

    @Test
    void shouldNotTurnABareCommonSurnameIntoAnActorWithoutItsFullName() {
        assertThat(actors("Baker said the bank would raise its rates. Gates and Reagan were closed."))
                .extracting(ActorTag::id).isEmpty();
    }

    @Test
    void shouldReportTheTitleTheStoryWritesOverTheDatedRole() {
        ActorTag baker = actors("Treasury Secretary James Baker met Japanese officials.").get(0);
        assertThat(baker.id()).isEqualTo("james-baker");
        assertThat(baker.role()).isEqualTo("Treasury Secretary");
    }

    @Test
    void aDatedStoryGetsTheRoleTheSpeakerHeldThatDay() {
        String text = "Marco Rubio said the deal was bad. Rubio spoke in Miami.";

        assertThat(roleOf(text, null)).as("undated: the dictionary role").isEqualTo("US Secretary of State");
        assertThat(roleOf(text, LocalDate.of(2025, 6, 1))).isEqualTo("US Secretary of State");
        assertThat(roleOf(text, LocalDate.of(2016, 3, 1))).isEqualTo("US government (legislature) (2011-2025)");
        assertThat(roleOf(text, LocalDate.of(2005, 3, 1))).as("no office that day").isNull();
    }

    @Test
    void aDatedStoryKeepsTheRoleOfAnActorWithoutDatedOffices() {
        String text = "Mark Toner said the talks went well.";

        assertThat(GAZETTEER.actor("mark-toner").roles()).isEmpty();
        assertThat(roleOf(text, LocalDate.of(2016, 3, 1))).isEqualTo(roleOf(text, null));
    }

    @Test
    void phoenixOpenRolesDoNotExtendACuratedPersonsOfficeBeyondItsEnd() {
        String biden = "Joe Biden said the deal was bad.";
        assertThat(roleOf(biden, LocalDate.of(2016, 6, 1))).as("vice-president then")
                .isEqualTo("US government (2009-2017)");
        assertThat(roleOf(biden, LocalDate.of(2023, 6, 1))).as("in office: no 'former'").isEqualTo("US President");
        assertThat(roleOf(biden, null)).isEqualTo("former US President");
        assertThat(roleOf("Bashar al-Assad said the war was over.", LocalDate.of(2025, 6, 1))).isNull();
        assertThat(roleOf("John Kerry said the talks went well.", LocalDate.of(2025, 6, 1)))
                .isNotEqualTo("US Secretary of State");
        assertThat(roleOf("John Kerry said the talks went well.", LocalDate.of(2015, 6, 1)))
                .isEqualTo("US government (2013-2017)");
    }

    @Test
    void phoenixOpenEndsStopAtTheDictionarySnapshot() {
        ActorDef carter = GAZETTEER.actor("jimmy-carter");

        assertThat(carter.roles()).allMatch(r -> r.to() != null && !r.to().isAfter(LocalDate.of(2015, 2, 17)));
        assertThat(roleOf("Jimmy Carter said the talks went well.", LocalDate.of(2020, 6, 1))).isNull();
    }

    @Test
    void aPhoenixNameFollowedByMoreOfANameIsSomeoneElse() {
        assertThat(actors("Juan Carlos Rodriguez, a teacher, said the school was closed."))
                .noneMatch(a -> a.name().startsWith("Juan Carlos"));
    }

    @Test
    void aPhoenixNameOfCommonGivenNameAndSurnameIsNoActor() {
        assertThat(actors("David Lee, a shop owner in Toronto, said prices rose. Lee said sales fell.")).isEmpty();
        assertThat(actors("Ali Ahmad, 34, a taxi driver, said the road was closed.")).isEmpty();
        assertThat(actors("Mohamed Ahmed, a fisherman, said the boats stayed in port.")).isEmpty();
        assertThat(GAZETTEER.actor("vladimir-putin")).as("curated people are kept").isNotNull();
    }

    private static String roleOf(String text, LocalDate date) {
        return TAGGER.tag(new StoryText(null, text, null, date)).actors().get(0).role();
    }
}

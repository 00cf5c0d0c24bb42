package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleCoreferenceTest {
    private static final EntityTagger TAGGER = EntityTagger.loadDefault();

    private static List<String> mentionsOf(String text, String actorName) {
        return TAGGER.tag(StoryText.of(null, text)).actors().stream()
                .filter(a -> a.name().equals(actorName))
                .flatMap(a -> a.mentions().stream())
                .map(s -> text.substring(s.start(), s.end()))
                .toList();
    }

    @Test
    void aDefiniteTitleRefersBackToThePersonTheStoryGaveThatTitle() {
        String text = "US Secretary of State John Kerry met Sergei Lavrov in Geneva. Kerry said the talks "
                + "were useful. The secretary later flew to Paris.";

        assertThat(mentionsOf(text, "John Kerry")).containsExactly("John Kerry", "Kerry", "The secretary");
    }

    @Test
    void aTitleThatIntroducesSomeoneIsNotAMention() {
        String text = "US Secretary of State John Kerry arrived. He met the secretary of the local council, "
                + "and the secretary Ann Smith showed him around.";

        assertThat(mentionsOf(text, "John Kerry")).containsExactly("John Kerry");
    }

    @Test
    void aDictionaryRoleTheStoryNeverWroteIsNotEnough() {
        String text = "Donald Trump, the Republican presidential nominee, spoke in Ohio. "
                + "Later the president signed the bill in Washington.";

        assertThat(mentionsOf(text, "Donald Trump")).containsExactly("Donald Trump");
    }

    @Test
    void aCompoundTitleIsReadWhole() {
        String text = "UN Secretary-General Ban Ki-moon spoke. Ban Ki-moon, the secretary general of the "
                + "United Nations, left. The secretary-general later returned.";

        assertThat(mentionsOf(text, "Ban Ki-moon")).containsExactly("Ban Ki-moon", "Ban Ki-moon", "The secretary-general");
    }

    @Test
    void theVicePresidentIsNotThePresident() {
        String text = "Vice President JD Vance spoke in Ohio. Later the president signed the bill.";

        assertThat(mentionsOf(text, "JD Vance")).containsExactly("JD Vance");
    }

    @Test
    void twoPeopleWithTheTitleLeaveItUnresolved() {
        String text = "US President Donald Trump met Chinese President Xi Jinping in Busan. The president said "
                + "the talks went well.";

        assertThat(mentionsOf(text, "Donald Trump")).containsExactly("Donald Trump");
        assertThat(mentionsOf(text, "Xi Jinping")).containsExactly("Xi Jinping");
    }

    @Test
    void theGeneralElectionIsNotAPerson() {
        String text = "UN Secretary-General Antonio Guterres called for calm ahead of the general election in Kenya.";

        assertThat(mentionsOf(text, "Antonio Guterres")).containsExactly("Antonio Guterres");
    }
}

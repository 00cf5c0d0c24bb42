package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineLocationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TROY, Mich., March 2 -                      | TROY, Mich.",
        "VANCOUVER, British Columbia, March 11 -     | VANCOUVER, British Columbia",
        "SADDLE BROOK, N.J., march 11 -              | SADDLE BROOK, N.J.",
        "STOUGHTON, Mass, March 11 -                 | STOUGHTON, Mass",
        "BEIRUT, Sept 19 (Reuters) -                 | BEIRUT",
        "MOSCOW, Monday (Reuters)                    | MOSCOW",
        "WASHINGTON, Aug 5 (Reuters) -               | WASHINGTON",
        "Kingston, march 11 -                        | Kingston",
        "FORT WASHINGTON, Pa.                        | FORT WASHINGTON, Pa.",
        "BEIRUT                                      | BEIRUT",
        "LONDON -                                    | LONDON",
        "PARIS, 12 May                               | PARIS",
        "SUN CITY, Ariz., March 2 -                  | SUN CITY, Ariz.",
        "MAY PEN, Jamaica (Reuters) -                | MAY PEN, Jamaica",
    })
    void keepsTheStateOrCountryAfterTheCityAndDropsTheDateAndCredit(String dateline, String location) {
        assertThat(DatelineLocation.of(dateline)).isEqualTo(location);
    }

    @Test
    void aDatelineWithoutAPlaceHasNoLocation() {
        assertThat(DatelineLocation.of(", March 2 -")).isNull();
        assertThat(DatelineLocation.of("March 2")).isNull();
        assertThat(DatelineLocation.of(null)).isNull();
    }

    @Test
    void aDatelineOpeningTheBodyKeepsTheStateOnlyWhenADateOrCreditClosesIt() {
        assertThat(DatelineLocation.leading("TROY, Mich., March 2 - Kmart Corp said")).isEqualTo("TROY, Mich.");
        assertThat(DatelineLocation.leading("BEIRUT (Reuters) - Syrian forces")).isEqualTo("BEIRUT");
        assertThat(DatelineLocation.leading("WASHINGTON, Mr Smith said on Monday")).isEqualTo("WASHINGTON");
        assertThat(DatelineLocation.leading("GENEVA, Switzerland\nThe talks")).isEqualTo("GENEVA");
    }

    @Test
    void aTownInTheDatelineResolvesThroughItsState() {
        Tagger tagger = Tagger.loadDefault();
        String body = "The company said it would pay a quarterly dividend of 10 cts a share.";

        assertThat(tagger.tag(new StoryText("DIVIDEND SET", body, "BIRMINGHAM, Ala., March 3 -")).countries())
                .containsExactly("US");
        assertThat(tagger.tag(StoryText.of("DIVIDEND SET", "BIRMINGHAM, Ala., March 3 - " + body)).countries())
                .containsExactly("US");
        assertThat(tagger.tag(new StoryText("DIVIDEND SET", body, "BIRMINGHAM, England, March 3 -")).countries())
                .containsExactly("GB");
    }
}

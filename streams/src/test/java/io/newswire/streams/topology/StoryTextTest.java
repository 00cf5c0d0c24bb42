package io.newswire.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.Dateline;
import org.junit.jupiter.api.Test;

class StoryTextTest {

    @Test
    void theWrittenDatelineNamesTheStateThatTheStructuredPlaceLeavesOut() {
        Dateline dateline = Dateline.newBuilder().setText("FORT WASHINGTON, Pa., March 2 -").setPlace("Fort Washington").build();

        assertThat(StoryText.datelinePlace(dateline)).isEqualTo("FORT WASHINGTON, Pa.");
    }

    @Test
    void theStructuredPlaceWinsWhenTheWrittenDatelineNamesAnotherPlace() {
        Dateline dateline = Dateline.newBuilder().setText("MOSCOW, Monday (Reuters)").setPlace("Kaliningrad").build();

        assertThat(StoryText.datelinePlace(dateline)).isEqualTo("Kaliningrad");
    }

    @Test
    void aDatelineWithOnlyTextOrOnlyAPlaceGivesThatPlace() {
        assertThat(StoryText.datelinePlace(Dateline.newBuilder().setText("BEIRUT, Sept 19 (Reuters) -").build()))
                .isEqualTo("BEIRUT");
        assertThat(StoryText.datelinePlace(Dateline.newBuilder().setPlace("Sydney").build())).isEqualTo("Sydney");
        assertThat(StoryText.datelinePlace(null)).isNull();
    }
}

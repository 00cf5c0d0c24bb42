package io.newswire.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceTimesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tue, 10 Jun 2003 04:00:00 GMT   | 2003-06-10T04:00:00Z",
        "Wed, 11 Jun 2003 09:15:00 +0200 | 2003-06-11T09:15:00+02:00",
        "11 Jun 2003 09:15 -0530         | 2003-06-11T09:15:00-05:30",
        "Sun, 3 Mar 24 18:00:00 EST      | 2024-03-03T18:00:00-05:00",
        "Mon, 01 Jul 2024 07:30:00 PDT   | 2024-07-01T07:30:00-07:00",
        "Mon, 01 Jul 2024 07:30:00 UT    | 2024-07-01T07:30:00Z",
    })
    void shouldReadRfc822DatesKeepingTheirOffset(String raw, String iso) {
        assertThat(SourceTimes.rfc822(raw)).isEqualTo(iso);
        assertThat(SourceTimes.any(raw)).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2016-08-05T10:00:00+02:00     | 2016-08-05T10:00:00+02:00",
        "2017-08-24T04:38:34+0000      | 2017-08-24T04:38:34Z",
        "2019-05-10T16:02:28.250+02:00 | 2019-05-10T16:02:28.25+02:00",
        "2013-07-09T10:37:00Z          | 2013-07-09T10:37:00Z",
        "2013-07-09T10:37Z             | 2013-07-09T10:37:00Z",
        "2018-05-28T16:40:08           | 2018-05-28T16:40:08",
    })
    void shouldNormaliseIsoTimesWithoutChangingOrInventingTheOffset(String raw, String iso) {
        assertThat(SourceTimes.iso(raw)).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "yesterday",
        "Tue, 31 Feb 2003 04:00:00 GMT",
        "Tue, 10 Foo 2003 04:00:00 GMT",
        "Tue, 10 Jun 2003 04:00:00 XYZ",
        "2019-13-10T16:02:28Z",
        "NULL",
    })
    void shouldGiveNullForTimesItCannotRead(String raw) {
        assertThat(SourceTimes.any(raw)).isNull();
    }
}

package io.newswire.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceTimesAsWrittenTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "2024-03-05T14:30:00+02:00 | 2024-03-05T14:30:00+02:00",
        "2016-01-04T16:34:45.000Z  | 2016-01-04T16:34:45.000Z",
        "20151014T043001+0100      | 2015-10-14T04:30:01+01:00",
        "20020225T143000-0500      | 2002-02-25T14:30:00-05:00",
        "20151210T191044Z          | 2015-12-10T19:10:44Z",
        "2017-10-11T10:41:00+0100  | 2017-10-11T10:41:00+01:00",
        "20200907T144527           | 2020-09-07T14:45:27",
        "2017-08-29T17:15:41       | 2017-08-29T17:15:41",
        "20240230T100000Z          | null",
        "yesterday                 | null",
    })
    void shouldWriteExtendedIsoAndKeepTheSourceOffset(String raw, String expected) {
        assertThat(SourceTimes.asWritten(raw)).isEqualTo(expected);
    }
}

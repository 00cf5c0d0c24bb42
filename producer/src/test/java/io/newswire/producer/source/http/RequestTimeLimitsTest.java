package io.newswire.producer.source.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class RequestTimeLimitsTest {

    @Test
    void shouldSetTheRequestAndResponseTimeLimitsWhenTheOperatorDidNot() {
        Properties properties = new Properties();

        RequestTimeLimits.applyDefaults(properties);

        assertThat(properties).containsEntry("sun.net.httpserver.maxReqTime", "60")
                .containsEntry("sun.net.httpserver.maxRspTime", "30");
        assertThat(RequestTimeLimits.maxRequestTime(properties)).isEqualTo("60");
    }

    @Test
    void shouldKeepALimitTheOperatorSet() {
        Properties properties = new Properties();
        properties.setProperty("sun.net.httpserver.maxReqTime", "120");

        RequestTimeLimits.applyDefaults(properties);

        assertThat(properties).containsEntry("sun.net.httpserver.maxReqTime", "120")
                .containsEntry("sun.net.httpserver.maxRspTime", "30");
    }
}

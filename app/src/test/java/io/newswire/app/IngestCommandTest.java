package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IngestCommandTest {

    @Test
    void shouldNotDrawTheProgressBarWhenStandardStreamsAreNotATerminal() {
        assertThat(IngestCommand.interactiveConsole()).as("surefire pipes the test JVM's standard streams").isFalse();
    }
}

package io.newswire.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the parsers and sources free of Kafka, so they can be reused by tools that never produce. */
class ModuleBoundaryTest {
    private static final Path MAIN = Path.of("src/main/java/io/newswire/producer");

    @Test
    void shouldKeepKafkaOutOfTheParseSourceAndSamplesPackages() throws IOException {
        for (String pkg : List.of("parse", "source", "samples")) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
                assertThat(files.filter(file -> file.toString().endsWith(".java")).toList())
                        .isNotEmpty()
                        .allSatisfy(file -> assertThat(Files.readString(file)).as("imports of %s", file)
                                .doesNotContain("import org.apache.kafka"));
            }
        }
    }
}

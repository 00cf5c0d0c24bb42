package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void captureStdout() {
        original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStdout() {
        System.setOut(original);
    }

    private int run(String... args) {
        return new CommandLine(new NewswireCli()).execute(args);
    }

    @Test
    void shouldPrintEachParsedStoryAsJsonAndExitZero() throws IOException {
        Path story = Files.writeString(dir.resolve("story.txt"),
                "World\n\nTalks resume in Geneva\n\nDiplomats met in Geneva on Monday.\n\nThey will meet again.\n");

        int status = run("parse", story.toString());

        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(out).contains("\"headline\":\"Talks resume in Geneva\"")
                .contains("\"paragraphs\":[\"Diplomats met in Geneva on Monday.\",\"They will meet again.\"]")
                .contains("\"section\":\"World\"");
    }

    @Test
    void shouldPrintTheRejectionReasonAndExitOneWhenAFileIsRejected() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");

        int status = run("parse", empty.toString());

        assertThat(status).isEqualTo(1);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("\"rejected\":");
    }
}

package io.newswire.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newswire.app.NewswireCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The whole {@code eval} command over the shared corpus; values are not pinned (the tagger moves). */
class EvaluationOnSharedCorpusTest {
    private static final Path CORPUS = Path.of("../../shared/corpus");

    @TempDir
    Path dir;

    @Test
    void shouldScoreAllFourDataSetsAndWriteExactlyThePrintedTableToTheReport() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "shared corpus not found at " + CORPUS.toAbsolutePath());
        Path report = dir.resolve("EVALUATION.md");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int status;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            status = new CommandLine(new NewswireCli()).execute("eval", "--corpus", CORPUS.toString(),
                    "--write", report.toString());
        } finally {
            System.setOut(original);
        }

        String printed = captured.toString(StandardCharsets.UTF_8);
        String table = printed.substring(0, printed.indexOf("\nWrote "));
        String markdown = Files.readString(report);
        assertThat(status).isZero();
        assertThat(printed).doesNotContain("skipped");
        assertThat(table).contains("TR-News toponyms (", "Reuters-21578 countries and people (",
                "Reference story (", "PolNeAR quotes and speakers (");
        assertThat(table.lines().filter(l -> l.matches("  \\S.*\\s(0\\.\\d{3}|1\\.000)\\s.*")).count())
                .isGreaterThanOrEqualTo(20);
        assertThat(table).doesNotContain("NaN");
        assertThat(markdown).contains(table, "## Targets", "## How scored", "## Top errors",
                "false-negative toponyms", "false-positive countries");
    }
}

package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.producer.Ingestor;
import io.newswire.producer.source.hotfolder.HotFolder;
import io.newswire.producer.source.hotfolder.HotFolderSettings;
import io.newswire.schemas.serde.AvroTrust;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WatchCommandTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadTheSettleTimeAndScanInterval() {
        WatchCommand command = new WatchCommand();
        new CommandLine(command).parseArgs("--settle", "2s", "--scan-interval", "250ms", "inbox");

        assertThat(command.settle).isEqualTo(Duration.ofSeconds(2));
        assertThat(command.scanInterval).isEqualTo(Duration.ofMillis(250));
        assertThat(command.dir).isEqualTo(Path.of("inbox"));
    }

    @Test
    void shouldDefaultToASecondOfSettleAndHalfASecondBetweenScans() {
        WatchCommand command = new WatchCommand();
        new CommandLine(command).parseArgs("inbox");

        assertThat(command.settle).isEqualTo(Duration.ofSeconds(1));
        assertThat(command.scanInterval).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void shouldPrintALinePerFileAndTheRunningTally() throws IOException {
        AvroTrust.trustNewswireSchemas();
        Files.writeString(dir.resolve("talks.txt"), "World\n\nTalks resume\n\nOfficials said on Monday that talks resume.\n");
        Files.write(dir.resolve("junk.bin"), new byte[] {(byte) 0xFF, 0});
        Ingestor ingestor = new Ingestor(story -> CompletableFuture.completedFuture(
                new RecordMetadata(new TopicPartition("raw", 0), 0, 0, 0, 0, 0)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        try (HotFolder folder = HotFolder.open(dir, ingestor, HotFolderSettings.defaults().withSettle(Duration.ZERO),
                Clock.systemUTC()); PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            WatchCommand.scanOnce(folder, out);
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .containsExactlyInAnyOrder("done  talks.txt -> done/talks.txt: published 1, duplicates 0",
                        "error junk.bin -> error/junk.bin: parse: not valid UTF-8: malformed byte sequence at byte offset 0"
                                + " (binary data or another charset?)",
                        "  done 1, error 1, waiting to retry 0");
    }
}

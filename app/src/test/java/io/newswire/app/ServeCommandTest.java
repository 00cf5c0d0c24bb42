package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.producer.source.http.BearerToken;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void shouldTakeTheTokenFromTheEnvironment() {
        BearerToken token = ServeCommand.token(null, Map.of(ServeCommand.TOKEN_VARIABLE, "from-env"));

        assertThat(token.isPresentedBy("Bearer from-env")).isTrue();
    }

    @Test
    void shouldPreferTheTokenFileAndIgnoreItsFinalNewline() throws Exception {
        Path file = Files.writeString(dir.resolve("token"), "from-file\n");

        BearerToken token = ServeCommand.token(file, Map.of(ServeCommand.TOKEN_VARIABLE, "from-env"));

        assertThat(token.isPresentedBy("Bearer from-file")).isTrue();
        assertThat(token.isPresentedBy("Bearer from-env")).isFalse();
    }

    @Test
    void shouldRefuseToGoWithoutAToken() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty"), "\n");

        assertThatThrownBy(() -> ServeCommand.token(null, Map.of())).hasMessageContaining(ServeCommand.TOKEN_VARIABLE);
        assertThatThrownBy(() -> ServeCommand.token(empty, Map.of())).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> ServeCommand.token(dir.resolve("missing"), Map.of()))
                .hasMessageContaining("cannot read the token file");
    }

    @Test
    void shouldCloseTheServerAndTheClientsWellWithinTheShutdownHooksBudget() {
        assertThat(ServeCommand.CLOSE_TIME).isLessThanOrEqualTo(ShutdownSignal.CLOSE_BUDGET.minusSeconds(5));
    }

    @Test
    void shouldExitWithStatus2BeforeStartingAnythingWhenTheTokenFileIsMissing() {
        CommandLine cli = new CommandLine(new NewswireCli());
        cli.setErr(new PrintWriter(new StringWriter()));

        int status = cli.execute("serve", "--port", "0", "--token-file", dir.resolve("missing").toString());

        assertThat(status).isEqualTo(2);
    }
}

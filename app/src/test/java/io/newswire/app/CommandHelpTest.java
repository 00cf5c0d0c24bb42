package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class CommandHelpTest {

    static List<String> commands() {
        return new CommandLine(new NewswireCli()).getSubcommands().keySet().stream()
                .filter(name -> !name.equals("help"))
                .toList();
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void shouldPrintUsageAndExitZeroForEveryCommand(String command) {
        CommandLine cli = new CommandLine(new NewswireCli());
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));

        int status = cli.execute(command, "--help");

        assertThat(status).isZero();
        assertThat(out.toString()).startsWith("Usage: newswire " + command);
    }
}

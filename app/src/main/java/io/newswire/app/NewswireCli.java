package io.newswire.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/newswire}: one subcommand per job. */
@Command(name = "newswire",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = NewswireCli.Version.class,
        description = {"Newswire: tag wire stories by region, actor and statement on Apache Kafka and route them to feeds.",
            "Commands that need Kafka start an embedded broker when no --bootstrap-servers is given."},
        subcommands = {
            DemoCommand.class,
            BrokerCommand.class,
            IngestCommand.class,
            ServeCommand.class,
            WatchCommand.class,
            ParseCommand.class,
            StreamCommand.class,
            TailCommand.class,
            AlertsCommand.class,
            WebhookCommand.class,
            PollCommand.class,
            TagCommand.class,
            BenchCommand.class,
            EvalCommand.class,
            CommandLine.HelpCommand.class
        })
public final class NewswireCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new NewswireCli()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = NewswireCli.class.getPackage().getImplementationVersion();
            return new String[] {"newswire " + (version == null ? "development build" : version)};
        }
    }
}

package io.newswire.app;

import io.newswire.app.eval.EvalReport;
import io.newswire.app.eval.Evaluation;
import io.newswire.app.eval.GitCommit;
import io.newswire.app.eval.MarkdownReport;
import io.newswire.app.eval.SectionResult;
import io.newswire.app.eval.TableFormatter;
import io.newswire.tagger.Tagger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval",
        description = {"Score the tagger on the development sets of the shared corpus (TR-News toponyms,",
            "Reuters-21578 countries and people, the reference story, PolNeAR quotes), print a table",
            "and write it with the targets, the scoring rules and the top errors to EVALUATION.md.",
            "A data set whose folder is absent is skipped with a message."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Shared corpus folder (default: <newswire.home>/../shared/corpus).")
    Path corpus;

    @Option(names = "--write", paramLabel = "FILE", description = "Report file (default: <newswire.home>/EVALUATION.md).")
    Path write;

    @Option(names = "--no-write", description = "Only print the table.")
    boolean noWrite;

    @Override
    public Integer call() throws Exception {
        Path home = Path.of(System.getProperty("newswire.home", ".")).toAbsolutePath().normalize();
        Path dir = corpus != null ? corpus : home.resolve("../shared/corpus").normalize();
        if (!Files.isDirectory(dir)) {
            System.err.println("newswire eval: corpus folder " + dir + " not found; give --corpus DIR");
            return 2;
        }
        EvalReport report = Evaluation.standard(Clock.systemDefaultZone())
                .run(dir, Tagger.loadDefault(), GitCommit.of(home).orElse(null));
        String table = TableFormatter.format(report);
        System.out.print(table);
        for (SectionResult section : report.sections()) {
            section.skipReason().ifPresent(reason ->
                    System.err.println("newswire eval: skipped " + section.title() + ": " + reason));
        }
        if (!noWrite) {
            Path file = write != null ? write : home.resolve("EVALUATION.md");
            Files.writeString(file, MarkdownReport.format(report, table), StandardCharsets.UTF_8);
            System.out.println("\nWrote " + file);
        }
        return 0;
    }
}

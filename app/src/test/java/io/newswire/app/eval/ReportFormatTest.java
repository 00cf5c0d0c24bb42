package io.newswire.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.tagger.Tagger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFormatTest {
    @TempDir
    Path emptyCorpus;

    private static EvalReport report() {
        ErrorTally misses = new ErrorTally();
        misses.add("Turkish");
        SectionResult toponyms = new SectionResult("TR-News toponyms", "2 articles", null, List.of(
                Figure.of("toponym F1 (overlap)", new Counts(3, 4, 6), Figure.Score.F1, 0.85),
                Figure.of("country accuracy (matched)", new Accuracy(3, 3), 0.95)),
                List.of(TopErrors.of("false-negative toponyms", misses, 10)));
        return new EvalReport(LocalDate.of(2024, 5, 1), "abc1234", "/corpus",
                List.of(toponyms, SectionResult.skipped("PolNeAR quotes and speakers", "/corpus/x not found")), 1500);
    }

    @Test
    void shouldPrintFiguresWithTargetsAndMarkWhatFallsShort() {
        String table = TableFormatter.format(report());

        assertThat(table).contains("Newswire tagging evaluation, 2024-05-01, commit abc1234, 1.5 s")
                .contains("TR-News toponyms (2 articles)")
                .containsPattern("toponym F1 \\(overlap\\) +0\\.600 +>=0\\.85 x +tp 3, pred 4, gold 6")
                .containsPattern("country accuracy \\(matched\\) +1\\.000 +>=0\\.95 +3/3")
                .contains("PolNeAR quotes and speakers: skipped, /corpus/x not found");
    }

    @Test
    void shouldQuoteThePrintedTableVerbatimInTheMarkdownReport() {
        String table = TableFormatter.format(report());

        String markdown = MarkdownReport.format(report(), table);

        assertThat(markdown).contains("at commit `abc1234`", "```\n" + table + "```", "## Targets",
                "## How scored", "- Turkish (1)");
    }

    @Test
    void shouldSkipEveryDataSetWithAMessageWhenTheCorpusFolderIsEmpty() {
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T00:00:00Z"), ZoneOffset.UTC);

        EvalReport report = Evaluation.standard(clock).run(emptyCorpus, Tagger.loadDefault(), null);

        assertThat(report.sections()).hasSize(4).allSatisfy(s -> assertThat(s.skipReason()).isPresent());
        assertThat(report.sections().get(0).skipReason().orElseThrow()).contains("TR-News.xml not found");
        assertThat(TableFormatter.format(report)).doesNotContain("commit");
    }
}

package io.newswire.app.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * EVALUATION.md: the printed table verbatim (so the file holds exactly the printed figures),
 * the targets, how each data set is scored ({@code how-scored.md}) and the top errors.
 */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String format(EvalReport report, String table) {
        StringBuilder md = new StringBuilder(8192);
        md.append("# Tagging evaluation\n\n");
        md.append("Written by `bin/newswire eval` on ").append(report.date())
                .append(report.commitId().map(c -> " at commit `" + c + "`").orElse(""))
                .append(" from the development sets in the shared corpus (`../shared/corpus`). Do not edit by hand:"
                        + " run `bin/newswire eval` again.\n\n");
        md.append("## Results\n\n`x` after a target: below it.\n\n```\n").append(table).append("```\n\n");
        md.append(resource("targets.md")).append('\n');
        md.append(resource("how-scored.md")).append('\n');
        md.append("## Top errors\n");
        for (SectionResult section : report.sections()) {
            if (section.skipReason().isPresent() || section.errors().isEmpty()) {
                continue;
            }
            md.append("\n### ").append(section.title()).append("\n");
            for (TopErrors errors : section.errors()) {
                md.append("\n").append(errors.kind()).append(" (").append(errors.total()).append(" in all)");
                md.append(errors.entries().isEmpty() ? ": none\n" : ":\n\n");
                for (ErrorTally.Entry entry : errors.entries()) {
                    md.append("- ").append(escape(entry.error())).append(" (").append(entry.count()).append(")\n");
                }
            }
        }
        return md.toString();
    }

    private static String escape(String text) {
        return text.replace("\n", " ").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
    }

    private static String resource(String name) {
        try (InputStream in = MarkdownReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

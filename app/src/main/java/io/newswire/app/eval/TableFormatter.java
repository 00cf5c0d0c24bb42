package io.newswire.app.eval;

import java.util.Locale;

/** The compact plain-text table {@code bin/newswire eval} prints and EVALUATION.md quotes verbatim. */
public final class TableFormatter {
    private static final String ROW = "  %-36s %6s  %-8s %s%n";

    private TableFormatter() {}

    public static String format(EvalReport report) {
        StringBuilder out = new StringBuilder(2048);
        out.append(String.format(Locale.ROOT, "Newswire tagging evaluation, %s%s, %.1f s%n", report.date(),
                report.commitId().map(c -> ", commit " + c).orElse(""), report.millis() / 1000.0));
        for (SectionResult section : report.sections()) {
            out.append('\n');
            if (section.skipReason().isPresent()) {
                out.append(section.title()).append(": skipped, ").append(section.skipReason().get()).append('\n');
                continue;
            }
            out.append(section.title()).append(" (").append(section.scope()).append(")\n");
            out.append(String.format(Locale.ROOT, ROW, "metric", "value", "target", "counts"));
            for (Figure figure : section.figures()) {
                out.append(String.format(Locale.ROOT, ROW, figure.metric(),
                        String.format(Locale.ROOT, "%.3f", figure.value()), target(figure), figure.detail()));
            }
        }
        return out.toString();
    }

    private static String target(Figure figure) {
        if (figure.targetValue().isEmpty()) {
            return "";
        }
        double target = figure.targetValue().getAsDouble();
        return String.format(Locale.ROOT, ">=%.2f%s", target, figure.value() >= target ? "" : " x");
    }
}

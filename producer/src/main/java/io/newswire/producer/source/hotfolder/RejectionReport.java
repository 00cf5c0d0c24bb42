package io.newswire.producer.source.hotfolder;

import io.newswire.producer.IngestOutcome;
import io.newswire.producer.IngestSummary;
import java.util.Locale;

/** The text of a {@code .reason} file: one line per rejected item, its stage and reason. */
final class RejectionReport {
    private RejectionReport() {}

    /**
     * {@code parse: not valid UTF-8 ...}, one line per rejected item, with a note when the item
     * could not be written to the dead-letter topic either (this file is then its only copy).
     */
    static String of(IngestSummary summary) {
        StringBuilder text = new StringBuilder();
        for (IngestOutcome rejection : summary.rejections()) {
            text.append(line(rejection)).append('\n');
        }
        return text.toString();
    }

    /** The first rejection, with how many more there were and what else the file held. */
    static String firstLine(IngestSummary summary) {
        String first = line(summary.rejections().get(0));
        int more = summary.rejected() - 1;
        String others = summary.published() + summary.duplicates() == 0 ? ""
                : "; published " + summary.published() + ", duplicates " + summary.duplicates();
        return first + (more == 0 ? "" : " (and " + more + " more rejected)") + others;
    }

    private static String line(IngestOutcome rejection) {
        String line = rejection.stage().name().toLowerCase(Locale.ROOT) + ": " + rejection.reason();
        return rejection.deadLetterFailure() == null ? line
                : line + " [not written to the dead-letter topic: " + rejection.deadLetterFailure() + "]";
    }
}

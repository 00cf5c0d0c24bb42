package io.newswire.app.demo;

import io.newswire.producer.IngestSummary;
import io.newswire.schemas.Alert;
import io.newswire.schemas.Statement;
import io.newswire.schemas.TaggedStory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Prints what the demo run produced, the way a desk editor would want to read it. */
final class DemoReport {
    private final PrintStream out;

    DemoReport(PrintStream out) {
        this.out = out;
    }

    void print(IngestSummary ingest, IngestSummary resend, DemoInputs inputs, OutputCollector output, String feedPrefix) {
        heading("Ingest");
        out.printf("%s (the %d deliberate re-sends are the duplicates)%n", ingest.line(), inputs.resent());
        out.printf("second producer, re-sending the first story: %s%n", resend.line());
        out.printf("tagged stories on the firehose: %d (the second producer's re-send dropped by the version gate)%n",
                output.tagged.size());
        if (!inputs.hasReference()) {
            out.println("note: the reference story (../" + DemoInputs.REFERENCE + ") was not found; sent the samples only");
        }
        heading("Stories");
        output.tagged.forEach(story -> out.printf("  %-70s countries %s, focus %s%n",
                clip(story.getStory().getHeadline(), 70), story.getCountries(), story.getFocusCountries()));
        heading("Feeds");
        for (Map.Entry<String, List<TaggedStory>> feed : output.feeds.entrySet()) {
            out.printf("%s%s (%d)%n", feedPrefix, feed.getKey(), feed.getValue().size());
            feed.getValue().forEach(story -> out.println("    - " + story.getStory().getHeadline()));
        }
        heading("Statements (" + output.statements.size() + ")");
        for (Statement statement : output.statements) {
            out.printf("  %s%s: \u201c%s\u201d%n", statement.getSpeaker(),
                    statement.getOfficial() ? " [official]" : "", clip(statement.getQuote(), 110));
        }
        heading("Alerts fired (" + output.alerts.size() + ")");
        for (Alert alert : output.alerts) {
            out.printf("  ALERT %s: \u201c%s\u201d%n        in \u201c%s\u201d%n", alert.getSpeaker(),
                    clip(alert.getQuote(), 100), alert.getHeadline());
        }
        heading("Dead-lettered (" + output.rejected.size() + ")");
        for (ConsumerRecord<byte[], byte[]> dead : output.rejected) {
            out.printf("  key %s, %d original bytes kept: %s%n", dead.key() == null ? "-" : new String(dead.key(),
                    StandardCharsets.UTF_8), dead.value() == null ? 0 : dead.value().length,
                    header(dead, "__streams.errors.message"));
        }
    }

    private void heading(String title) {
        out.println();
        out.println(title);
        out.println("-".repeat(title.length()));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}

package io.newswire.app.demo;

import io.newswire.schemas.Alert;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What must hold after a demo run; the demo exits non-zero when any check fails. */
final class DemoChecks {
    private DemoChecks() {}

    static List<String> problems(OutputCollector output, int expectedStories, boolean complete, Duration timeout) {
        List<String> problems = new ArrayList<>();
        if (!complete) {
            problems.add("results did not arrive within " + timeout);
        }
        if (output.tagged.size() != expectedStories) {
            problems.add("expected " + expectedStories + " tagged stories (re-sends dropped), got " + output.tagged.size());
        }
        Set<String> alerted = new HashSet<>();
        for (Alert alert : output.alerts) {
            if (!alerted.add(alert.getStatementId())) {
                problems.add("statement " + alert.getStatementId() + " of " + alert.getSpeaker() + " alerted twice");
            }
        }
        if (output.rejected.size() != 1) {
            problems.add("expected exactly the one corrupt record dead-lettered, got " + output.rejected.size());
        }
        return problems;
    }
}

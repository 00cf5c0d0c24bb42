package io.newswire.app.bench;

import io.newswire.schemas.serde.NewswireSerdes;
import io.newswire.streams.config.NewswireConfig;
import io.newswire.streams.config.TopicNames;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;

/** What every scenario of one run shares: the broker, the run id, the settings and the send log. */
record ScenarioContext(
        String bootstrapServers, String runId, BenchSettings settings, Admin admin, SendLog sendLog,
        NewswireSerdes serdes) {

    /** Topic names unique to this scenario and run: {@code bench-full-<run>-newswire.stories.raw}. */
    TopicNames topicNames(String scenarioSlug) {
        return TopicNames.DEFAULT.prefixed(topicPrefix(scenarioSlug));
    }

    String applicationId(String scenarioSlug) {
        return "newswire-bench-" + scenarioSlug + "-" + runId;
    }

    /** Deletes the scenario's topics and its streams app's internal topics. */
    void deleteTopics(String scenarioSlug) {
        BenchTopics.deleteStartingWith(admin, List.of(topicPrefix(scenarioSlug), applicationId(scenarioSlug) + "-"));
    }

    private String topicPrefix(String scenarioSlug) {
        return "bench-" + scenarioSlug + "-" + runId + "-";
    }

    /** The app's config with this scenario's topics, application id and state directory. */
    NewswireConfig config(String scenarioSlug, Path stateDir) {
        return NewswireConfig.defaults()
                .withBootstrapServers(bootstrapServers)
                .withApplicationId(applicationId(scenarioSlug))
                .withTopics(topicNames(scenarioSlug))
                .withStateDir(stateDir)
                .withCommitInterval(settings.commitInterval());
    }

    /** The same context with an empty send log, so one scenario's sends never time another's outputs. */
    ScenarioContext withFreshSendLog() {
        return new ScenarioContext(bootstrapServers, runId, settings, admin, new SendLog(), serdes);
    }

    String probeGroup(String scenarioSlug, String output) {
        return "newswire-bench-probe-" + scenarioSlug + "-" + output + "-" + runId;
    }
}

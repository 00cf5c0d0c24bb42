package io.newswire.app.bench;

import java.util.List;

/** A running streams application under test, with its input topic and the probes on its outputs. */
interface Scenario extends AutoCloseable {

    String name();

    /** The topic the stories are produced to. */
    String inputTopic();

    /** Probes on the outputs; the first one's arrivals define throughput and completeness. */
    List<LatencyProbe> probes();

    /** Stops the probes and the application and deletes its state directory. */
    @Override
    void close();
}

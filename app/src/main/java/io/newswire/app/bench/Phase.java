package io.newswire.app.bench;

import java.util.Locale;

/** A phase of a scenario run; the phase is part of every story id, so outputs tell phases apart. */
enum Phase {
    JVM_WARM_UP("jvm"),
    WARM_UP("warmup"),
    MAX_RATE("max"),
    FIXED_RATE("rate");

    private static final String ID_PREFIX = "bench-";

    private final String slug;

    Phase(String slug) {
        this.slug = slug;
    }

    /** Prefix of the ids of this phase's stories: {@code bench-max-}. */
    String idPrefix() {
        return ID_PREFIX + slug + "-";
    }

    /** The phase a story id belongs to; null for ids the benchmark did not make. */
    static Phase ofStoryId(String storyId) {
        if (storyId == null || !storyId.startsWith(ID_PREFIX)) {
            return null;
        }
        for (Phase phase : values()) {
            if (storyId.startsWith(phase.idPrefix())) {
                return phase;
            }
        }
        return null;
    }

    String label(BenchSettings settings) {
        return switch (this) {
            case JVM_WARM_UP -> "JVM warm-up";
            case WARM_UP -> "warm-up";
            case MAX_RATE -> settings.targetRate() == 0
                    ? "max rate" : String.format(Locale.ROOT, "%d/s", settings.targetRate());
            case FIXED_RATE -> String.format(Locale.ROOT, "%d/s", settings.latencyRate());
        };
    }
}

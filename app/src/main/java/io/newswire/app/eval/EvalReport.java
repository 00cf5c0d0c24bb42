package io.newswire.app.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code bin/newswire eval} found.
 *
 * @param commit the short git commit of the code evaluated, or {@code null} when unknown
 * @param corpus where the development sets were read
 */
public record EvalReport(LocalDate date, String commit, String corpus, List<SectionResult> sections, long millis) {
    public EvalReport {
        sections = List.copyOf(sections);
    }

    public Optional<String> commitId() {
        return Optional.ofNullable(commit);
    }
}

package io.newswire.app.eval;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of one data set: its figures and top errors, or why it was skipped.
 *
 * @param title the section title ("TR-News toponyms")
 * @param scope what was scored ("118 articles, 1319 gold toponyms")
 * @param skipped the reason the data set was not scored, or {@code null}
 */
public record SectionResult(String title, String scope, String skipped, List<Figure> figures, List<TopErrors> errors) {
    public SectionResult {
        figures = List.copyOf(figures);
        errors = List.copyOf(errors);
    }

    public static SectionResult skipped(String title, String reason) {
        return new SectionResult(title, "", reason, List.of(), List.of());
    }

    public Optional<String> skipReason() {
        return Optional.ofNullable(skipped);
    }
}

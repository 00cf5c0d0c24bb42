package io.newswire.streams.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedRulesTest {

    private static FeedRules parse(String yaml) {
        return FeedRules.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    private static StoryFacts story(List<String> countries, List<String> focus, List<String> regions, List<String> actors) {
        return new StoryFacts(countries, focus, regions, actors);
    }

    @Test
    void shouldShipTheFeedsTheDesksExpect() {
        assertThat(FeedRules.loadDefault().rules()).extracting(FeedRule::name)
                .contains("syria", "middle-east", "russia", "united-states");
    }

    @Test
    void shouldRouteAStoryToEveryFeedWhoseConditionHolds() {
        FeedRules rules = FeedRules.loadDefault();

        List<String> feeds = rules.route(story(List.of("SY", "RU", "US", "LA"), List.of("SY"), List.of("middle-east"),
                List.of("john-kerry", "islamic-state")));

        assertThat(feeds).containsExactly("syria", "middle-east", "russia", "united-states", "jihadist-groups");
    }

    @Test
    void shouldRequireEveryCriterionInAllMode() {
        FeedRules rules = parse("""
                feeds:
                  - name: syria-focus-officials
                    mode: all
                    match:
                      focus_countries: [sy]
                      actors: [john-kirby]
                """);

        assertThat(rules.route(story(List.of("SY"), List.of("SY"), List.of(), List.of("john-kirby"))))
                .containsExactly("syria-focus-officials");
        assertThat(rules.route(story(List.of("SY"), List.of("SY"), List.of(), List.of()))).isEmpty();
    }

    @Test
    void shouldRejectAFeedWithoutAName() {
        assertThatThrownBy(() -> parse("feeds:\n  - match: {countries: [SY]}\n"))
                .hasMessageContaining("test.yaml: every feed needs a 'name:' string");
    }

    @Test
    void shouldRejectAnUnknownModeNamingTheFeed() {
        assertThatThrownBy(() -> parse("feeds:\n  - name: x\n    mode: some\n    match: {countries: [SY]}\n"))
                .hasMessageContaining("feed 'x' has mode 'some'; use 'any' or 'all'");
    }

    @Test
    void shouldRejectAnUnknownCriterion() {
        assertThatThrownBy(() -> parse("feeds:\n  - name: x\n    match: {country: [SY]}\n"))
                .hasMessageContaining("unknown criterion 'country'");
    }

    @Test
    void shouldRejectTheSameFeedTwice() {
        assertThatThrownBy(() -> parse("feeds:\n  - name: x\n    match: {countries: [SY]}\n"
                + "  - name: x\n    match: {countries: [RU]}\n"))
                .hasMessageContaining("feed 'x' is defined twice");
    }
}

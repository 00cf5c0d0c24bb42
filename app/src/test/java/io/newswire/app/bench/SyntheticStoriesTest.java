package io.newswire.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.schemas.WireStory;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticStoriesTest {
    private static final int MIN = 3 * 1024;
    private static final int MAX = 5 * 1024;

    @Test
    void shouldGenerateTheSameStoriesForTheSameSeed() {
        List<WireStory> first = new SyntheticStories(7, MIN, MAX).generate("s-", 20);
        List<WireStory> second = new SyntheticStories(7, MIN, MAX).generate("s-", 20);

        assertThat(first).isEqualTo(second);
    }

    @Test
    void shouldGenerateDifferentStoriesForAnotherSeed() {
        WireStory one = new SyntheticStories(7, MIN, MAX).next("a");
        WireStory other = new SyntheticStories(8, MIN, MAX).next("a");

        assertThat(one.getParagraphs()).isNotEqualTo(other.getParagraphs());
    }

    @Test
    void shouldKeepEveryStoryWithinTheSizeRange() {
        List<WireStory> stories = new SyntheticStories(1, MIN, MAX).generate("s-", 300);

        assertThat(stories).allSatisfy(story -> assertThat(SyntheticStories.sizeOf(story)).isBetween(MIN, MAX));
        assertThat(stories).extracting(SyntheticStories::sizeOf).contains(stories.stream()
                .map(SyntheticStories::sizeOf).filter(size -> size > 4 * 1024).findFirst().orElseThrow());
    }

    @Test
    void shouldWriteWireStyleStoriesWithQuotesDatelinesAndSeveralParagraphs() {
        List<WireStory> stories = new SyntheticStories(3, MIN, MAX).generate("bench-max-", 50);

        assertThat(stories).extracting(WireStory::getId).startsWith("bench-max-000000", "bench-max-000001");
        assertThat(stories).allSatisfy(story -> {
            assertThat(story.getParagraphs()).hasSizeGreaterThan(5);
            assertThat(story.getDateline().getText()).matches("[A-Z .'-]+, [A-Z][a-z.]+ \\d+ \\(.+\\) -");
            assertThat(String.join("\n\n", story.getParagraphs())).contains("\"").contains(" said");
            assertThat(story.getParagraphs()).noneMatch(p -> p.contains("{") || p.contains("}"));
        });
        String corpus = stories.stream().flatMap(s -> s.getParagraphs().stream()).reduce("", String::concat);
        assertThat(corpus).contains("told reporters", "condition of anonymity", "Minister");
    }

    @Test
    void shouldSetStoriesInManyPlaces() {
        long cities = new SyntheticStories(5, MIN, MAX).generate("s-", 100).stream()
                .map(s -> s.getDateline().getPlace())
                .distinct()
                .count();

        assertThat(cities).isGreaterThan(15);
    }

    @Test
    void shouldRefuseASizeRangeTooSmallForAWireStory() {
        assertThatThrownBy(() -> new SyntheticStories(1, 200, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size range");
    }
}

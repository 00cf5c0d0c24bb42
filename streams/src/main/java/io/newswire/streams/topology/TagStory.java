package io.newswire.streams.topology;

import io.newswire.schemas.PubStatus;
import io.newswire.schemas.TaggedStory;
import io.newswire.schemas.WireStory;
import io.newswire.streams.feeds.FeedRules;
import io.newswire.streams.feeds.StoryFacts;
import io.newswire.tagger.ActorTag;
import io.newswire.tagger.StoryTags;
import io.newswire.tagger.Tagger;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.streams.kstream.ValueMapper;

/**
 * Tags one story and decides its feeds. A kill ({@code pubStatus=CANCELED}) is passed on untagged.
 * A story with no text throws
 * {@link UntaggableStoryException}, which the processing exception handler dead-letters.
 */
final class TagStory implements ValueMapper<WireStory, TaggedStory> {
    private final Tagger tagger;
    private final FeedRules feeds;
    private final Clock clock;

    TagStory(Tagger tagger, FeedRules feeds, Clock clock) {
        this.tagger = tagger;
        this.feeds = feeds;
        this.clock = clock;
    }

    @Override
    public TaggedStory apply(WireStory story) {
        if (story.getPubStatus() == PubStatus.CANCELED) {
            // a kill carries no news to tag; KillRouting sends it to the feeds the story reached
            return TaggedStoryMapper.toTaggedStory(story, StoryTags.EMPTY, List.of(), clock.instant());
        }
        if (story.getHeadline().isBlank() && story.getParagraphs().stream().allMatch(String::isBlank)) {
            throw new UntaggableStoryException(story.getId(), "it has neither headline nor body text");
        }
        StoryTags tags = tagger.tag(StoryText.of(story));
        List<String> routed = feeds.route(new StoryFacts(
                tags.countries(),
                tags.focusCountries(),
                tags.regions(),
                tags.actors().stream().map(ActorTag::id).toList()));
        return TaggedStoryMapper.toTaggedStory(story, tags, routed, clock.instant());
    }
}

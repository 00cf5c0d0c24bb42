package io.newswire.streams.topology;

import io.newswire.schemas.TaggedStory;
import io.newswire.streams.config.TopicNames;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.RecordContext;
import org.apache.kafka.streams.processor.TopicNameExtractor;

/** Picks the feed topic from the header {@link FeedRouter} set. Feed topics must exist beforehand. */
final class FeedTopicExtractor implements TopicNameExtractor<String, TaggedStory> {
    private final TopicNames names;

    FeedTopicExtractor(TopicNames names) {
        this.names = names;
    }

    @Override
    public String extract(String key, TaggedStory value, RecordContext context) {
        Header header = context.headers().lastHeader(FeedRouter.FEED_HEADER);
        if (header == null) {
            throw new IllegalStateException("story " + key + " reached the feed sink without a feed header");
        }
        return names.feed(new String(header.value(), StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "FeedTopicExtractor(" + names.feedPrefix() + "<feed>)";
    }
}

package io.newswire.streams.topology;

import io.newswire.schemas.TaggedStory;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Forwards a tagged story once per feed it was routed to, with the feed's name in the
 * {@value #FEED_HEADER} header; {@link FeedTopicExtractor} turns the header into the topic. The
 * header stays on the feed record, so consumers of several feeds can tell where it came from.
 */
final class FeedRouter implements FixedKeyProcessor<String, TaggedStory, TaggedStory> {
    static final String FEED_HEADER = "newswire.feed";

    private FixedKeyProcessorContext<String, TaggedStory> context;

    @Override
    public void init(FixedKeyProcessorContext<String, TaggedStory> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, TaggedStory> record) {
        for (String feed : record.value().getFeeds()) {
            Headers headers = new RecordHeaders(record.headers().toArray());
            headers.remove(FEED_HEADER);
            headers.add(FEED_HEADER, feed.getBytes(StandardCharsets.UTF_8));
            context.forward(record.withHeaders(headers));
        }
    }
}

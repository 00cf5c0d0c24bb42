package io.newswire.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.schemas.PubStatus;
import io.newswire.schemas.Span;
import io.newswire.schemas.Statement;
import io.newswire.schemas.WireStory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {
    private final NewswireSerdes serdes = NewswireSerdes.create();

    static WireStory story() {
        return WireStory.newBuilder()
                .setId("story-1")
                .setVersion(2)
                .setHeadline("Kerry presses on with Russian talks on Syria")
                .setParagraphs(List.of("First paragraph.", "Second paragraph."))
                .setReceivedAt(Instant.parse("2016-08-05T10:00:00Z"))
                .setSection("Middle East")
                .build();
    }

    @Test
    void shouldRoundTripWireStoryWithSingleObjectEncoding() {
        AvroSerde<WireStory> serde = serdes.wireStory();
        byte[] bytes = serde.serializer().serialize("t", story());

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(story());
    }

    @Test
    void shouldRoundTripOptionalTimestampsThroughTheGeneratedModelsConversions() {
        Statement statement = Statement.newBuilder()
                .setId("s1")
                .setStoryId("story-1")
                .setStoryReceivedAt(Instant.parse("2016-08-05T10:00:00.123Z"))
                .setQuote("We believe this approach is still worth pursuing,")
                .setQuoteSpan(new Span(1, 50))
                .setSpeaker("John Kirby")
                .setSpeakerId("john-kirby")
                .setOfficial(true)
                .build();

        AvroSerde<Statement> serde = serdes.statement();

        assertThat(serde.decode(serde.encode(statement))).isEqualTo(statement);
    }

    @Test
    void shouldPassNullThroughForTombstones() {
        assertThat(serdes.wireStory().serializer().serialize("t", null)).isNull();
        assertThat(serdes.wireStory().deserializer().deserialize("t", null)).isNull();
    }

    @Test
    void shouldResolveRecordWrittenWithOlderSchema() throws IOException {
        Schema older = readSchema("WireStory.v0-test.avsc");
        GenericRecord old = new GenericData.Record(older);
        old.put("id", "old-1");
        old.put("headline", "Written by an older producer");
        old.put("paragraphs", List.of("Body."));
        old.put("receivedAt", 1_470_391_200_000L);
        ByteBuffer written = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(old);

        AvroSerde<WireStory> serde = NewswireSerdes.forType(
                WireStory.class, SchemaHistory.of(List.of(older, WireStory.getClassSchema())));
        WireStory read = serde.decode(toBytes(written));

        assertThat(read.getId()).isEqualTo("old-1");
        assertThat(read.getVersion()).isEqualTo(1);
        assertThat(read.getPubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(read.getSubjects()).isEmpty();
    }

    @Test
    void shouldRejectRecordWrittenWithUnknownSchema() throws IOException {
        Schema older = readSchema("WireStory.v0-test.avsc");
        GenericRecord old = new GenericData.Record(older);
        old.put("id", "old-1");
        old.put("headline", "h");
        old.put("paragraphs", List.of());
        old.put("receivedAt", 0L);
        byte[] bytes = toBytes(new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(old));

        assertThatThrownBy(() -> serdes.wireStory().decode(bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot decode WireStory");
    }

    @Test
    void shouldRejectBytesThatAreNotSingleObjectEncoded() {
        byte[] junk = "not avro at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> serdes.wireStory().deserializer().deserialize("t", junk))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot decode WireStory from 15 bytes");
    }

    private static Schema readSchema(String name) throws IOException {
        try (InputStream in = AvroSerdeTest.class.getResourceAsStream(name)) {
            return new Schema.Parser().parse(in);
        }
    }

    private static byte[] toBytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}

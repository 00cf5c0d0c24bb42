package io.newswire.streams.topology;

import io.newswire.schemas.SignatureBand;
import io.newswire.schemas.StoryMinHash;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The serde of {@link IndexValue}: one tag byte saying which kind of value follows, then the Avro
 * single-object encoding of its {@code StoryMinHash} or {@code SignatureBand}. The bytes stay in
 * this instance's local store (no changelog, no topic), but Avro keeps them readable across
 * schema versions all the same.
 */
final class IndexValueSerde implements Serde<IndexValue> {
    private static final byte SIGNATURE = 1;
    private static final byte BAND = 2;

    private final Serializer<StoryMinHash> minHashWriter;
    private final Deserializer<StoryMinHash> minHashReader;
    private final Serializer<SignatureBand> bandWriter;
    private final Deserializer<SignatureBand> bandReader;

    IndexValueSerde(Serde<StoryMinHash> minHashes, Serde<SignatureBand> bands) {
        this.minHashWriter = minHashes.serializer();
        this.minHashReader = minHashes.deserializer();
        this.bandWriter = bands.serializer();
        this.bandReader = bands.deserializer();
    }

    byte[] encode(IndexValue value) {
        if (value instanceof IndexValue.StoredSignature signature) {
            return tagged(SIGNATURE, minHashWriter.serialize(null, signature.minHash()));
        }
        return tagged(BAND, bandWriter.serialize(null, ((IndexValue.StoredBand) value).band()));
    }

    IndexValue decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new SerializationException("an index value has at least its tag byte, got 0 bytes");
        }
        byte[] body = Arrays.copyOfRange(bytes, 1, bytes.length);
        return switch (bytes[0]) {
            case SIGNATURE -> new IndexValue.StoredSignature(minHashReader.deserialize(null, body));
            case BAND -> new IndexValue.StoredBand(bandReader.deserialize(null, body));
            default -> throw new SerializationException("unknown index value tag " + bytes[0]);
        };
    }

    @Override
    public Serializer<IndexValue> serializer() {
        return (topic, value) -> value == null ? null : encode(value);
    }

    @Override
    public Deserializer<IndexValue> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }

    private static byte[] tagged(byte tag, byte[] body) {
        byte[] bytes = new byte[body.length + 1];
        bytes[0] = tag;
        System.arraycopy(body, 0, bytes, 1, body.length);
        return bytes;
    }
}

package io.newswire.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.schemas.SignatureBand;
import io.newswire.schemas.SignatureEntry;
import io.newswire.schemas.StoryMinHash;
import io.newswire.schemas.serde.NewswireSerdes;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class IndexValueSerdeTest {
    private static final NewswireSerdes SERDES = NewswireSerdes.create();
    private final IndexValueSerde serde = new IndexValueSerde(SERDES.storyMinHash(), SERDES.signatureBand());

    @Test
    void shouldReadBackASignatureAsASignatureAndABandAsABand() {
        ByteBuffer signature = ByteBuffer.allocate(256);
        signature.putInt(0, 42);
        IndexValue minHash = new IndexValue.StoredSignature(
                new StoryMinHash(signature, Instant.parse("2016-08-05T10:00:00Z")));
        IndexValue band = new IndexValue.StoredBand(new SignatureBand(List.of(
                new SignatureEntry("a", Instant.parse("2016-08-05T10:00:00Z")),
                new SignatureEntry("b", Instant.parse("2016-08-05T11:00:00Z")))));

        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", minHash))).isEqualTo(minHash);
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", band))).isEqualTo(band);
        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
    }

    @Test
    void shouldRejectBytesWithoutAKnownTag() {
        assertThatThrownBy(() -> serde.decode(new byte[] {9, 1, 2})).isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown index value tag 9");
        assertThatThrownBy(() -> serde.decode(new byte[0])).isInstanceOf(SerializationException.class)
                .hasMessageContaining("0 bytes");
    }
}

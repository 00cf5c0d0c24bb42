package io.newswire.schemas.serde;

import io.newswire.schemas.Alert;
import io.newswire.schemas.SignatureBand;
import io.newswire.schemas.Statement;
import io.newswire.schemas.StoryMinHash;
import io.newswire.schemas.TaggedStory;
import io.newswire.schemas.WireStory;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * The serdes of every Newswire value type, built once and shared. Keys are plain UTF-8 strings
 * ({@code Serdes.String()}).
 */
public final class NewswireSerdes {
    private final AvroSerde<WireStory> wireStory;
    private final AvroSerde<TaggedStory> taggedStory;
    private final AvroSerde<Statement> statement;
    private final AvroSerde<Alert> alert;
    private final AvroSerde<SignatureBand> signatureBand;
    private final AvroSerde<StoryMinHash> storyMinHash;

    static {
        AvroTrust.trustNewswireSchemas();
    }

    private NewswireSerdes(SchemaHistory history) {
        this.wireStory = serde(WireStory.class, WireStory.getClassSchema(), history);
        this.taggedStory = serde(TaggedStory.class, TaggedStory.getClassSchema(), history);
        this.statement = serde(Statement.class, Statement.getClassSchema(), history);
        this.alert = serde(Alert.class, Alert.getClassSchema(), history);
        this.signatureBand = serde(SignatureBand.class, SignatureBand.getClassSchema(), history);
        this.storyMinHash = serde(StoryMinHash.class, StoryMinHash.getClassSchema(), history);
    }

    public static NewswireSerdes create() {
        return new NewswireSerdes(SchemaHistory.load());
    }

    public AvroSerde<WireStory> wireStory() {
        return wireStory;
    }

    public AvroSerde<TaggedStory> taggedStory() {
        return taggedStory;
    }

    public AvroSerde<Statement> statement() {
        return statement;
    }

    public AvroSerde<Alert> alert() {
        return alert;
    }

    public AvroSerde<SignatureBand> signatureBand() {
        return signatureBand;
    }

    public AvroSerde<StoryMinHash> storyMinHash() {
        return storyMinHash;
    }

    /** A serde for any generated record type, resolving older writer schemas from {@code history}. */
    public static <T extends SpecificRecord> AvroSerde<T> forType(Class<T> type, SchemaHistory history) {
        return serde(type, SpecificDataHolder.schemaOf(type), history);
    }

    private static <T extends SpecificRecord> AvroSerde<T> serde(Class<T> type, Schema schema, SchemaHistory history) {
        return new AvroSerde<>(type, schema, history);
    }
}

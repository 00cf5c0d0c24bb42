package io.newswire.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.Alert;
import io.newswire.schemas.SignatureBand;
import io.newswire.schemas.Statement;
import io.newswire.schemas.StoryMinHash;
import io.newswire.schemas.TaggedStory;
import io.newswire.schemas.WireStory;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build-time compatibility gate: every current schema must read data written with each
 * released version (backward) and every released reader must read data written with the current
 * schema (forward). A failing case means a field was removed without a default, a type was
 * narrowed, or an enum symbol vanished: add a default or a new field instead.
 */
class SchemaCompatibilityTest {
    private static final SchemaHistory HISTORY = SchemaHistory.load();

    static Stream<Schema> currentSchemas() {
        return Stream.of(
                WireStory.getClassSchema(),
                TaggedStory.getClassSchema(),
                Statement.getClassSchema(),
                Alert.getClassSchema(),
                SignatureBand.getClassSchema(),
                StoryMinHash.getClassSchema());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void shouldHaveAtLeastOneReleasedVersion(Schema current) {
        assertThat(HISTORY.versionsOf(current.getFullName()))
                .as("released versions of %s", current.getFullName())
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void shouldReadEveryReleasedVersion(Schema current) {
        for (Schema released : HISTORY.versionsOf(current.getFullName())) {
            assertCompatible(current, released, "current reader, released writer");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void shouldBeReadableByEveryReleasedVersion(Schema current) {
        for (Schema released : HISTORY.versionsOf(current.getFullName())) {
            assertCompatible(released, current, "released reader, current writer");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void shouldDocumentEveryField(Schema current) {
        List<String> undocumented = current.getFields().stream()
                .filter(f -> f.doc() == null || f.doc().isBlank())
                .map(Schema.Field::name)
                .toList();
        assertThat(undocumented).as("fields of %s without doc", current.getFullName()).isEmpty();
    }

    private static void assertCompatible(Schema reader, Schema writer, String direction) {
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        assertThat(result.getType())
                .as("%s (%s): %s", reader.getFullName(), direction, result.getResult().getIncompatibilities())
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }
}

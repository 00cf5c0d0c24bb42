package io.newswire.schemas.serde;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/** Looks up the schema a generated Avro class was compiled from. */
final class SpecificDataHolder {
    private SpecificDataHolder() {}

    static Schema schemaOf(Class<?> type) {
        return new SpecificData(type.getClassLoader()).getSchema(type);
    }
}

package org.scofacts.json;

import java.util.List;
import org.scofacts.data.ScoDataset;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes the whole dataset: its format version, version and check date, then its countries, sources and
 * facts, each a record through {@link RecordSerializer}. Countries and sources are written whole here, and
 * by code or identifier wherever a fact or a country refers to them.
 */
final class DatasetSerializer extends ValueSerializer<ScoDataset> {

    private static final RecordSerializer RECORDS = new RecordSerializer();

    @Override
    public void serialize(ScoDataset data, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeStartObject();
        gen.writeNumberProperty(DatasetJson.FORMAT_VERSION_FIELD, DatasetJson.FORMAT_VERSION);
        gen.writeStringProperty("version", data.version());
        gen.writeStringProperty("checkedThrough", data.checkedThrough().toString());
        records("countries", data.countries(), gen, ctxt);
        records("sources", data.sources(), gen, ctxt);
        records("facts", data.facts().map(Record.class::cast).toList(), gen, ctxt);
        gen.writeEndObject();
    }

    private static void records(String name, List<? extends Record> records, JsonGenerator gen,
                                SerializationContext ctxt) {
        gen.writeArrayPropertyStart(name);
        records.forEach(record -> RECORDS.serialize(record, gen, ctxt));
        gen.writeEndArray();
    }
}

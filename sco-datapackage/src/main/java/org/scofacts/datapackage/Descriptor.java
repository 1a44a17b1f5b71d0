package org.scofacts.datapackage;

import java.util.List;
import org.scofacts.data.ScoDataset;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code datapackage.json}: the package's Frictionless descriptor (Tabular Data Package, v1), with a Table
 * Schema per table, the data version, the check date, the licence and how to cite the data.
 */
final class Descriptor {

    static final String NAME = "sco-facts";
    static final String HOMEPAGE = "https://github.com/scofacts/sco-facts";
    static final String LICENCE_ID = "CC-BY-4.0";
    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Descriptor() {
    }

    static String citation(ScoDataset data) {
        return "SCO Facts contributors (" + data.checkedThrough().getYear() + "). SCO Facts: source-cited facts about"
                + " the Shanghai Cooperation Organisation, data version " + data.version() + " (checked through "
                + data.checkedThrough() + ") [Data set]. " + HOMEPAGE;
    }

    static String json(ScoDataset data, List<Table> tables) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("profile", "tabular-data-package");
        root.put("name", NAME);
        root.put("title", "SCO Facts: the Shanghai Cooperation Organisation, source-cited");
        root.put("description", "Curated facts about the Shanghai Cooperation Organisation from 1996 to the check"
                + " date: the status of every state over time, council meetings, documents, officials, chairs,"
                + " designations, events, figures, accession steps, partnerships and principles, each citing its"
                + " sources. Generated from the SCO Facts library's bundled dataset; see docs/data.md for the codebook.");
        root.put("version", data.version());
        root.put("checkedThrough", data.checkedThrough().toString());
        root.put("homepage", HOMEPAGE);
        ArrayNode licenses = root.putArray("licenses");
        ObjectNode licence = licenses.addObject();
        licence.put("name", LICENCE_ID);
        licence.put("path", LICENCE_URL);
        licence.put("title", "Creative Commons Attribution 4.0 International");
        root.put("citation", citation(data));
        ArrayNode keywords = root.putArray("keywords");
        List.of("Shanghai Cooperation Organisation", "SCO", "international organisations", "membership",
                "Correlates of War").forEach(keywords::add);
        ArrayNode contributors = root.putArray("contributors");
        ObjectNode authors = contributors.addObject();
        authors.put("title", "SCO Facts contributors");
        authors.put("path", HOMEPAGE);
        authors.put("role", "author");
        ArrayNode resources = root.putArray("resources");
        for (Table table : tables) {
            resources.add(resource(table));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write datapackage.json: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode resource(Table table) {
        ObjectNode resource = MAPPER.createObjectNode();
        resource.put("profile", "tabular-data-resource");
        resource.put("name", table.name());
        resource.put("path", table.path());
        resource.put("title", table.title());
        resource.put("description", table.description());
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        ObjectNode schema = resource.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        for (Field field : table.fields()) {
            fields.add(field(field));
        }
        schema.putArray("missingValues").add("");
        ArrayNode primaryKey = schema.putArray("primaryKey");
        table.primaryKey().forEach(primaryKey::add);
        if (!table.foreignKeys().isEmpty()) {
            ArrayNode foreignKeys = schema.putArray("foreignKeys");
            for (ForeignKey key : table.foreignKeys()) {
                ObjectNode fk = foreignKeys.addObject();
                ArrayNode keyFields = fk.putArray("fields");
                key.fields().forEach(keyFields::add);
                ObjectNode reference = fk.putObject("reference");
                reference.put("resource", key.resource());
                ArrayNode referenced = reference.putArray("fields");
                key.referencedFields().forEach(referenced::add);
            }
        }
        return resource;
    }

    private static ObjectNode field(Field field) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", field.name());
        node.put("type", field.type());
        node.put("description", field.description());
        ObjectNode constraints = node.putObject("constraints");
        constraints.put("required", field.required());
        if (!field.allowed().isEmpty()) {
            ArrayNode allowed = constraints.putArray("enum");
            field.allowed().forEach(allowed::add);
        }
        field.pattern().ifPresent(p -> constraints.put("pattern", p));
        return node;
    }
}

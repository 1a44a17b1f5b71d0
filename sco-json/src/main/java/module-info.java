/**
 * The SCO dataset as one JSON document and back, and the differences between two datasets.
 * {@code org.scofacts.json.DatasetJson} reads and writes; {@code org.scofacts.json.DatasetDiff} compares.
 */
module org.scofacts.json {
    requires static org.jspecify;
    requires transitive org.scofacts.data;
    requires tools.jackson.databind;

    exports org.scofacts.json;
}

/**
 * The curated SCO dataset: every fact family, each fact citing its sources, validated when loaded.
 */
module org.scofacts.data {
    requires static org.jspecify;
    requires transitive org.scofacts.model;

    exports org.scofacts.data;
}

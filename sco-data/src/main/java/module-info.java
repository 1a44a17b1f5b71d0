/**
 * The curated SCO dataset: every fact family, each fact citing its sources. The bundled tables are checked
 * whole when the library is built; a dataset of your own is checked when you build it.
 */
module org.scofacts.data {
    requires static org.jspecify;
    requires transitive org.scofacts.model;

    exports org.scofacts.data;
}

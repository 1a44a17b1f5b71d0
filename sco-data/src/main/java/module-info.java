/**
 * The curated SCO dataset: every fact family, each fact citing its sources. The bundled tables are checked
 * whole when the library is built; a dataset of your own is checked when you build it.
 */
@SuppressWarnings("module") // the modules named in the qualified export are built after this one
module org.scofacts.data {
    requires static org.jspecify;
    requires transitive org.scofacts.model;

    exports org.scofacts.data;
    exports org.scofacts.data.internal to org.scofacts.json, org.scofacts.datapackage;
}

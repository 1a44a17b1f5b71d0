/**
 * The SCO dataset as a Frictionless Tabular Data Package: one CSV table per fact family, the countries, the
 * sources and the links between facts and sources, each described by a Table Schema in {@code datapackage.json}.
 * {@code org.scofacts.datapackage.DataPackage} builds and writes it.
 */
module org.scofacts.datapackage {
    requires static org.jspecify;
    requires transitive org.scofacts.query;
    requires tools.jackson.databind;

    exports org.scofacts.datapackage;
}

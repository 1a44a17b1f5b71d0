/**
 * Fluent, typed, temporal queries over the SCO dataset. {@code org.scofacts.query.Sco} is the entry
 * point; the dataset and the model come with it.
 */
module org.scofacts.query {
    requires static org.jspecify;
    requires transitive org.scofacts.data;

    exports org.scofacts.query;
}

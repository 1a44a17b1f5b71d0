/**
 * The immutable domain model of SCO Facts: countries, statuses, periods, meetings, documents,
 * appointments, bodies, chairmanships, designations, events, figures and the sources that back them.
 *
 * <p>The module has no dependencies beyond {@code java.base} and exports its API package only.
 */
module org.scofacts.model {
    exports org.scofacts.model;
}

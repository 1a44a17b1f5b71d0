/**
 * The immutable domain model of SCO Facts: countries, statuses, date ranges and the fact families (status
 * periods, meetings, documents, appointments, bodies, chairmanships, designations, events, figures,
 * accession steps, partnerships, principles and attendances at meetings), the typed references
 * between facts, and the sources that back them.
 *
 * <p>The module exports its API package only. Beyond {@code java.base} it requires the JDK's
 * {@code jdk.localedata}, whose Russian and Chinese country names {@code Country.name(Locale)} gives, so
 * that a {@code jlink} image built from an application that uses this library includes them; and, at compile
 * time only ({@code requires static}), JSpecify for the {@code @NullMarked} package.
 */
module org.scofacts.model {
    requires static org.jspecify;
    requires jdk.localedata;

    exports org.scofacts.model;
}

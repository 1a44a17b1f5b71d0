package org.scofacts.model;

/**
 * The kinds of SCO bodies.
 *
 * @since 0.1.0
 */
public enum BodyKind {
    /** A council of the member states' leaders, ministers or coordinators. */
    COUNCIL,
    /** One of the two permanent bodies: the Secretariat and the RATS Executive Committee. */
    PERMANENT_BODY,
    /** A non-governmental structure, such as the Business Council or the Interbank Consortium. */
    NON_GOVERNMENTAL_STRUCTURE
}

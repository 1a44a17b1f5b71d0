package org.scofacts.model;

/**
 * The kinds of formal tie between the SCO and another international organisation.
 *
 * @since 0.1.0
 */
public enum PartnershipKind {
    /** A memorandum of understanding, usually between the two secretariats. */
    MEMORANDUM_OF_UNDERSTANDING,
    /** A joint declaration on cooperation. */
    JOINT_DECLARATION,
    /** A resolution of the United Nations General Assembly on its cooperation with the SCO. */
    UN_GENERAL_ASSEMBLY_RESOLUTION,
    /** Observer status granted to the SCO by the other organisation. */
    OBSERVER_STATUS
}

package org.scofacts.model;

/**
 * The steps by which a state joins the SCO or rises to a higher status, in the order they are taken.
 *
 * @since 0.1.0
 */
public enum AccessionStepKind {
    /** The state applies for the status. */
    APPLICATION,
    /** The Council of Heads of State decides to begin the procedure of granting the status. */
    PROCEDURE_LAUNCHED,
    /** The Council of Foreign Ministers adopts the draft memorandum of the applicant's obligations. */
    MEMORANDUM_ADOPTED,
    /**
     * The member states' authorised representatives and the applicant sign the minutes (protocol) of their
     * consultations on the accession documents.
     */
    MINUTES_OF_CONSULTATIONS,
    /** The memorandum of the applicant's obligations is signed. */
    MEMORANDUM_SIGNED,
    /** The applicant ratifies the memorandum of obligations. */
    RATIFICATION,
    /** The Council of Heads of State grants the status. */
    ADMISSION
}

package org.scofacts.model;

/**
 * The legal or political kind of an SCO document.
 *
 * @since 0.1.0
 */
public enum DocumentKind {
    /** The SCO Charter. */
    CHARTER,
    /** A declaration, such as a summit's final declaration. */
    DECLARATION,
    /** A convention open to ratification. */
    CONVENTION,
    /** A treaty between the member states. */
    TREATY,
    /** An agreement between the member states or their agencies. */
    AGREEMENT,
    /** A development strategy or sectoral strategy. */
    STRATEGY,
    /** A programme of cooperation. */
    PROGRAMME,
    /** An action plan or plan of measures. */
    ACTION_PLAN,
    /** A statement of a council. */
    STATEMENT,
    /** An initiative put forward and adopted by a council. */
    INITIATIVE,
    /** A decision of a council, such as an admission. */
    DECISION,
    /** A memorandum, such as a memorandum of obligations or of granting a status. */
    MEMORANDUM
}

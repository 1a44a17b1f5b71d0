package org.scofacts.model;

/**
 * The kinds of SCO designations.
 *
 * @since 0.1.0
 */
public enum DesignationKind {
    /** A year the SCO dedicates to a theme, such as the Year of Ecology. */
    THEMED_YEAR,
    /** A city named the SCO tourism and cultural capital for a year. */
    TOURISM_AND_CULTURAL_CAPITAL
}

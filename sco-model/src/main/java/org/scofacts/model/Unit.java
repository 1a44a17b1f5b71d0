package org.scofacts.model;

/**
 * The unit a figure is stated in.
 *
 * @since 0.1.0
 */
public enum Unit {
    /** A count of things, such as member states. */
    COUNT,
    /** A count of people. */
    PEOPLE,
    /** A percentage, 0 to 100 or more. */
    PERCENT,
    /** United States dollars. */
    US_DOLLARS,
    /** Chinese yuan renminbi. */
    YUAN,
    /** Square kilometres. */
    SQUARE_KILOMETRES
}

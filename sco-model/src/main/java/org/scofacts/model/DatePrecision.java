package org.scofacts.model;

/**
 * How much of a date is known: the day, only the month, or only the year.
 *
 * @since 0.1.0
 */
public enum DatePrecision {
    /** Year, month and day are known. */
    DAY,
    /** Year and month are known; the day is not. */
    MONTH,
    /** Only the year is known. */
    YEAR
}

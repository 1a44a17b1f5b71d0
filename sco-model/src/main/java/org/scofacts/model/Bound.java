package org.scofacts.model;

/**
 * How a source qualifies a figure: exactly, about, more than, at least, up to.
 *
 * @since 0.1.0
 */
public enum Bound {
    /** The figure is exact. */
    EXACTLY,
    /** The figure is rounded or approximate. */
    ABOUT,
    /** The true value is greater than the figure. */
    MORE_THAN,
    /** The true value is the figure or greater. */
    AT_LEAST,
    /** The true value is the figure or less. */
    UP_TO
}

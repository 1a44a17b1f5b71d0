package org.scofacts.model;

/**
 * The kinds of statement that define what the SCO stands for.
 *
 * @since 0.1.0
 */
public enum PrincipleKind {
    /** One of the values of the "Shanghai Spirit". */
    SHANGHAI_SPIRIT_VALUE,
    /** One of the "three evils" the SCO counters: terrorism, separatism and extremism. */
    THREE_EVILS,
    /** A working language of the SCO. */
    WORKING_LANGUAGE,
    /** One of the goals the Charter sets. */
    CHARTER_GOAL
}

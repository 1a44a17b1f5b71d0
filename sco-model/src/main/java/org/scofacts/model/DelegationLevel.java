package org.scofacts.model;

/**
 * The rank of the person who led a delegation, as a chart of who came needs it.
 *
 * @since 0.1.0
 */
public enum DelegationLevel {
    /** A head of state: a president, an acting president, a monarch. */
    HEAD_OF_STATE,
    /** A head of government: a prime minister. */
    HEAD_OF_GOVERNMENT,
    /** Anyone else: a minister, an ambassador, an organisation's official. */
    OTHER
}

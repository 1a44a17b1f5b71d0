package org.scofacts.model;

/**
 * What a figure measures, as a type, so that figures can be found without matching their free-text
 * description ({@code GDP} does not find a growth rate).
 *
 * @since 0.1.0
 */
public enum Measure {
    /** The number of member states. */
    MEMBER_COUNT,
    /** The number of observer states. */
    OBSERVER_COUNT,
    /** The number of dialogue partners. */
    DIALOGUE_PARTNER_COUNT,
    /** The number of partners (observers and dialogue partners, one status since the 2025 reform). */
    PARTNER_COUNT,
    /** The number of states in the "SCO family": members together with observers and partners. */
    FAMILY_COUNT,
    /** A number of people living in a group of states. */
    POPULATION,
    /** A group of states' share of the world's population. */
    POPULATION_SHARE,
    /** A group of states' share of the world's land or total area. */
    LAND_SHARE,
    /** Gross domestic product. */
    GDP,
    /** Foreign trade, or trade between states. */
    TRADE,
    /** A target for trade. */
    TRADE_TARGET,
    /** A rate of growth. */
    GROWTH_RATE,
    /** Loans or credit lines. */
    LOANS,
    /** Doses of vaccine. */
    VACCINE_DOSES,
    /** Places for training people. */
    TRAINING_PLACES
}

package org.scofacts.model;

import java.util.Optional;

/**
 * The standing a state holds in the SCO.
 *
 * <p>Statuses are listed from the closest to the loosest association. {@link #PARTNER} is the single
 * status that replaced observer states and dialogue partners when the Council of Heads of State
 * reformed them in 2025.
 *
 * @since 0.1.0
 */
public enum Status {
    /** A full member state. */
    MEMBER_STATE("member state", null),
    /** An observer state, until the 2025 reform. */
    OBSERVER_STATE("observer state", null),
    /** A dialogue partner, until the 2025 reform. */
    DIALOGUE_PARTNER("dialogue partner", null),
    /** An SCO partner: the unified status adopted at the Tianjin summit in 2025. */
    PARTNER("SCO partner", PartialDate.of(2025, 9, 1));

    private final String label;
    private final PartialDate introduced;

    Status(String label, PartialDate introduced) {
        this.label = label;
        this.introduced = introduced;
    }

    /**
     * The English name of the status, in lower case, as it reads in a sentence.
     *
     * @return the label, such as {@code observer state}
     */
    public String label() {
        return label;
    }

    /**
     * When the SCO adopted the status, for statuses adopted after its founding.
     *
     * @return the adoption date, or empty for the statuses the SCO has had since its early years
     */
    public Optional<PartialDate> introduced() {
        return Optional.ofNullable(introduced);
    }
}

package org.scofacts.model;

/**
 * An ISO 3166-1 numeric country code, such as 156 for China, written with three digits ({@code 004}
 * for Afghanistan).
 *
 * @param value the code, 1 to 999
 * @since 0.1.0
 */
public record IsoNumericCode(int value) {

    /**
     * Validates the range.
     *
     * @param value see {@link #value()}
     * @throws IllegalArgumentException if the value is not 1 to 999
     */
    public IsoNumericCode {
        if (value < 1 || value > 999) {
            throw new IllegalArgumentException("Invalid isoNumeric: " + value + " (expected 1 to 999)");
        }
    }

    /**
     * The code with the given value.
     *
     * @param value the code, 1 to 999
     * @return the code
     */
    public static IsoNumericCode of(int value) {
        return new IsoNumericCode(value);
    }

    /**
     * The code as ISO writes it, with three digits.
     *
     * @return such as {@code 004}
     */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%03d", value);
    }


    /**
     * Whether the other object is {@code IsoNumericCode} with equal components.
     *
     * @param o the other object
     * @return true when every component is equal
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof IsoNumericCode)) {
            return false;
        }
        IsoNumericCode other = (IsoNumericCode) o;
        return value == other.value;
    }

    /**
     * A hash code from every component, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Integer.hashCode(value);
    }
}

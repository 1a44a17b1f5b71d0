package org.scofacts.model;


/**
 * A Correlates of War state code and abbreviation, such as 710 {@code CHN} for China. COW codes are
 * numbers like ISO's but a different system (COW 710 is China, ISO 710 is South Africa), hence a type
 * of their own.
 *
 * @param code         the COW state number (ccode), 2 to 999
 * @param abbreviation the COW state abbreviation, three upper-case letters
 * @since 0.1.0
 */
public record CowStateCode(int code, String abbreviation) {


    /**
     * Validates the code and abbreviation.
     *
     * @param code         see {@link #code()}
     * @param abbreviation see {@link #abbreviation()}
     * @throws NullPointerException     if the abbreviation is null
     * @throws IllegalArgumentException if the code is not 2 to 999 or the abbreviation not three capitals
     */
    public CowStateCode {
        if (code < 2 || code > 999) {
            throw new IllegalArgumentException("Invalid cowCode: " + code + " (expected 2 to 999)");
        }
        Checks.nonNull(abbreviation, "abbreviation");
        if (!isThreeCapitals(abbreviation)) {
            throw new IllegalArgumentException(
                    "Invalid abbreviation of cowCode " + code + ": \"" + abbreviation + "\" (expected three capitals)");
        }
    }

    /**
     * The code with the given number and abbreviation.
     *
     * @param code         the COW state number
     * @param abbreviation the COW abbreviation
     * @return the code
     */
    public static CowStateCode of(int code, String abbreviation) {
        return new CowStateCode(code, abbreviation);
    }

    /** Three letters A-Z. */
    private static boolean isThreeCapitals(String text) {
        if (text.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }


    /**
     * Whether the other object is {@code CowStateCode} with equal components.
     *
     * @param o the other object
     * @return true when every component is equal
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CowStateCode)) {
            return false;
        }
        CowStateCode other = (CowStateCode) o;
        return code == other.code
                && abbreviation.equals(other.abbreviation);
    }

    /**
     * A hash code from every component, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = Integer.hashCode(code);
        h = 31 * h + abbreviation.hashCode();
        return h;
    }

    /**
     * The number and the abbreviation: {@code 710 CHN}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        return code + " " + abbreviation;
    }
}

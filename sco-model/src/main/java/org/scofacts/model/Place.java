package org.scofacts.model;

/**
 * A city in a country, where a meeting was held, a document signed or a body seated.
 *
 * <p>Where the sources name only a region (an exercise "in Xinjiang"), {@code city} holds the region's
 * name as the sources give it, and no city is invented.
 *
 * @param city    the English name of the city, such as {@code Astana}, or of the region where the sources
 *                name no city
 * @param country the country the city is in
 * @since 0.1.0
 */
public record Place(String city, Country country) {

    /**
     * Validates the place.
     *
     * @param city see {@link #city()}
     * @param country see {@link #country()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the city is blank
     */
    public Place {
        Checks.nonBlank(city, "city");
        Checks.nonNull(country, "country");
    }

    /**
     * A city in a country.
     *
     * @param city    the city
     * @param country the country
     * @return the place
     */
    public static Place of(String city, Country country) {
        return new Place(city, country);
    }

    /**
     * The city and the country's short name: {@code Tianjin, China}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        return city + ", " + country.shortName();
    }
}

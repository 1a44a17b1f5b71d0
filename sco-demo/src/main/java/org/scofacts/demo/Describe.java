package org.scofacts.demo;

import java.util.Optional;
import org.scofacts.model.Meeting;
import org.scofacts.model.PartialDate;
import org.scofacts.model.DateRange;
import org.scofacts.model.Place;

/** Short text for model values in listings. */
final class Describe {

    private Describe() {
    }

    static String start(DateRange period) {
        return period.start().toString();
    }

    static String end(DateRange period) {
        return period.end().map(PartialDate::toString).orElse(null);
    }

    static String place(Place place) {
        return place.city() + ", " + place.country().shortName();
    }

    static String place(Optional<Place> place) {
        return place.map(Describe::place).orElse("");
    }

    static String dates(Meeting m) {
        return m.firstDay().equals(m.lastDay()) ? m.firstDay().toString() : m.firstDay() + "/" + m.lastDay();
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }

    static String summit(Meeting m) {
        return m.ordinal().map(n -> ordinal(n) + " summit, ").orElse("") + place(m.place()) + ", " + dates(m);
    }
}

package org.scofacts.data;

import java.util.Comparator;
import java.util.Optional;
import org.scofacts.model.Fact;
import org.scofacts.model.Meeting;
import org.scofacts.model.PartialDate;

/**
 * The orders a family's facts are listed in: by start (facts without one first), then by identifier,
 * unless the family's declaration names another.
 */
enum FactOrder implements Comparator<Fact> {

    /** By start, then by identifier. */
    BY_START {
        @Override
        public int compare(Fact a, Fact b) {
            int byStart = byStart(a.start(), b.start());
            return byStart != 0 ? byStart : a.id().compareTo(b.id());
        }
    },

    /** By start, then meetings of two councils on one day by council, then by identifier. */
    BY_START_THEN_COUNCIL {
        @Override
        public int compare(Fact a, Fact b) {
            int byStart = byStart(a.start(), b.start());
            if (byStart != 0) {
                return byStart;
            }
            int byCouncil = ((Meeting) a).council().compareTo(((Meeting) b).council());
            return byCouncil != 0 ? byCouncil : a.id().compareTo(b.id());
        }
    },

    /** By identifier alone. */
    BY_ID {
        @Override
        public int compare(Fact a, Fact b) {
            return a.id().compareTo(b.id());
        }
    };

    /** Facts with no recorded start come first, so that the order is total. */
    private static int byStart(Optional<PartialDate> a, Optional<PartialDate> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isPresent(), b.isPresent());
        }
        return a.get().compareTo(b.get());
    }

    /** This order as a comparator of one family's facts. */
    @SuppressWarnings("unchecked")
    <F extends Fact> Comparator<F> typed() {
        return (Comparator<F>) (Comparator<? super F>) this;
    }
}

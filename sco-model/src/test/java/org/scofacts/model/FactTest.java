package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactTest {

    @Test
    void fact_is_sealed_to_the_twelve_fact_families() {
        assertThat(Fact.class.isSealed()).isTrue();
        assertThat(Fact.class.getPermittedSubclasses()).containsExactlyInAnyOrder(StatusPeriod.class,
                Meeting.class, Document.class, Appointment.class, Body.class, Chairmanship.class, Designation.class,
                Event.class, Figure.class, AccessionStep.class, Partnership.class, Principle.class);
    }

    @Test
    void every_fact_family_is_a_record() {
        for (Class<?> family : Fact.class.getPermittedSubclasses()) {
            assertThat(family.isRecord()).as(family.getSimpleName()).isTrue();
        }
    }
}

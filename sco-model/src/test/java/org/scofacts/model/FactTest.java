package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/**
 * The fact families are the permitted subclasses of {@link Fact}; which they are is the registry's to say
 * ({@code FactFamilyTest} in sco-data checks that the two agree), so no list of families is kept here.
 */
class FactTest {

    @Test
    void fact_is_sealed_to_records() {
        assertThat(Fact.class.isSealed()).isTrue();
        assertThat(Fact.class.getPermittedSubclasses()).isNotEmpty();
        for (Class<?> family : Fact.class.getPermittedSubclasses()) {
            assertThat(family.isRecord()).as(family.getSimpleName()).isTrue();
        }
    }

    @Test
    void every_fact_family_prints_its_own_line_rather_than_the_record_dump() throws ReflectiveOperationException {
        for (Class<?> family : Fact.class.getPermittedSubclasses()) {
            // javac marks the toString it generates for a record final; a written one is not.
            assertThat(Modifier.isFinal(family.getDeclaredMethod("toString").getModifiers()))
                    .as("%s prints the generated record dump", family.getSimpleName()).isFalse();
        }
    }
}

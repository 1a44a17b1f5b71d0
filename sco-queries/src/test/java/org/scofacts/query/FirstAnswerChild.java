package org.scofacts.query;

import java.time.LocalDate;
import org.scofacts.model.DateRange;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Status;

/**
 * The child JVM of {@link StartupGuardTest}: a user's first answers, written without lambdas or string
 * concatenation so that every class the log shows comes from the library or the JDK. With no argument it
 * starts and exits, the floor the guard compares against.
 */
final class FirstAnswerChild {

    private FirstAnswerChild() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.out.println("empty");
            return;
        }
        switch (args[0]) {
            case "members":
                System.out.println(Sco.facts().countries().withStatus(Status.MEMBER_STATE)
                        .asOf(LocalDate.of(2020, 1, 1)).count());
                break;
            case "dates":
                // What a program does next with an answer's dates: last days and inclusive ends of
                // month- and year-precision bounds, the widened range and the uncertain containment tests.
                Sco sco = Sco.facts();
                System.out.println(sco.statusPeriods().count());
                System.out.println(PartialDate.of(2017, 6).lastDay());
                System.out.println(PartialDate.ofYear(2016).lastDay());
                System.out.println(PartialDate.of(2016, 2).lastDay());
                System.out.println(DateRange.of(PartialDate.of(2016, 1), PartialDate.of(2016, 3)).endInclusive().get());
                System.out.println(DateRange.of(LocalDate.of(2016, 2, 28), LocalDate.of(2016, 3, 1)));
                DateRange range = DateRange.of(PartialDate.of(2005, 7), PartialDate.of(2017, 6));
                System.out.println(range.possiblyContains(LocalDate.of(2017, 6, 20)));
                System.out.println(range.certainlyContains(LocalDate.of(2005, 7, 20)));
                System.out.println(range.endInclusive().get());
                System.out.println(DateRange.from(PartialDate.of(2017, 6)));
                break;
            case "jdk-dates":
                // The JDK's own day arithmetic: the floor for "dates", since what it loads is not the library's.
                System.out.println(LocalDate.of(2016, 3, 1).minusDays(1));
                System.out.println(LocalDate.of(2016, 2, 29).plusDays(1));
                System.out.println(LocalDate.of(2017, 7, 1).minusDays(1).toEpochDay());
                break;
            case "hash":
                // Queries as keys: hashing and comparing them must read no fact.
                Sco facts = Sco.facts();
                java.util.Set<Object> keys = new java.util.HashSet<>();
                for (org.scofacts.data.FactFamily<?> family : org.scofacts.data.FactFamily.all()) {
                    keys.add(facts.facts(family));
                }
                keys.add(facts.events().kind(org.scofacts.model.EventKind.FORUM));
                keys.add(facts.countries().withStatus(Status.MEMBER_STATE));
                System.out.println(keys.size());
                System.out.println(keys.contains(facts.events().kind(org.scofacts.model.EventKind.FORUM)));
                break;
            default:
                throw new IllegalArgumentException(args[0]);
        }
    }
}

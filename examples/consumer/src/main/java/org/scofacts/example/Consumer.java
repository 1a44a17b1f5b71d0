package org.scofacts.example;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.scofacts.model.Country;
import org.scofacts.model.Post;
import org.scofacts.model.Status;
import org.scofacts.query.Sco;

/** Uses the public contract the way an outside program would, and fails loudly if an answer is wrong. */
public final class Consumer {

    private Consumer() {
    }

    public static void main(String[] args) {
        String expectedPath = args.length > 0 ? args[0] : "class-path";
        boolean onModulePath = Sco.class.getModule().isNamed();
        check("runs on the " + expectedPath, onModulePath == "module-path".equals(expectedPath));

        Sco sco = Sco.facts();
        List<String> members2017 = sco.countries().withStatus(Status.MEMBER_STATE)
                .asOf(LocalDate.of(2017, 6, 9)).list().stream().map(Country::alpha2).sorted()
                .collect(Collectors.toList());
        check("eight members on 9 June 2017", members2017.equals(List.of("CN", "IN", "KG", "KZ", "PK", "RU", "TJ", "UZ")));
        check("Iran an observer in 2010",
                sco.statusOf(sco.country("IR"), LocalDate.of(2010, 1, 1)).equals(java.util.Optional.of(Status.OBSERVER_STATE)));
        check("24th summit in Astana",
                sco.summits().numbered(24).map(m -> m.place().city()).orElse("").equals("Astana"));
        check("Norov Secretary-General in 2020", sco.appointments().post(Post.SECRETARY_GENERAL)
                .servingOn(LocalDate.of(2020, 1, 1)).first().map(a -> a.holder()).orElse("").equals("Vladimir Norov"));

        System.out.println("SCO Facts " + sco.dataset().version() + " (checked through "
                + sco.dataset().checkedThrough() + ") answers correctly on the " + expectedPath + ".");
    }

    private static void check(String what, boolean ok) {
        if (!ok) {
            System.err.println("FAILED: " + what);
            System.exit(1);
        }
    }
}

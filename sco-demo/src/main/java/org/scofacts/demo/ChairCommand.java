package org.scofacts.demo;

import java.time.LocalDate;
import java.util.Optional;
import org.scofacts.model.Chairmanship;

/** {@code sco-demo chair}: the presiding state on a day. */
final class ChairCommand extends QueryCommand {

    private final Param<LocalDate> on = option("--on", "DATE", "The day, yyyy-MM-dd (2024-09-01). Default: today.",
            new Converters.DateConverter());

    private final Options.Output output = new Options.Output(this);

    ChairCommand(RunContext run) {
        super(run, "chair", "The member state presiding over the SCO on a day.");
    }

    @Override
    int answer(Session s) {
        LocalDate date = on.get() != null ? on.get() : s.today();
        Optional<Chairmanship> chair = s.answer("the chair on " + date, j -> j.chairOn(date),
                s.sco.chairmanshipOn(date));
        s.noteIfUnchecked(date, output.format());
        Listing listing = Listing.of("presiding_state", "code", "from", "through", "fact");
        if (chair.isPresent()) {
            Chairmanship c = chair.get();
            listing = listing.row(c.presidingState().shortName(), c.presidingState().alpha2(),
                    Describe.start(c.term()), Describe.through(c.term()), c.id().value());
        }
        s.show(listing, output);
        return 0;
    }
}

package org.scofacts.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scofacts.model.Appointment;
import org.scofacts.model.Post;
import org.scofacts.query.AppointmentQuery;

/** {@code sco-demo officials}: holders of SCO posts. */
final class OfficialsCommand extends QueryCommand {

    private final Param<Post> postParam = option("--post", "POST",
            "secretary-general or rats-executive-committee-director. Default: every post.",
            new Converters.EnumConverter<>(Post.class, "a post"));

    private final Param<LocalDate> onParam = option("--on", "DATE",
            "Only those serving on this day, yyyy-MM-dd (2020-01-01).", new Converters.DateConverter());

    private final Options.Output output = new Options.Output(this);

    OfficialsCommand(RunContext run) {
        super(run, "officials", "Holders of SCO posts (Secretary-General, RATS director), by start of term.");
    }

    @Override
    int answer(Session s) {
        Post post = postParam.get();
        LocalDate on = onParam.get();
        AppointmentQuery fluent = s.sco.appointments();
        if (post != null) {
            fluent = fluent.post(post);
        }
        if (on != null) {
            fluent = fluent.servingOn(on);
            s.noteIfUnchecked(on, output.format());
        }
        List<Appointment> appointments = s.answer("officials", j -> j.appointments(Optional.ofNullable(post),
                Optional.ofNullable(on)), fluent.list(), Comparator.comparing(Appointment::id));
        Listing listing = Listing.of("post", "holder", "nominated_by", "from", "through", "fact")
                .flexible("holder", "nominated_by").wrapped();
        for (Appointment a : appointments) {
            listing = listing.row(Converters.label(a.post()), a.holder(),
                    a.nominatedBy().map(Describe::country).orElse("not stated"),
                    Describe.start(a.term()), Describe.through(a.term()), a.id().value());
        }
        s.show(listing, output);
        return 0;
    }
}

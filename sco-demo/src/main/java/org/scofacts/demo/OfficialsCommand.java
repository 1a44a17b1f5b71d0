package org.scofacts.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scofacts.model.Appointment;
import org.scofacts.model.Post;
import org.scofacts.query.AppointmentQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "officials", mixinStandardHelpOptions = true,
        description = "Holders of SCO posts (Secretary-General, RATS director), by start of term.")
final class OfficialsCommand extends QueryCommand {

    @Option(names = "--post", paramLabel = "POST",
            description = "secretary-general or rats-executive-committee-director. Default: every post.")
    Post post;

    @Option(names = "--on", paramLabel = "DATE", description = "Only those serving on this day, yyyy-MM-dd (2020-01-01).")
    LocalDate on;

    @Mixin
    Options.Output output;

    @Override
    int answer(Session s) {
        AppointmentQuery fluent = s.sco.appointments();
        if (post != null) {
            fluent = fluent.post(post);
        }
        if (on != null) {
            fluent = fluent.servingOn(on);
            s.noteIfUnchecked(on, output.format);
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

package org.scofacts.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.scofacts.model.Appointment;
import org.scofacts.model.Post;

/** A dataset's appointments post by post, in chronological order, with their bounds as epoch days. */
final class PostTerms {

    private final Map<Post, Terms> termsByPost = new EnumMap<>(Post.class);

    PostTerms(List<Appointment> appointments) {
        for (Post post : Post.values()) {
            List<Appointment> terms = new ArrayList<>();
            for (Appointment a : appointments) {
                if (a.post() == post) {
                    terms.add(a);
                }
            }
            termsByPost.put(post, new Terms(terms));
        }
    }

    Terms terms(Post post) {
        return termsByPost.get(post);
    }

    /** One post's terms in chronological order, with their nominal bounds as epoch days for quick tests. */
    static final class Terms {
        final Appointment[] appointments;
        final long[] starts;
        final long[] ends;

        Terms(List<Appointment> terms) {
            appointments = terms.toArray(new Appointment[0]);
            starts = new long[appointments.length];
            ends = new long[appointments.length];
            for (int i = 0; i < appointments.length; i++) {
                starts[i] = ScoIndex.firstEpochDay(appointments[i].term());
                ends[i] = ScoIndex.endEpochDay(appointments[i].term());
            }
        }
    }
}

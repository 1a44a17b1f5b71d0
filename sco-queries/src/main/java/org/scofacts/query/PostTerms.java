package org.scofacts.query;

import java.util.ArrayList;
import java.util.List;
import org.scofacts.model.Appointment;
import org.scofacts.model.Post;

/** A dataset's appointments post by post, in chronological order. */
final class PostTerms {

    // Lists by ordinal rather than EnumMaps: an EnumMap reads its enum's constants reflectively, which on
    // JDK 18 and later spins method handles and costs a fresh JVM's first answer some 30 ms (issue 12).
    private final List<List<Appointment>> termsByPost = new ArrayList<>();

    PostTerms(List<Appointment> appointments) {
        for (Post post : Post.values()) {
            List<Appointment> terms = new ArrayList<>();
            for (Appointment a : appointments) {
                if (a.post() == post) {
                    terms.add(a);
                }
            }
            termsByPost.add(List.copyOf(terms));
        }
    }

    List<Appointment> terms(Post post) {
        return termsByPost.get(post.ordinal());
    }
}

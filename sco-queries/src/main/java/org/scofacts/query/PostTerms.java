package org.scofacts.query;

import java.util.ArrayList;
import java.util.List;
import org.scofacts.model.Appointment;
import org.scofacts.model.Post;

/** A dataset's appointments post by post, in chronological order. */
final class PostTerms {

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

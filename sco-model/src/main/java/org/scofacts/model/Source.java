package org.scofacts.model;

import java.net.URI;
import java.util.Optional;

/**
 * A publication that a fact cites. Every fact cites at least one source.
 *
 * @param id        the stable identifier, unique within a dataset
 * @param kind      what kind of publication it is
 * @param title     the title of the publication
 * @param publisher who published it
 * @param published when it was published, at the precision known
 * @param url       where it can be read, when it is online
 * @param note      what the source was used for, or why it was preferred over another; may be empty
 */
public record Source(SourceId id, SourceKind kind, String title, String publisher,
                     Optional<PartialDate> published, Optional<URI> url, String note) {

    /**
     * Validates the source.
     *
     * @param id see {@link #id()}
     * @param kind see {@link #kind()}
     * @param title see {@link #title()}
     * @param publisher see {@link #publisher()}
     * @param published see {@link #published()}
     * @param url see {@link #url()}
     * @param note see {@link #note()}
     * @throws NullPointerException     if any argument is null
     * @throws IllegalArgumentException if the title or publisher is blank, or the URL is not an
     *                                  absolute http or https address
     */
    public Source {
        Checks.nonNull(id, "id");
        Checks.nonNull(kind, "kind");
        Checks.nonBlank(title, "title");
        Checks.nonBlank(publisher, "publisher");
        Checks.optional(published, "published");
        Checks.optional(url, "url");
        Checks.nonNull(note, "note");
        url.ifPresent(u -> {
            String scheme = u.getScheme();
            if (!"https".equals(scheme) && !"http".equals(scheme) || u.getHost() == null) {
                throw new IllegalArgumentException(
                        "url of source " + id + " must be an absolute http(s) address, was " + u);
            }
        });
    }

    /**
     * The identifier and the title, without the other fields: {@code sco-charter: Charter of the Shanghai
     * Cooperation Organization}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        return id + ": " + title;
    }
}

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
 * @since 0.1.0
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
        if (url.isPresent()) {
            URI u = url.get();
            String scheme = u.getScheme();
            if (!"https".equals(scheme) && !"http".equals(scheme) || u.getHost() == null) {
                throw new IllegalArgumentException(
                        "url of source " + id + " must be an absolute http(s) address, was " + u);
            }
        }
    }


    /**
     * Whether the other object is {@code Source} with equal components.
     *
     * @param o the other object
     * @return true when every component is equal
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Source)) {
            return false;
        }
        Source other = (Source) o;
        return id.equals(other.id)
                && kind.equals(other.kind)
                && title.equals(other.title)
                && publisher.equals(other.publisher)
                && published.equals(other.published)
                && url.equals(other.url)
                && note.equals(other.note);
    }

    /**
     * A hash code from every component, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = id.hashCode();
        h = 31 * h + kind.hashCode();
        h = 31 * h + title.hashCode();
        h = 31 * h + publisher.hashCode();
        h = 31 * h + published.hashCode();
        h = 31 * h + url.hashCode();
        h = 31 * h + note.hashCode();
        return h;
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

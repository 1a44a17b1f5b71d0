package org.scofacts.data;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.scofacts.model.DateRange;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.SourceKind;

/** Short, typed factories that let the fact tables read as one row per fact. */
final class Rows {

    private Rows() {
    }

    /** A date known to the day, as the model's {@link PartialDate}. */
    static PartialDate partialDate(int year, int month, int dayOfMonth) {
        return PartialDate.of(year, month, dayOfMonth);
    }

    /** A day as a {@link LocalDate}, for the fields that are always known to the day. */
    static LocalDate localDate(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    static PartialDate month(int year, int month) {
        return PartialDate.of(year, month);
    }

    static PartialDate year(int year) {
        return PartialDate.ofYear(year);
    }

    static DateRange since(PartialDate startInclusive) {
        return DateRange.ofOpenEnd(startInclusive);
    }

    static DateRange between(PartialDate startInclusive, PartialDate endExclusive) {
        return DateRange.of(startInclusive, endExclusive);
    }

    /** A seed article: the project grew from these five; they have no address. */
    static Source seed(String id, String title, String publisher, PartialDate published, String note) {
        return inPrint(id, SourceKind.SEED_ARTICLE, title, publisher, published, note);
    }

    /** A source without a web address: a seed article, or a newspaper's printed page read as a scan. */
    static Source inPrint(String id, SourceKind kind, String title, String publisher, PartialDate published,
                          String note) {
        return new Source(SourceId.of(id), kind, title, publisher, Optional.of(published), Optional.empty(), note);
    }

    /** A source at a web address; its publication date is null when the page gives none. */
    static Source source(String id, SourceKind kind, String title, String publisher,
                         PartialDate publishedOrNull, String url) {
        return noted(id, kind, title, publisher, publishedOrNull, url, "");
    }

    /** A source with a note, such as that its title is a descriptive label rather than the page's headline. */
    static Source noted(String id, SourceKind kind, String title, String publisher,
                        PartialDate publishedOrNull, String url, String note) {
        return new Source(SourceId.of(id), kind, title, publisher, Optional.ofNullable(publishedOrNull),
                Optional.of(URI.create(url)), note);
    }
}

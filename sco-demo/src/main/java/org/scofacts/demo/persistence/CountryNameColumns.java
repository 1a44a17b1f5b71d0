package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A country's name in another language, a row of {@code sco_country_name}, citing its source. */
@Embeddable
class CountryNameColumns {

    @Column(name = "language", nullable = false, length = 20)
    String language;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    SourceEntity source;

    protected CountryNameColumns() {
    }

    CountryNameColumns(String language, String name, SourceEntity source) {
        this.language = language;
        this.name = name;
        this.source = source;
    }
}

package org.scofacts.demo.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A row of {@code sco_country}; the aliases live in {@code sco_country_alias}, the names in other languages in {@code sco_country_name}. */
@Entity(name = "Country")
@Table(name = "sco_country")
class CountryEntity {

    @Id
    @Column(name = "alpha2", length = 2)
    String alpha2;

    @Column(name = "alpha3", length = 3, nullable = false, unique = true)
    String alpha3;

    @Column(name = "short_name", nullable = false, length = 200)
    String shortName;

    @Column(name = "official_name", nullable = false, length = 300)
    String officialName;

    @Column(name = "iso_numeric", unique = true)
    Integer isoNumeric;

    @Column(name = "wikidata_id", length = 20, unique = true)
    String wikidataId;

    @Column(name = "cow_code", unique = true)
    Integer cowCode;

    @Column(name = "cow_abbreviation", length = 3)
    String cowAbbreviation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sco_country_alias", joinColumns = @JoinColumn(name = "country_alpha2"))
    @Column(name = "alias", nullable = false, length = 200)
    Set<String> aliases = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sco_country_name", joinColumns = @JoinColumn(name = "country_alpha2"))
    @OrderColumn(name = "position")
    List<CountryNameColumns> localNames = new ArrayList<>();

    protected CountryEntity() {
    }

    CountryEntity(String alpha2) {
        this.alpha2 = alpha2;
    }
}

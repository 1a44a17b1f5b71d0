package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import org.scofacts.model.Fact;

/**
 * A row of {@code sco_fact}, the identifier every fact family shares (one table per family joined on
 * it), and the facts' sources through the join table {@code sco_fact_source}, in citation order.
 */
@Entity(name = "Fact")
@Table(name = "sco_fact")
@Inheritance(strategy = InheritanceType.JOINED)
abstract class FactEntity {

    @Id
    @Column(name = "id", length = 100)
    String id;

    /** The Wikidata item of a meeting or document, or of an appointment's holder; null where none is recorded. */
    @Column(name = "wikidata_id", length = 20)
    String wikidataId;

    @ManyToMany
    @JoinTable(name = "sco_fact_source",
            joinColumns = @JoinColumn(name = "fact_id", nullable = false),
            inverseJoinColumns = @JoinColumn(name = "source_id", nullable = false),
            uniqueConstraints = @UniqueConstraint(name = "uk_fact_source", columnNames = {"fact_id", "source_id"}))
    @OrderColumn(name = "citation_order", nullable = false)
    List<SourceEntity> sources = new ArrayList<>();

    protected FactEntity() {
    }

    FactEntity(String id) {
        this.id = id;
    }

    /**
     * The record this row and its associations hold.
     *
     * @return the fact, as its family's record
     */
    abstract Fact toRecord();
}

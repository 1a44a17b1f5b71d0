package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The one row of {@code sco_dataset}: which data version the tables hold and its check date. */
@Entity(name = "DatasetInfo")
@Table(name = "sco_dataset")
class DatasetInfoEntity {

    @Id
    @Column(name = "version", length = 50)
    String version;

    @Column(name = "checked_through", nullable = false)
    LocalDate checkedThrough;

    protected DatasetInfoEntity() {
    }

    DatasetInfoEntity(String version, LocalDate checkedThrough) {
        this.version = version;
        this.checkedThrough = checkedThrough;
    }
}

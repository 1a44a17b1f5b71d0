package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.scofacts.data.FactFamily;
import org.scofacts.model.Bound;
import org.scofacts.model.Claim;
import org.scofacts.model.DatePrecision;
import org.scofacts.model.FactId;
import org.scofacts.model.Figure;
import org.scofacts.model.Measure;
import org.scofacts.model.Unit;

/**
 * A row of {@code sco_figure}: a quantitative claim. The amount is stored as a number for queries,
 * and its scale beside it, so that {@code 3.40} comes back as {@code 3.40} and not {@code 3.4000000000}.
 */
@Entity(name = "Figure")
@Table(name = "sco_figure")
class FigureEntity extends FactEntity {

    static final EntityMapping<Figure, FigureEntity> MAPPING =
            new EntityMapping<>(FactFamily.FIGURES, FigureEntity.class, FigureEntity::of);

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    Measure kind;

    @Column(name = "measure", nullable = false, length = 500)
    String measure;

    @Enumerated(EnumType.STRING)
    @Column(name = "bound", nullable = false, length = 16)
    Bound bound;

    @Column(name = "amount", nullable = false, precision = 38, scale = 10)
    BigDecimal amount;

    @Column(name = "amount_scale", nullable = false)
    int amountScale;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 32)
    Unit unit;

    @Column(name = "reference_day", nullable = false)
    LocalDate referenceDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "reference_precision", nullable = false, length = 8)
    DatePrecision referencePrecision;

    /** Who stated the figure, where it is a claim by a named speaker; null otherwise, with the two below. */
    @Column(name = "claimed_by", length = 300)
    String claimedBy;

    @Column(name = "claimed_day")
    LocalDate claimedDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "claimed_precision", length = 8)
    DatePrecision claimedPrecision;

    protected FigureEntity() {
    }

    FigureEntity(String id) {
        super(id);
    }

    static FigureEntity of(Figure f, EntityMapper mapper) {
        FigureEntity e = new FigureEntity(f.id().value());
        e.kind = f.kind();
        e.measure = f.measure();
        e.bound = f.bound();
        e.amount = f.value();
        e.amountScale = f.value().scale();
        e.unit = f.unit();
        e.referenceDay = f.referenceDate().firstDay();
        e.referencePrecision = f.referenceDate().precision();
        f.claimedBy().ifPresent(c -> {
            e.claimedBy = c.speaker();
            e.claimedDay = c.on().firstDay();
            e.claimedPrecision = c.on().precision();
        });
        return mapper.cite(e, f);
    }

    @Override
    Figure toRecord() {
        BigDecimal value = amount.setScale(amountScale);
        Optional<Claim> claim = claimedBy == null ? Optional.empty()
                : Optional.of(Claim.of(claimedBy, Columns.partialDate(claimedDay, claimedPrecision)));
        return new Figure(FactId.of(id), kind, measure, bound, value, unit,
                Columns.partialDate(referenceDay, referencePrecision), EntityMapper.sources(this), claim);
    }
}

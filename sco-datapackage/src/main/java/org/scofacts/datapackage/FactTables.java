package org.scofacts.datapackage;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scofacts.data.internal.RecordShape.Component;
import org.scofacts.data.internal.RecordShape;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.FactRef;
import org.scofacts.model.Source;

/**
 * The tables of the facts, written generically over the {@link FactFamily} registry and the record components:
 * one table per family with a column (or a few) per component, one link table per list component (an event's
 * participants), and {@code fact_sources}, which links every fact to the sources it cites. A new family gets its
 * tables with no code here.
 */
final class FactTables {

    static final String FACT_SOURCES = "fact_sources";
    private static final String ID = "id";
    private static final String SOURCES = "sources";

    private FactTables() {
    }

    /**
     * The resource name of a family's table.
     *
     * @param family the family
     * @return its plural name in snake_case, such as {@code status_periods}
     */
    static String tableName(FactFamily<?> family) {
        return Columns.snake(family.pluralName());
    }

    static List<Table> of(ScoDataset data) {
        List<Table> tables = new ArrayList<>();
        for (FactFamily<?> family : FactFamily.all()) {
            familyTables(family, data, tables);
        }
        tables.add(factSources(data));
        return tables;
    }

    private static <F extends Fact> void familyTables(FactFamily<F> family, ScoDataset data, List<Table> tables) {
        List<F> facts = data.facts(family);
        String table = tableName(family);
        Map<String, List<Column>> byComponent = new LinkedHashMap<>();
        List<Table> links = new ArrayList<>();
        for (Component component : RecordShape.of(family.type().asSubclass(Record.class)).components()) {
            String name = component.name();
            Type type = component.genericType();
            if (name.equals(ID)) {
                byComponent.put(name, List.of(Column.of(Field.of(ID, Field.STRING, "identifier of the fact, unique"
                        + " across every table of the package (fact_sources.fact_id refers to it)", true),
                        v -> ((FactId) v).value())));
            } else if (name.equals(SOURCES)) {
                continue; // the long table fact_sources
            } else if (Collection.class.isAssignableFrom(Columns.raw(type))) {
                links.add(linkTable(family, table, component, facts, data));
            } else {
                byComponent.put(name, Columns.of(Columns.snake(name), type, Glossary.component(name),
                        factIdTarget(facts, name, data)));
            }
        }
        List<Column> columns = new ArrayList<>();
        byComponent.values().forEach(columns::addAll);
        List<List<String>> rows = new ArrayList<>();
        for (F fact : facts) {
            Map<String, Object> values = FactFamily.fields(fact);
            List<String> row = new ArrayList<>();
            byComponent.forEach((component, componentColumns) -> {
                for (Column column : componentColumns) {
                    row.add(column.cell().apply(values.get(component)));
                }
            });
            rows.add(row);
        }
        tables.add(table(table, family.name() + " facts", family.description(), columns, List.of(ID), rows));
        tables.addAll(links);
    }

    private static <F extends Fact> Table linkTable(FactFamily<F> family, String familyTable, Component component,
                                                    List<F> facts, ScoDataset data) {
        String owner = Columns.snake(family.name()) + "_" + ID;
        String element = singular(Columns.snake(component.name()));
        Type elementType = ((ParameterizedType) component.genericType()).getActualTypeArguments()[0];
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of(Field.of(owner, Field.STRING, "the fact (a key into " + familyTable + ")", true),
                v -> ((FactId) v).value()).referring(familyTable, ID));
        List<Column> elementColumns = Columns.of(element, elementType, Glossary.component(component.name()),
                factIdTarget(facts, component.name(), data));
        columns.addAll(elementColumns);
        List<List<String>> rows = new ArrayList<>();
        for (F fact : facts) {
            for (Object value : (Collection<?>) FactFamily.fields(fact).get(component.name())) {
                List<String> row = new ArrayList<>();
                row.add(fact.id().value());
                for (Column column : elementColumns) {
                    row.add(column.cell().apply(value));
                }
                rows.add(row);
            }
        }
        List<String> key = new ArrayList<>();
        for (Column column : columns) {
            key.add(column.field().name());
        }
        String name = Columns.snake(family.name()) + "_" + Columns.snake(component.name());
        return table(name, family.name() + " " + component.name(), "One row per fact of " + familyTable
                + " and each of its " + component.name() + ", in the order the fact lists them.", columns, key, rows);
    }

    /**
     * The table the fact identifiers in a component refer to, read from the facts they identify; empty when no
     * fact has a value there or they are of several families.
     */
    private static Optional<String> factIdTarget(List<? extends Fact> facts, String component, ScoDataset data) {
        Set<String> targets = new LinkedHashSet<>();
        for (Fact fact : facts) {
            collectTargets(FactFamily.fields(fact).get(component), data, targets);
        }
        return targets.size() == 1 ? Optional.of(targets.iterator().next()) : Optional.empty();
    }

    private static void collectTargets(Object value, ScoDataset data, Set<String> targets) {
        if (value instanceof FactRef) {
            collectTargets(((FactRef) value).id(), data, targets);
        } else if (value instanceof FactId) {
            data.fact((FactId) value).ifPresent(f -> targets.add(tableName(FactFamily.of(f))));
        } else if (value instanceof Optional<?>) {
            ((Optional<?>) value).ifPresent(v -> collectTargets(v, data, targets));
        } else if (value instanceof Collection<?>) {
            ((Collection<?>) value).forEach(v -> collectTargets(v, data, targets));
        }
    }

    private static Table factSources(ScoDataset data) {
        List<String> factTables = new ArrayList<>();
        for (FactFamily<?> family : FactFamily.all()) {
            factTables.add(tableName(family));
        }
        List<Field> fields = List.of(
                Field.of("fact_id", Field.STRING, "the fact (its id in the table fact_table names)", true),
                Field.of("source_id", Field.STRING, "a source the fact cites (a key into sources)", true),
                Field.of("fact_table", Field.STRING, "the table that holds the fact", true).withAllowed(factTables));
        List<List<String>> rows = new ArrayList<>();
        for (FactFamily<?> family : FactFamily.all()) {
            for (Fact fact : data.facts(family)) {
                for (Source source : fact.sources()) {
                    rows.add(List.of(fact.id().value(), source.id().value(), tableName(family)));
                }
            }
        }
        return new Table(FACT_SOURCES, "Fact sources", "One row per fact and source it cites: the evidence for"
                + " every row of every fact table.", fields, List.of("fact_id", "source_id"),
                List.of(ForeignKey.of("source_id", "sources", "id")), rows);
    }

    private static Table table(String name, String title, String description, List<Column> columns,
                               List<String> primaryKey, List<List<String>> rows) {
        List<Field> fields = new ArrayList<>();
        List<ForeignKey> keys = new ArrayList<>();
        for (Column column : columns) {
            fields.add(column.field());
            column.foreignKey().ifPresent(keys::add);
        }
        return new Table(name, title, description, fields, primaryKey, keys, rows);
    }

    private static String singular(String plural) {
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural + "_item";
    }
}

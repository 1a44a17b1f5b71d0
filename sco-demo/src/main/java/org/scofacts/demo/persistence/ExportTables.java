package org.scofacts.demo.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scofacts.demo.message.Values;

/**
 * Makes the {@code sco_*} tables ready for a new export so that the previous export stays visible, complete, until
 * the new one is complete, whatever happens in between (a failure, a {@code kill -9}, a second export at the
 * same time).
 *
 * <p>The tables' layout is the DDL Hibernate generates for the entities; {@code sco_dataset} carries its
 * fingerprint as a table comment. When the tables are there with that layout, their rows are locked and
 * deleted in the transaction that then inserts the new rows: plain DML, which every database rolls back on
 * failure or after a crash. When the tables are missing or have another layout (written by another version of
 * the demo), they are replaced:
 * <ul>
 * <li>where the database has transactional DDL (PostgreSQL), they are dropped and created inside the export's
 *     transaction;</li>
 * <li>where DDL commits by itself (H2), the new tables are created under other names ({@link NewTables}), the
 *     rows go into them in one transaction, and only once that has committed are the old tables dropped and the
 *     new ones renamed. H2 commits each rename on its own, so a kill in those few milliseconds leaves some tables
 *     renamed and some not; the next save or load finishes the renaming before it reads anything.</li>
 * </ul>
 * Tables not named in the layout are never dropped or emptied; a table of the user's that refers to a
 * {@code sco_*} table makes the export fail, with nothing changed. Identifiers read from the database are quoted
 * with the database's own quote string, never pasted into SQL as they are.
 */
final class ExportTables {

    /** How {@link #prepare} made the tables ready: where the caller writes the new rows, and what follows. */
    enum Plan {
        /** Into the {@code sco_*} tables, in the transaction {@link #prepare} ran in; commit, and done. */
        IN_PLACE,
        /**
         * Into the new tables ({@link #intoNewTables(String)} rewrites the statements); after the commit,
         * {@link #swapIn(Connection)} puts them in the old ones' place.
         */
        INTO_NEW_TABLES
    }

    private static final String LAYOUT_COMMENT = "sco-demo layout ";
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)^create table (?:if not exists )?(\\S+)");
    private static final Pattern FOREIGN_KEY = Pattern.compile(
            "(?i)^alter table (?:if exists )?(\\S+) add constraint \\S+ foreign key \\([^)]*\\) references (\\S+)");

    private final List<String> createStatements;
    private final List<String> tables;
    private final List<String> deleteOrder;
    private final String layout;
    private final String datasetTable;
    private final NewTables newTables;

    /**
     * @param createScript the DDL Hibernate generates for the entities, one statement a line
     */
    ExportTables(String createScript) {
        this.createStatements = createScript.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.endsWith(";") ? l.substring(0, l.length() - 1) : l).toList();
        Set<String> names = new LinkedHashSet<>();
        Map<String, Set<String>> referencedBy = new LinkedHashMap<>();
        for (String statement : createStatements) {
            Matcher create = CREATE_TABLE.matcher(statement);
            if (create.find()) {
                names.add(create.group(1).toLowerCase(Locale.ROOT));
            }
            Matcher fk = FOREIGN_KEY.matcher(statement);
            if (fk.find()) {
                referencedBy.computeIfAbsent(fk.group(2).toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>())
                        .add(fk.group(1).toLowerCase(Locale.ROOT));
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("Hibernate generated no create table statement");
        }
        this.tables = List.copyOf(names);
        this.deleteOrder = referringFirst(tables, referencedBy);
        this.layout = fingerprint(createStatements);
        this.datasetTable = tables.contains("sco_dataset") ? "sco_dataset" : tables.get(0);
        this.newTables = new NewTables(tables, datasetTable);
    }

    /** The tables of the layout, as the create script names them. */
    List<String> tables() {
        return tables;
    }

    /**
     * Empties the tables, or (re)creates them, on a connection whose transaction the caller commits after
     * writing the new rows.
     *
     * @param c the connection of the export's transaction (auto-commit off)
     * @return where the rows go
     * @throws SQLException as the database reports it; the caller rolls back
     */
    Plan prepare(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        boolean ddlCommits = meta.dataDefinitionCausesTransactionCommit();
        try (Statement s = c.createStatement()) {
            if ("PostgreSQL".equalsIgnoreCase(meta.getDatabaseProductName())) {
                // Two first exports into an empty schema would both create the tables, and the second would fail on
                // PostgreSQL's catalogue (pg_type_typname_nsp_index). This lock, per schema and held until the
                // transaction ends, makes the second wait and then find the first one's tables.
                s.executeQuery("select pg_advisory_xact_lock(hashtext('sco-demo export ' || current_schema()))")
                        .close();
            }
            if (ddlCommits) {
                newTables.finishInterruptedSwap(c);
            }
            Map<String, String> existing = existingTables(c, meta);
            boolean sameLayout = existing.keySet().containsAll(tables)
                    && (LAYOUT_COMMENT + layout).equals(existing.get(datasetTable));
            refuseIfReferencedFromOutside(c, meta, existing);
            if (sameLayout) {
                // Serialises exports: a second one waits here until the first has committed or rolled back.
                s.executeQuery("select * from " + datasetTable + " for update").close();
                for (String table : deleteOrder) {
                    s.executeUpdate("delete from " + table);
                }
                return Plan.IN_PLACE;
            }
            if (ddlCommits) {
                newTables.create(c, createStatements, LAYOUT_COMMENT + layout);
                return Plan.INTO_NEW_TABLES;
            }
            Identifiers.dropTables(c, existing.keySet());
            for (String statement : createStatements) {
                s.executeUpdate(statement);
            }
            s.executeUpdate("comment on table " + datasetTable + " is '" + LAYOUT_COMMENT + layout + "'");
            return Plan.IN_PLACE;
        }
    }

    /**
     * A statement Hibernate is about to run, addressed to the new tables instead of the {@code sco_*} ones.
     *
     * @param sql the statement
     * @return the statement for the new tables
     */
    String intoNewTables(String sql) {
        return newTables.rename(sql);
    }

    /**
     * Replaces the {@code sco_*} tables with the new ones, complete and committed (after
     * {@link Plan#INTO_NEW_TABLES}).
     *
     * @param c a connection
     * @throws SQLException as the database reports it
     */
    void swapIn(Connection c) throws SQLException {
        newTables.swapIn(c);
    }

    /**
     * Where DDL commits by itself: finishes replacing the tables where a kill interrupted it, before they are read.
     *
     * @param c a connection
     * @throws SQLException as the database reports it
     */
    void finishInterruptedSwap(Connection c) throws SQLException {
        if (c.getMetaData().dataDefinitionCausesTransactionCommit()) {
            newTables.finishInterruptedSwap(c);
        }
    }

    /** The sco_* tables of the connection's schema that are in the layout, with their comments. */
    private Map<String, String> existingTables(Connection c, DatabaseMetaData meta) throws SQLException {
        Map<String, String> found = new LinkedHashMap<>();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), null, new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (tables.contains(name)) {
                    String remarks = rs.getString("REMARKS");
                    found.put(name, remarks == null ? "" : remarks);
                }
            }
        }
        return found;
    }

    private static void refuseIfReferencedFromOutside(Connection c, DatabaseMetaData meta, Map<String, String> existing)
            throws SQLException {
        for (String table : existing.keySet()) {
            try (ResultSet rs = meta.getExportedKeys(c.getCatalog(), c.getSchema(), Identifiers.stored(meta, table))) {
                while (rs.next()) {
                    String from = rs.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!from.startsWith("sco_")) {
                        throw new SQLException("table " + Values.quoted(from) + " refers to " + table
                                + " (constraint " + Values.quoted(String.valueOf(rs.getString("FK_NAME")))
                                + "): the export leaves tables it did not create alone;"
                                + " drop that constraint to export again", "SCO01");
                    }
                }
            }
        }
    }

    /** Every table after the tables that refer to it, so that deleting in this order breaks no foreign key. */
    private static List<String> referringFirst(List<String> tables, Map<String, Set<String>> referencedBy) {
        List<String> order = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String table : tables) {
            visit(table, referencedBy, order, visiting);
        }
        return List.copyOf(order);
    }

    private static void visit(String table, Map<String, Set<String>> referencedBy, List<String> order,
            Set<String> visiting) {
        if (order.contains(table) || !visiting.add(table)) {
            return;
        }
        for (String referrer : referencedBy.getOrDefault(table, Set.of())) {
            visit(referrer, referencedBy, order, visiting);
        }
        order.add(table);
    }

    private static String fingerprint(List<String> statements) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            statements.forEach(s -> sha.update((s + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}

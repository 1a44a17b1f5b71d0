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

/**
 * Makes the {@code sco_*} tables ready for a new export <em>inside the export's own transaction</em>, so that
 * the previous export stays visible until the new one commits, whatever happens in between (a failure, a
 * {@code kill -9}, a second export at the same time).
 *
 * <p>The tables' layout is the DDL Hibernate generates for the entities; {@code sco_dataset} carries its
 * fingerprint as a table comment. When the tables are there with that layout, their rows are locked and
 * deleted in the transaction that then inserts the new rows: plain DML, which every database rolls back on
 * failure or after a crash. Only when the tables are missing or have another layout (written by another version
 * of the demo) are they dropped and created: inside the same transaction where the database has transactional
 * DDL (PostgreSQL); where DDL commits by itself (H2), this happens before any new row is written, and a kill in
 * that short window leaves the new, empty tables. Tables not named in the layout are never dropped or emptied;
 * a table of the user's that refers to a {@code sco_*} table makes the export fail, with nothing changed.
 */
final class ExportTables {

    private static final String LAYOUT_COMMENT = "sco-demo layout ";
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)^create table (?:if not exists )?(\\S+)");
    private static final Pattern FOREIGN_KEY = Pattern.compile(
            "(?i)^alter table (?:if exists )?(\\S+) add constraint \\S+ foreign key \\([^)]*\\) references (\\S+)");

    private final List<String> createStatements;
    private final List<String> tables;
    private final List<String> deleteOrder;
    private final String layout;

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
     * @throws SQLException as the database reports it; the caller rolls back
     */
    void prepare(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<String, String> existing = existingTables(c, meta);
        String datasetTable = tables.contains("sco_dataset") ? "sco_dataset" : tables.get(0);
        boolean sameLayout = existing.keySet().containsAll(tables)
                && (LAYOUT_COMMENT + layout).equals(existing.get(datasetTable));
        refuseIfReferencedFromOutside(c, meta, existing);
        try (Statement s = c.createStatement()) {
            if (sameLayout) {
                // Serialises exports: a second one waits here until the first has committed or rolled back.
                s.executeQuery("select * from " + datasetTable + " for update").close();
                for (String table : deleteOrder) {
                    s.executeUpdate("delete from " + table);
                }
                return;
            }
            for (String table : existing.keySet()) {
                for (String constraint : foreignKeysBetweenScoTables(c, meta, table, existing.keySet())) {
                    s.executeUpdate("alter table " + table + " drop constraint " + constraint);
                }
            }
            for (String table : deleteOrder) {
                if (existing.containsKey(table)) {
                    s.executeUpdate("drop table " + table);
                }
            }
            for (String statement : createStatements) {
                s.executeUpdate(statement);
            }
            s.executeUpdate("comment on table " + datasetTable + " is '" + LAYOUT_COMMENT + layout + "'");
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
            try (ResultSet rs = meta.getExportedKeys(c.getCatalog(), c.getSchema(), stored(meta, table))) {
                while (rs.next()) {
                    String from = rs.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!from.startsWith("sco_")) {
                        throw new SQLException("table " + from + " refers to " + table + " (constraint "
                                + rs.getString("FK_NAME") + "): the export leaves tables it did not create alone;"
                                + " drop that constraint to export again", "SCO01");
                    }
                }
            }
        }
    }

    /** Foreign keys of a table that refer to another sco_* table: dropped before the tables are recreated. */
    private static List<String> foreignKeysBetweenScoTables(Connection c, DatabaseMetaData meta, String table,
            Set<String> scoTables) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), c.getSchema(), stored(meta, table))) {
            while (rs.next()) {
                String to = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                String name = rs.getString("FK_NAME");
                if (scoTables.contains(to) && name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static String stored(DatabaseMetaData meta, String name) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
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

package org.scofacts.demo.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The export's tables under other names ({@code sconew_fact} for {@code sco_fact}), for databases where DDL
 * commits by itself (H2): the new layout is created and filled there while the {@code sco_*} tables still hold
 * the previous export, and swapped in only when complete.
 *
 * <p>The swap is one {@code drop table} of the old tables and then one rename per table, {@code sco_dataset}
 * last. So while any {@code sconew_*} table exists, {@code sconew_dataset} does, and a row in it means the new
 * tables were complete (their rows were inserted in one transaction): {@link #finishInterruptedSwap} then
 * finishes the renaming; without that row, the new tables are an interrupted fill and are dropped.
 * The names do not start with {@code sco_}, so that nothing reading the {@code sco_*} tables mistakes them for
 * an export.
 */
final class NewTables {

    private static final String PREFIX = "sconew_";
    /** A name a constraint or an index is given in the DDL. */
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(constraint|index)\\s+(\\w+)");

    private final List<String> tables;
    private final String datasetTable;
    private final Pattern tableName;

    NewTables(List<String> tables, String datasetTable) {
        this.tables = tables;
        this.datasetTable = datasetTable;
        this.tableName = Pattern.compile("(?i)\\b(" + String.join("|", tables) + ")\\b");
    }

    /** The name a table of the layout has while it is new. */
    private static String newName(String table) {
        return PREFIX + (table.startsWith("sco_") ? table.substring("sco_".length()) : table);
    }

    /**
     * A statement with the layout's table names replaced by their new names.
     *
     * @param sql the statement
     * @return the statement for the new tables
     */
    String rename(String sql) {
        Matcher m = tableName.matcher(sql);
        StringBuilder sb = new StringBuilder(sql.length() + 16);
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(newName(m.group(1).toLowerCase(Locale.ROOT))));
        }
        return m.appendTail(sb).toString();
    }

    /**
     * Creates the new tables, empty, dropping any an interrupted fill left behind.
     *
     * @param c                the connection
     * @param createStatements the layout's DDL, for the {@code sco_*} names
     * @param comment          the comment that says which layout the tables have
     * @throws SQLException as the database reports it
     */
    void create(Connection c, List<String> createStatements, String comment) throws SQLException {
        Identifiers.dropTables(c, existing(c));
        // Constraint names are unique per schema, and the old tables still have theirs (which an earlier swap may
        // have suffixed too): a suffix of its own for each swap.
        String suffix = "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
        try (Statement s = c.createStatement()) {
            for (String statement : createStatements) {
                s.executeUpdate(NAMED.matcher(rename(statement)).replaceAll("$1 $2" + suffix));
            }
            s.executeUpdate("comment on table " + newName(datasetTable) + " is '" + comment + "'");
        }
    }

    /**
     * Drops the old tables and renames the new ones, {@code sco_dataset} last.
     *
     * @param c the connection
     * @throws SQLException as the database reports it
     */
    void swapIn(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Set<String> present = Set.copyOf(existing(c));
        List<String> old = new ArrayList<>();
        for (String table : tables) {
            if (present.contains(newName(table)) && tableExists(c, meta, table)) {
                old.add(table);
            }
        }
        Identifiers.dropTables(c, old);
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                if (!table.equals(datasetTable) && present.contains(newName(table))) {
                    s.executeUpdate("alter table " + newName(table) + " rename to " + table);
                }
            }
            if (present.contains(newName(datasetTable))) {
                s.executeUpdate("alter table " + newName(datasetTable) + " rename to " + datasetTable);
            }
        }
    }

    /**
     * After a kill: finishes a swap the kill interrupted (the new tables were complete), or drops new tables
     * whose fill it interrupted. Nothing happens when there are none.
     *
     * @param c the connection
     * @throws SQLException as the database reports it
     */
    void finishInterruptedSwap(Connection c) throws SQLException {
        List<String> present = existing(c);
        if (present.isEmpty()) {
            return;
        }
        if (present.contains(newName(datasetTable)) && complete(c)) {
            swapIn(c);
        } else {
            Identifiers.dropTables(c, present);
        }
    }

    private boolean complete(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + newName(datasetTable))) {
            return rs.next() && rs.getLong(1) == 1;
        }
    }

    /** The new tables there are, by their new names. */
    private List<String> existing(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            if (tableExists(c, meta, newName(table))) {
                found.add(newName(table));
            }
        }
        return found;
    }

    private static boolean tableExists(Connection c, DatabaseMetaData meta, String table) throws SQLException {
        // getTables takes a LIKE pattern, where _ stands for any character.
        String escape = meta.getSearchStringEscape();
        String pattern = Identifiers.stored(meta, table).replace("_", escape + "_");
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), pattern, new String[] {"TABLE"})) {
            return rs.next();
        }
    }
}

package org.scofacts.demo.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Locale;

/**
 * Names of tables and constraints in SQL the export builds: quoted with the database's own quote string
 * ({@link DatabaseMetaData#getIdentifierQuoteString()}), in the case the database stores them, so that a name
 * found in the database (such as a constraint called {@code "Extra FK"}) is never pasted into a statement as
 * it is.
 */
final class Identifiers {

    private Identifiers() {
    }

    /**
     * A name the demo writes unquoted (such as {@code sco_fact}), as the database stores it.
     *
     * @param meta the database's metadata
     * @param name the name as written in the demo's DDL
     * @return the stored name
     * @throws SQLException as the database reports it
     */
    static String stored(DatabaseMetaData meta, String name) throws SQLException {
        if (meta.storesUpperCaseIdentifiers()) {
            return name.toUpperCase(Locale.ROOT);
        }
        return meta.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
    }

    /**
     * A name as stored in the database, quoted for a statement; a quote character inside it is doubled.
     *
     * @param meta   the database's metadata
     * @param stored the name as the database stores it
     * @return the quoted name
     * @throws SQLException if the database has no quote string and the name is not a plain identifier
     */
    static String quoted(DatabaseMetaData meta, String stored) throws SQLException {
        String quote = meta.getIdentifierQuoteString();
        if (quote == null || quote.isBlank()) {
            if (!stored.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new SQLException("the database cannot quote the identifier " + stored, "SCO02");
            }
            return stored;
        }
        return quote + stored.replace(quote, quote + quote) + quote;
    }

    /**
     * Drops tables of the demo's layout in one statement, so that the foreign keys between them need not be
     * dropped first (both H2 and PostgreSQL accept several tables in one {@code drop table}).
     *
     * @param c      the connection
     * @param tables the tables, as the demo's DDL names them; nothing happens when empty
     * @throws SQLException as the database reports it
     */
    static void dropTables(Connection c, Collection<String> tables) throws SQLException {
        if (tables.isEmpty()) {
            return;
        }
        DatabaseMetaData meta = c.getMetaData();
        StringBuilder names = new StringBuilder();
        for (String table : tables) {
            names.append(names.length() == 0 ? "" : ", ").append(quoted(meta, stored(meta, table)));
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("drop table " + names);
        }
    }
}

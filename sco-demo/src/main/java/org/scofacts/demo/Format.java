package org.scofacts.demo;

/** How listings print: an aligned table for people, TSV or JSON for programs. */
enum Format {
    /** Columns aligned with spaces under a header, for reading. */
    TABLE,
    /** Tab-separated values with a header line, for scripts. */
    TSV,
    /** A JSON array of objects, one per row, keyed by column name. */
    JSON
}

package org.scofacts.model;

/**
 * What kind of publication a source is, from the most to the least authoritative for SCO facts.
 *
 * @since 0.1.0
 */
public enum SourceKind {
    /** A document or announcement of the SCO or of a member state's government. */
    OFFICIAL,
    /** An encyclopaedia or other reference work. */
    REFERENCE_WORK,
    /** A report by a news agency or newspaper. */
    NEWS_REPORT,
    /** One of the articles the project grew from. */
    SEED_ARTICLE
}

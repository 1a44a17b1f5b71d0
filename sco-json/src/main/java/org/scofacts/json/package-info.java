/**
 * JSON export and import of a whole {@link org.scofacts.data.ScoDataset}, and the dataset diff.
 *
 * <p>Nulls: no method accepts or returns {@code null}; an absent value is an empty
 * {@link java.util.Optional}, and a null argument throws {@link NullPointerException} naming the parameter.
 */
package org.scofacts.json;

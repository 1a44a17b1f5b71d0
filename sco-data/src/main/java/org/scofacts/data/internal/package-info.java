/**
 * Not API: how SCO Facts' own modules read a record through its components. The module exports this
 * package only to {@code org.scofacts.json} and {@code org.scofacts.datapackage} (sco-bench, on the class
 * path, reads it too); it may change in any release.
 *
 * @since 0.1.0
 */
@NullMarked
package org.scofacts.data.internal;

import org.jspecify.annotations.NullMarked;

/**
 * The SCO dataset as a Frictionless Tabular Data Package for R, Python and SQL users: {@link
 * org.scofacts.datapackage.DataPackage}.
 */
package org.scofacts.datapackage;

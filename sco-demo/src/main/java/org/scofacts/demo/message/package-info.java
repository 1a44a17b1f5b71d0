/**
 * Every error message the demo prints, and its exit codes, built in one place ({@link
 * org.scofacts.demo.message.Messages}); the console and the persistence layer both use it, and it uses
 * neither. Nothing here returns or accepts null unless its Javadoc says so.
 */
package org.scofacts.demo.message;

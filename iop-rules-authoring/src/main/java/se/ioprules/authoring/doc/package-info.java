/**
 * Generates {@code docs/criteria.md}, the table of every criterion of the built-in rule sets.
 */
package se.ioprules.authoring.doc;

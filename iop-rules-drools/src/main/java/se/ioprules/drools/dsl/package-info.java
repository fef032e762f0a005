/**
 * What rules see besides the facts: the {@code out} global that records findings
 * ({@link se.ioprules.drools.dsl.Findings}), conclusions of other rules, dated parameters, messages, data tables and
 * the term scanner for word tables.
 */
package se.ioprules.drools.dsl;

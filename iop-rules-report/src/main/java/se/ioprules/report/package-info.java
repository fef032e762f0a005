/**
 * Reports for people: {@link se.ioprules.report.MarkdownReport} and {@link se.ioprules.report.HtmlReport} (one
 * self-contained, printable page) render an evaluation in Swedish or English, summary first, with every finding's
 * facts and citation and the decision record.
 */
package se.ioprules.report;

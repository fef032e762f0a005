/**
 * JSON interchange: {@link se.ioprules.json.PartnershipJson} reads and writes partnership facts strictly (every
 * problem with its line, column and JSON path), {@link se.ioprules.json.EvaluationJson} writes results, and
 * {@link se.ioprules.json.SchemaGenerator} gives the JSON Schema of the input format, {@link se.ioprules.json.EvaluationSchema}
 * those of the output (a result, a batch line, the open questions of {@link se.ioprules.json.OpenQuestionsJson}).
 */
package se.ioprules.json;

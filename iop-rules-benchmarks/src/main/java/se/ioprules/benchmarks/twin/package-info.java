/**
 * The hand-coded twin of the eu-public-contract rule set, the yardstick for the engine's cost
 * ({@link se.ioprules.benchmarks.TwinBenchmark}); not part of the library.
 */
package se.ioprules.benchmarks.twin;

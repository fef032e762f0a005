/**
 * JMH benchmarks of the engine (see {@code docs/benchmarks.md}). Not published.
 */
package se.ioprules.benchmarks;

/**
 * Three illustrative agreement types (Laholm, Timrå, Sörmland) as Java and JSON, and the main job that evaluates
 * them.
 */
package se.ioprules.samples;

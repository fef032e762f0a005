/**
 * Reads rule-set directories ({@code <id>/<version>/} with {@code manifest.properties}, DRL, messages, parameters and
 * data tables) from the classpath or the file system, strictly and with line numbers for every problem.
 */
package se.ioprules.drools.load;

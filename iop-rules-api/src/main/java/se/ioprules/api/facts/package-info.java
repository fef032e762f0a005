/**
 * The partnership facts (the criteria catalogue's section C): {@link se.ioprules.api.facts.Partnership} and the
 * groups it is made of, each an immutable record with a builder. Field names are also the JSON field names of the
 * input format.
 *
 * <p>A fact that is {@code null}, {@link se.ioprules.api.facts.Tri#UNKNOWN}, blank or an empty list is not recorded:
 * a criterion that needs it is not assessable and names it. {@link se.ioprules.api.facts.FactSource} records where a
 * fact comes from, or that it is assumed.
 */
package se.ioprules.api.facts;

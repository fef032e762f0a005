/**
 * The iop-rules API: what an embedder compiles against. {@link se.ioprules.api.IopRules#engine()} finds the engine
 * (through {@link java.util.ServiceLoader}); {@link se.ioprules.api.IopRulesEngine#evaluate} checks a
 * {@link se.ioprules.api.facts.Partnership} against the rule sets in force and returns an
 * {@link se.ioprules.api.Evaluation}: a verdict and findings with citations per rule set, the overall
 * {@link se.ioprules.api.Assessment} (public contract, state aid) and what is needed to reproduce it.
 *
 * <p>All values are immutable records; there are no Drools or Jackson types here. Missing facts are reported as
 * {@link se.ioprules.api.Outcome#NOT_ASSESSABLE}, never as a pass. Invalid input throws
 * {@link se.ioprules.api.InvalidPartnershipException} with every problem and its field path.
 */
package se.ioprules.api;

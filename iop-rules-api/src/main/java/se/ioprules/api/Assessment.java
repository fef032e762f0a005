package se.ioprules.api;

/**
 * The overall legal assessment across rule sets.
 *
 * @param publicContract is the agreement likely a public contract (offentligt kontrakt) that must be procured?
 *     From the {@code eupc-aggregate} conclusion of the eu-public-contract rule set.
 * @param stateAid is the public contribution likely state aid under art. 107(1) TFEU? From {@code sa-aggregate}.
 */
public record Assessment(Likelihood publicContract, Likelihood stateAid) {
}

package se.ioprules.api.facts;

/**
 * The legal instrument by which the public money or inputs are given. The questions of the public-contract test
 * (was there agreement, what can be demanded on breach) are read according to it: a grant decision is a unilateral
 * public-law decision, but its conditions, once accepted, can still amount to a contract.
 */
public enum Instrument {
    /** A signed IOP agreement (överenskommelse om idéburet offentligt partnerskap). */
    IOP_AGREEMENT,
    /** A grant decision: föreningsbidrag, verksamhetsbidrag, driftsstöd or another bidrag decided by a committee or council. */
    GRANT_DECISION,
    /** A contract awarded after a procurement under LOU (including reserved procurement and the welfare-service rules). */
    PROCURED_CONTRACT,
    /** A contract under a choice system (valfrihetssystem) under LOV. */
    LOV_CONTRACT,
    /** Another instrument (e.g. a cooperation agreement between authorities). */
    OTHER
}

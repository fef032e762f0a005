package se.ioprules.api.facts;

/** Body that took a decision. */
public enum DecisionBody {
    /** Kommunfullmäktige or regionfullmäktige. */
    FULLMAKTIGE,
    /** Kommunstyrelse or regionstyrelse. */
    STYRELSE,
    /** A committee (nämnd). */
    NAMND,
    /** An official under delegation. */
    DELEGATION,
    /** No decision body. */
    NONE;
}

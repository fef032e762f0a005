package se.ioprules.api.facts;

/** Sector of a party. Public sectors are those for which {@link #isPublic()} is true. */
public enum Sector {
    /** Kommun. */
    PUBLIC_MUNICIPALITY,
    /** Region (formerly landsting). */
    PUBLIC_REGION,
    /** Statlig myndighet. */
    PUBLIC_STATE_AGENCY,
    /** Publicly owned company. */
    PUBLIC_OWNED_COMPANY,
    /** Idéburen organisation. */
    IDEA_BASED,
    /** Private commercial undertaking. */
    PRIVATE_COMMERCIAL;

    /** {@return true for the public sectors} */
    public boolean isPublic() {
        return this != IDEA_BASED && this != PRIVATE_COMMERCIAL;
    }
}

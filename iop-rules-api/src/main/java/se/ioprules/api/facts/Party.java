package se.ioprules.api.facts;

import java.util.List;

/**
 * C1: one party to the agreement.
 *
 * @param id Identifier unique within the partnership; contributions refer to it.
 * @param name Name of the party.
 * @param sector Public or idea-based sector of the party.
 * @param legalForm Legal form.
 * @param orgNumber Swedish organisation number, if known.
 * @param idea Facts about an idea-based party (registration, vetting); null for other parties or when nothing is recorded.
 * @param contributionsComplete Every contribution of this party is recorded (true), or the list may be incomplete (false/unknown: shares are then unknown).
 */
public record Party(
        String id,
        String name,
        Sector sector,
        LegalForm legalForm,
        String orgNumber,
        IdeaBasedProfile idea,
        Tri contributionsComplete) {

    /** An instance with nothing recorded. */
    public static final Party EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param id Identifier unique within the partnership; contributions refer to it.
     * @param name Name of the party.
     * @param sector Public or idea-based sector of the party.
     * @param legalForm Legal form.
     * @param orgNumber Swedish organisation number, if known.
     * @param idea Facts about an idea-based party (registration, vetting); null for other parties or when nothing is
     *     recorded.
     * @param contributionsComplete Every contribution of this party is recorded (true), or the list may be incomplete
     *     (false/unknown: shares are then unknown).
     */
    public Party {

        contributionsComplete = contributionsComplete == null ? Tri.UNKNOWN : contributionsComplete;
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.sector = sector;
        b.legalForm = legalForm;
        b.orgNumber = orgNumber;
        b.idea = idea;
        b.contributionsComplete = contributionsComplete;
        return b;
    }

    /** Mutable builder for {@link Party}; not thread-safe. */
    public static final class Builder {
        private String id;
        private String name;
        private Sector sector;
        private LegalForm legalForm;
        private String orgNumber;
        private IdeaBasedProfile idea;
        private Tri contributionsComplete;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code id} set}
         *
         * @param value Identifier unique within the partnership; contributions refer to it.
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * {@return this builder, with {@code name} set}
         *
         * @param value Name of the party.
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * {@return this builder, with {@code sector} set}
         *
         * @param value Public or idea-based sector of the party.
         */
        public Builder sector(Sector value) {
            this.sector = value;
            return this;
        }

        /**
         * {@return this builder, with {@code legalForm} set}
         *
         * @param value Legal form.
         */
        public Builder legalForm(LegalForm value) {
            this.legalForm = value;
            return this;
        }

        /**
         * {@return this builder, with {@code orgNumber} set}
         *
         * @param value Swedish organisation number, if known.
         */
        public Builder orgNumber(String value) {
            this.orgNumber = value;
            return this;
        }

        /**
         * {@return this builder, with {@code idea} set}
         *
         * @param value Facts about an idea-based party (registration, vetting); null for other parties or when nothing
         *     is recorded.
         */
        public Builder idea(IdeaBasedProfile value) {
            this.idea = value;
            return this;
        }

        /**
         * {@return this builder, with {@code contributionsComplete} set}
         *
         * @param value Every contribution of this party is recorded (true), or the list may be incomplete
         *     (false/unknown: shares are then unknown).
         */
        public Builder contributionsComplete(Tri value) {
            this.contributionsComplete = value;
            return this;
        }

        /**
         * Convenience for {@link #contributionsComplete(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder contributionsComplete(Boolean value) {
            this.contributionsComplete = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public Party build() {
            return new Party(id, name, sector, legalForm, orgNumber, idea, contributionsComplete);
        }
    }
}

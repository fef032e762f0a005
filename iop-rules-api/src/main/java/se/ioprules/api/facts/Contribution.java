package se.ioprules.api.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * C4: one input by one party.
 *
 * @param partyId Id of the contributing party.
 * @param kind Kind of input.
 * @param valueSek Value in SEK; null = not valued.
 * @param valuedInBudget The input is valued in the budget.
 * @param compensated The party is compensated for this input.
 * @param description Short description.
 */
public record Contribution(
        String partyId,
        ContributionKind kind,
        BigDecimal valueSek,
        Tri valuedInBudget,
        Tri compensated,
        String description) {

    /** An instance with nothing recorded. */
    public static final Contribution EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param partyId Id of the contributing party.
     * @param kind Kind of input.
     * @param valueSek Value in SEK; null = not valued.
     * @param valuedInBudget The input is valued in the budget.
     * @param compensated The party is compensated for this input.
     * @param description Short description.
     */
    public Contribution {
        valuedInBudget = valuedInBudget == null ? Tri.UNKNOWN : valuedInBudget;
        compensated = compensated == null ? Tri.UNKNOWN : compensated;
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.partyId = partyId;
        b.kind = kind;
        b.valueSek = valueSek;
        b.valuedInBudget = valuedInBudget;
        b.compensated = compensated;
        b.description = description;
        return b;
    }

    /** Mutable builder for {@link Contribution}; not thread-safe. */
    public static final class Builder {
        private String partyId;
        private ContributionKind kind;
        private BigDecimal valueSek;
        private Tri valuedInBudget;
        private Tri compensated;
        private String description;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code partyId} set}
         *
         * @param value Id of the contributing party.
         */
        public Builder partyId(String value) {
            this.partyId = value;
            return this;
        }

        /**
         * {@return this builder, with {@code kind} set}
         *
         * @param value Kind of input.
         */
        public Builder kind(ContributionKind value) {
            this.kind = value;
            return this;
        }

        /**
         * {@return this builder, with {@code valueSek} set}
         *
         * @param value Value in SEK; null = not valued.
         */
        public Builder valueSek(BigDecimal value) {
            this.valueSek = value;
            return this;
        }

        /**
         * {@return this builder, with {@code valuedInBudget} set}
         *
         * @param value The input is valued in the budget.
         */
        public Builder valuedInBudget(Tri value) {
            this.valuedInBudget = value;
            return this;
        }

        /**
         * {@return this builder, with {@code compensated} set}
         *
         * @param value The party is compensated for this input.
         */
        public Builder compensated(Tri value) {
            this.compensated = value;
            return this;
        }

        /**
         * {@return this builder, with {@code description} set}
         *
         * @param value Short description.
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Convenience for {@link #valuedInBudget(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder valuedInBudget(Boolean value) {
            this.valuedInBudget = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #compensated(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder compensated(Boolean value) {
            this.compensated = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public Contribution build() {
            return new Contribution(partyId, kind, valueSek, valuedInBudget, compensated, description);
        }
    }
}

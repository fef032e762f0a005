package se.ioprules.api.facts;

import java.util.List;

/**
 * C8: the four democracy conditions; TRUE means the condition is breached.
 *
 * @param violenceCoercionThreat Uses violence, coercion or threats, or otherwise improperly violates fundamental rights.
 * @param discrimination Discriminates or breaches the principle of equal worth.
 * @param justifiesPromotes Justifies, promotes or incites the above.
 * @param counteractsDemocracy Counteracts democratic government.
 */
public record DemocracyConditions(
        Tri violenceCoercionThreat,
        Tri discrimination,
        Tri justifiesPromotes,
        Tri counteractsDemocracy) {

    /** An instance with nothing recorded. */
    public static final DemocracyConditions EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param violenceCoercionThreat Uses violence, coercion or threats, or otherwise improperly violates fundamental
     *     rights.
     * @param discrimination Discriminates or breaches the principle of equal worth.
     * @param justifiesPromotes Justifies, promotes or incites the above.
     * @param counteractsDemocracy Counteracts democratic government.
     */
    public DemocracyConditions {
        violenceCoercionThreat = violenceCoercionThreat == null ? Tri.UNKNOWN : violenceCoercionThreat;
        discrimination = discrimination == null ? Tri.UNKNOWN : discrimination;
        justifiesPromotes = justifiesPromotes == null ? Tri.UNKNOWN : justifiesPromotes;
        counteractsDemocracy = counteractsDemocracy == null ? Tri.UNKNOWN : counteractsDemocracy;
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.violenceCoercionThreat = violenceCoercionThreat;
        b.discrimination = discrimination;
        b.justifiesPromotes = justifiesPromotes;
        b.counteractsDemocracy = counteractsDemocracy;
        return b;
    }

    /** Mutable builder for {@link DemocracyConditions}; not thread-safe. */
    public static final class Builder {
        private Tri violenceCoercionThreat;
        private Tri discrimination;
        private Tri justifiesPromotes;
        private Tri counteractsDemocracy;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code violenceCoercionThreat} set}
         *
         * @param value Uses violence, coercion or threats, or otherwise improperly violates fundamental rights.
         */
        public Builder violenceCoercionThreat(Tri value) {
            this.violenceCoercionThreat = value;
            return this;
        }

        /**
         * {@return this builder, with {@code discrimination} set}
         *
         * @param value Discriminates or breaches the principle of equal worth.
         */
        public Builder discrimination(Tri value) {
            this.discrimination = value;
            return this;
        }

        /**
         * {@return this builder, with {@code justifiesPromotes} set}
         *
         * @param value Justifies, promotes or incites the above.
         */
        public Builder justifiesPromotes(Tri value) {
            this.justifiesPromotes = value;
            return this;
        }

        /**
         * {@return this builder, with {@code counteractsDemocracy} set}
         *
         * @param value Counteracts democratic government.
         */
        public Builder counteractsDemocracy(Tri value) {
            this.counteractsDemocracy = value;
            return this;
        }

        /**
         * Convenience for {@link #violenceCoercionThreat(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder violenceCoercionThreat(Boolean value) {
            this.violenceCoercionThreat = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #discrimination(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder discrimination(Boolean value) {
            this.discrimination = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #justifiesPromotes(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder justifiesPromotes(Boolean value) {
            this.justifiesPromotes = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #counteractsDemocracy(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder counteractsDemocracy(Boolean value) {
            this.counteractsDemocracy = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public DemocracyConditions build() {
            return new DemocracyConditions(violenceCoercionThreat, discrimination, justifiesPromotes, counteractsDemocracy);
        }
    }
}

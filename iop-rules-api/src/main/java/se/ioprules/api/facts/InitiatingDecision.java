package se.ioprules.api.facts;

import java.util.List;

/**
 * C2: the political decision behind the partnership.
 *
 * @param exists A decision exists.
 * @param body Body that took it.
 * @param reference Reference, e.g. "KS 2017-06-13 § 186".
 */
public record InitiatingDecision(
        Tri exists,
        DecisionBody body,
        String reference) {

    /** An instance with nothing recorded. */
    public static final InitiatingDecision EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param exists A decision exists.
     * @param body Body that took it.
     * @param reference Reference, e.g. "KS 2017-06-13 § 186".
     */
    public InitiatingDecision {
        exists = exists == null ? Tri.UNKNOWN : exists;
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.exists = exists;
        b.body = body;
        b.reference = reference;
        return b;
    }

    /** Mutable builder for {@link InitiatingDecision}; not thread-safe. */
    public static final class Builder {
        private Tri exists;
        private DecisionBody body;
        private String reference;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code exists} set}
         *
         * @param value A decision exists.
         */
        public Builder exists(Tri value) {
            this.exists = value;
            return this;
        }

        /**
         * {@return this builder, with {@code body} set}
         *
         * @param value Body that took it.
         */
        public Builder body(DecisionBody value) {
            this.body = value;
            return this;
        }

        /**
         * {@return this builder, with {@code reference} set}
         *
         * @param value Reference, e.g. "KS 2017-06-13 § 186".
         */
        public Builder reference(String value) {
            this.reference = value;
            return this;
        }

        /**
         * Convenience for {@link #exists(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder exists(Boolean value) {
            this.exists = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public InitiatingDecision build() {
            return new InitiatingDecision(exists, body, reference);
        }
    }
}

package se.ioprules.api.facts;

import java.util.List;

/**
 * C9: documented legal assessments before signing.
 *
 * @param procurementDone Assessed that the activity need not be procured.
 * @param kommunallagenDone Assessed compatibility with Kommunallagen.
 * @param stateAidDone Assessed compatibility with EU state-aid rules.
 * @param documented The assessments are documented.
 */
public record LegalAssessment(
        Tri procurementDone,
        Tri kommunallagenDone,
        Tri stateAidDone,
        Tri documented) {

    /** An instance with nothing recorded. */
    public static final LegalAssessment EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param procurementDone Assessed that the activity need not be procured.
     * @param kommunallagenDone Assessed compatibility with Kommunallagen.
     * @param stateAidDone Assessed compatibility with EU state-aid rules.
     * @param documented The assessments are documented.
     */
    public LegalAssessment {
        procurementDone = procurementDone == null ? Tri.UNKNOWN : procurementDone;
        kommunallagenDone = kommunallagenDone == null ? Tri.UNKNOWN : kommunallagenDone;
        stateAidDone = stateAidDone == null ? Tri.UNKNOWN : stateAidDone;
        documented = documented == null ? Tri.UNKNOWN : documented;
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.procurementDone = procurementDone;
        b.kommunallagenDone = kommunallagenDone;
        b.stateAidDone = stateAidDone;
        b.documented = documented;
        return b;
    }

    /** Mutable builder for {@link LegalAssessment}; not thread-safe. */
    public static final class Builder {
        private Tri procurementDone;
        private Tri kommunallagenDone;
        private Tri stateAidDone;
        private Tri documented;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code procurementDone} set}
         *
         * @param value Assessed that the activity need not be procured.
         */
        public Builder procurementDone(Tri value) {
            this.procurementDone = value;
            return this;
        }

        /**
         * {@return this builder, with {@code kommunallagenDone} set}
         *
         * @param value Assessed compatibility with Kommunallagen.
         */
        public Builder kommunallagenDone(Tri value) {
            this.kommunallagenDone = value;
            return this;
        }

        /**
         * {@return this builder, with {@code stateAidDone} set}
         *
         * @param value Assessed compatibility with EU state-aid rules.
         */
        public Builder stateAidDone(Tri value) {
            this.stateAidDone = value;
            return this;
        }

        /**
         * {@return this builder, with {@code documented} set}
         *
         * @param value The assessments are documented.
         */
        public Builder documented(Tri value) {
            this.documented = value;
            return this;
        }

        /**
         * Convenience for {@link #procurementDone(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder procurementDone(Boolean value) {
            this.procurementDone = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #kommunallagenDone(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder kommunallagenDone(Boolean value) {
            this.kommunallagenDone = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #stateAidDone(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder stateAidDone(Boolean value) {
            this.stateAidDone = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #documented(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder documented(Boolean value) {
            this.documented = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public LegalAssessment build() {
            return new LegalAssessment(procurementDone, kommunallagenDone, stateAidDone, documented);
        }
    }
}

package se.ioprules.api.facts;

import java.util.List;

/**
 * C6: financial insight.
 *
 * @param bookkeepingAccess Full insight into the activity's bookkeeping.
 * @param externalAuditorOption Option to bring in an external auditor.
 */
public record FinancialInsight(
        Tri bookkeepingAccess,
        Tri externalAuditorOption) {

    /** An instance with nothing recorded. */
    public static final FinancialInsight EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param bookkeepingAccess Full insight into the activity's bookkeeping.
     * @param externalAuditorOption Option to bring in an external auditor.
     */
    public FinancialInsight {
        bookkeepingAccess = bookkeepingAccess == null ? Tri.UNKNOWN : bookkeepingAccess;
        externalAuditorOption = externalAuditorOption == null ? Tri.UNKNOWN : externalAuditorOption;
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.bookkeepingAccess = bookkeepingAccess;
        b.externalAuditorOption = externalAuditorOption;
        return b;
    }

    /** Mutable builder for {@link FinancialInsight}; not thread-safe. */
    public static final class Builder {
        private Tri bookkeepingAccess;
        private Tri externalAuditorOption;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code bookkeepingAccess} set}
         *
         * @param value Full insight into the activity's bookkeeping.
         */
        public Builder bookkeepingAccess(Tri value) {
            this.bookkeepingAccess = value;
            return this;
        }

        /**
         * {@return this builder, with {@code externalAuditorOption} set}
         *
         * @param value Option to bring in an external auditor.
         */
        public Builder externalAuditorOption(Tri value) {
            this.externalAuditorOption = value;
            return this;
        }

        /**
         * Convenience for {@link #bookkeepingAccess(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder bookkeepingAccess(Boolean value) {
            this.bookkeepingAccess = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #externalAuditorOption(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder externalAuditorOption(Boolean value) {
            this.externalAuditorOption = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public FinancialInsight build() {
            return new FinancialInsight(bookkeepingAccess, externalAuditorOption);
        }
    }
}

package se.ioprules.api.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * C5: term.
 *
 * @param startDate First day of the agreement.
 * @param endDate Last day of the agreement; null = open-ended or unknown.
 * @param longTermIntent The parties intend a long-term partnership.
 * @param extensionOption How the agreement may be extended.
 * @param renewalWithDialogue Renewal happens after dialogue between the parties.
 * @param annualReviewScheduled An annual review is scheduled.
 * @param renegotiationClause The agreement has a renegotiation/review clause.
 * @param windDownPlan An orderly wind-down is planned.
 * @param exitRightWithoutSanction A party may leave without sanction.
 * @param marketEmergedDuringTerm A competitive situation has arisen during the term.
 * @param startDatePrecision How precisely the start date is known (day by default).
 * @param endDatePrecision How precisely the end date is known (day by default).
 * @param timesExtended How many times the term has been extended.
 * @param terminatedEarly The partnership was terminated before its end date.
 */
public record Term(
        LocalDate startDate,
        LocalDate endDate,
        Tri longTermIntent,
        ExtensionOption extensionOption,
        Tri renewalWithDialogue,
        Tri annualReviewScheduled,
        Tri renegotiationClause,
        Tri windDownPlan,
        Tri exitRightWithoutSanction,
        Tri marketEmergedDuringTerm,
        DatePrecision startDatePrecision,
        DatePrecision endDatePrecision,
        Integer timesExtended,
        Tri terminatedEarly) {

    /** An instance with nothing recorded. */
    public static final Term EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param startDate First day of the agreement.
     * @param endDate Last day of the agreement; null = open-ended or unknown.
     * @param longTermIntent The parties intend a long-term partnership.
     * @param extensionOption How the agreement may be extended.
     * @param renewalWithDialogue Renewal happens after dialogue between the parties.
     * @param annualReviewScheduled An annual review is scheduled.
     * @param renegotiationClause The agreement has a renegotiation/review clause.
     * @param windDownPlan An orderly wind-down is planned.
     * @param exitRightWithoutSanction A party may leave without sanction.
     * @param marketEmergedDuringTerm A competitive situation has arisen during the term.
     * @param startDatePrecision How precisely the start date is known (day by default).
     * @param endDatePrecision How precisely the end date is known (day by default).
     * @param timesExtended How many times the term has been extended.
     * @param terminatedEarly The partnership was terminated before its end date.
     */
    public Term {
        longTermIntent = longTermIntent == null ? Tri.UNKNOWN : longTermIntent;
        renewalWithDialogue = renewalWithDialogue == null ? Tri.UNKNOWN : renewalWithDialogue;
        annualReviewScheduled = annualReviewScheduled == null ? Tri.UNKNOWN : annualReviewScheduled;
        renegotiationClause = renegotiationClause == null ? Tri.UNKNOWN : renegotiationClause;
        windDownPlan = windDownPlan == null ? Tri.UNKNOWN : windDownPlan;
        exitRightWithoutSanction = exitRightWithoutSanction == null ? Tri.UNKNOWN : exitRightWithoutSanction;
        marketEmergedDuringTerm = marketEmergedDuringTerm == null ? Tri.UNKNOWN : marketEmergedDuringTerm;
        terminatedEarly = terminatedEarly == null ? Tri.UNKNOWN : terminatedEarly;
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.startDate = startDate;
        b.endDate = endDate;
        b.longTermIntent = longTermIntent;
        b.extensionOption = extensionOption;
        b.renewalWithDialogue = renewalWithDialogue;
        b.annualReviewScheduled = annualReviewScheduled;
        b.renegotiationClause = renegotiationClause;
        b.windDownPlan = windDownPlan;
        b.exitRightWithoutSanction = exitRightWithoutSanction;
        b.marketEmergedDuringTerm = marketEmergedDuringTerm;
        b.startDatePrecision = startDatePrecision;
        b.endDatePrecision = endDatePrecision;
        b.timesExtended = timesExtended;
        b.terminatedEarly = terminatedEarly;
        return b;
    }

    /** Mutable builder for {@link Term}; not thread-safe. */
    public static final class Builder {
        private LocalDate startDate;
        private LocalDate endDate;
        private Tri longTermIntent;
        private ExtensionOption extensionOption;
        private Tri renewalWithDialogue;
        private Tri annualReviewScheduled;
        private Tri renegotiationClause;
        private Tri windDownPlan;
        private Tri exitRightWithoutSanction;
        private Tri marketEmergedDuringTerm;
        private DatePrecision startDatePrecision;
        private DatePrecision endDatePrecision;
        private Integer timesExtended;
        private Tri terminatedEarly;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code startDate} set}
         *
         * @param value First day of the agreement.
         */
        public Builder startDate(LocalDate value) {
            this.startDate = value;
            return this;
        }

        /**
         * {@return this builder, with {@code endDate} set}
         *
         * @param value Last day of the agreement; null = open-ended or unknown.
         */
        public Builder endDate(LocalDate value) {
            this.endDate = value;
            return this;
        }

        /**
         * {@return this builder, with {@code longTermIntent} set}
         *
         * @param value The parties intend a long-term partnership.
         */
        public Builder longTermIntent(Tri value) {
            this.longTermIntent = value;
            return this;
        }

        /**
         * {@return this builder, with {@code extensionOption} set}
         *
         * @param value How the agreement may be extended.
         */
        public Builder extensionOption(ExtensionOption value) {
            this.extensionOption = value;
            return this;
        }

        /**
         * {@return this builder, with {@code renewalWithDialogue} set}
         *
         * @param value Renewal happens after dialogue between the parties.
         */
        public Builder renewalWithDialogue(Tri value) {
            this.renewalWithDialogue = value;
            return this;
        }

        /**
         * {@return this builder, with {@code annualReviewScheduled} set}
         *
         * @param value An annual review is scheduled.
         */
        public Builder annualReviewScheduled(Tri value) {
            this.annualReviewScheduled = value;
            return this;
        }

        /**
         * {@return this builder, with {@code renegotiationClause} set}
         *
         * @param value The agreement has a renegotiation/review clause.
         */
        public Builder renegotiationClause(Tri value) {
            this.renegotiationClause = value;
            return this;
        }

        /**
         * {@return this builder, with {@code windDownPlan} set}
         *
         * @param value An orderly wind-down is planned.
         */
        public Builder windDownPlan(Tri value) {
            this.windDownPlan = value;
            return this;
        }

        /**
         * {@return this builder, with {@code exitRightWithoutSanction} set}
         *
         * @param value A party may leave without sanction.
         */
        public Builder exitRightWithoutSanction(Tri value) {
            this.exitRightWithoutSanction = value;
            return this;
        }

        /**
         * {@return this builder, with {@code marketEmergedDuringTerm} set}
         *
         * @param value A competitive situation has arisen during the term.
         */
        public Builder marketEmergedDuringTerm(Tri value) {
            this.marketEmergedDuringTerm = value;
            return this;
        }

        /**
         * Convenience for {@link #longTermIntent(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder longTermIntent(Boolean value) {
            this.longTermIntent = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #renewalWithDialogue(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder renewalWithDialogue(Boolean value) {
            this.renewalWithDialogue = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #annualReviewScheduled(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder annualReviewScheduled(Boolean value) {
            this.annualReviewScheduled = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #renegotiationClause(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder renegotiationClause(Boolean value) {
            this.renegotiationClause = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #windDownPlan(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder windDownPlan(Boolean value) {
            this.windDownPlan = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #exitRightWithoutSanction(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder exitRightWithoutSanction(Boolean value) {
            this.exitRightWithoutSanction = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #marketEmergedDuringTerm(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder marketEmergedDuringTerm(Boolean value) {
            this.marketEmergedDuringTerm = Tri.of(value);
            return this;
        }

        /**
         * {@return this builder, with {@code startDatePrecision} set}
         *
         * @param value How precisely the start date is known (day by default).
         */
        public Builder startDatePrecision(DatePrecision value) {
            this.startDatePrecision = value;
            return this;
        }

        /**
         * {@return this builder, with {@code endDatePrecision} set}
         *
         * @param value How precisely the end date is known (day by default).
         */
        public Builder endDatePrecision(DatePrecision value) {
            this.endDatePrecision = value;
            return this;
        }

        /**
         * {@return this builder, with {@code timesExtended} set}
         *
         * @param value How many times the term has been extended.
         */
        public Builder timesExtended(Integer value) {
            this.timesExtended = value;
            return this;
        }

        /**
         * {@return this builder, with {@code terminatedEarly} set}
         *
         * @param value The partnership was terminated before its end date.
         */
        public Builder terminatedEarly(Tri value) {
            this.terminatedEarly = value;
            return this;
        }

        /**
         * Convenience for {@link #terminatedEarly(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder terminatedEarly(Boolean value) {
            this.terminatedEarly = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public Term build() {
            return new Term(startDate, endDate, longTermIntent, extensionOption, renewalWithDialogue, annualReviewScheduled, renegotiationClause, windDownPlan, exitRightWithoutSanction, marketEmergedDuringTerm, startDatePrecision, endDatePrecision, timesExtended, terminatedEarly);
        }
    }
}

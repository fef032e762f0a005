package se.ioprules.api.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of one partnership agreement, grouped as in the criteria catalogue's fact model (section C).
 * <p>Every group is present (never {@code null}); a fact nobody has recorded is {@code null} (or {@link Tri#UNKNOWN}),
 * and rules report such a fact as missing rather than treating it as passed.
 *
 * @param id Case or agreement identifier chosen by the caller.
 * @param title Agreement title, e.g. "Överenskommelse om samverkan i Laholm".
 * @param decisionDate Date of the decision to enter the partnership; default as-of date of an evaluation.
 * @param signingDate Date the agreement was signed; used as as-of date when there is no decision date.
 * @param parties C1: the parties, public and idea-based.
 * @param initiative C2: initiative and process.
 * @param purpose C3: purpose and challenge.
 * @param resources C4: resources and budget.
 * @param term C5: term.
 * @param governance C6: governance and follow-up.
 * @param agreement C7: agreement clauses and text.
 * @param legal C9: legal and market context.
 * @param stateAid C10: state-aid context.
 * @param factSources Where individual facts come from (documented or assumed); shown in reports.
 * @param decisionDatePrecision How precisely the decision date is known (day by default).
 * @param signingDatePrecision How precisely the signing date is known (day by default).
 */
public record Partnership(
        String id,
        String title,
        LocalDate decisionDate,
        LocalDate signingDate,
        List<Party> parties,
        Initiative initiative,
        Purpose purpose,
        Resources resources,
        Term term,
        Governance governance,
        Agreement agreement,
        LegalContext legal,
        StateAidContext stateAid,
        List<FactSource> factSources,
        DatePrecision decisionDatePrecision,
        DatePrecision signingDatePrecision) {

    /** An instance with nothing recorded. */
    public static final Partnership EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param id Case or agreement identifier chosen by the caller.
     * @param title Agreement title, e.g. "Överenskommelse om samverkan i Laholm".
     * @param decisionDate Date of the decision to enter the partnership; default as-of date of an evaluation.
     * @param signingDate Date the agreement was signed; used as as-of date when there is no decision date.
     * @param parties C1: the parties, public and idea-based.
     * @param initiative C2: initiative and process.
     * @param purpose C3: purpose and challenge.
     * @param resources C4: resources and budget.
     * @param term C5: term.
     * @param governance C6: governance and follow-up.
     * @param agreement C7: agreement clauses and text.
     * @param legal C9: legal and market context.
     * @param stateAid C10: state-aid context.
     * @param factSources Where individual facts come from (documented or assumed); shown in reports.
     * @param decisionDatePrecision How precisely the decision date is known (day by default).
     * @param signingDatePrecision How precisely the signing date is known (day by default).
     */
    public Partnership {
        parties = parties == null ? List.of() : List.copyOf(parties);
        initiative = initiative == null ? Initiative.EMPTY : initiative;
        purpose = purpose == null ? Purpose.EMPTY : purpose;
        resources = resources == null ? Resources.EMPTY : resources;
        term = term == null ? Term.EMPTY : term;
        governance = governance == null ? Governance.EMPTY : governance;
        agreement = agreement == null ? Agreement.EMPTY : agreement;
        legal = legal == null ? LegalContext.EMPTY : legal;
        stateAid = stateAid == null ? StateAidContext.EMPTY : stateAid;
        factSources = factSources == null ? List.of() : List.copyOf(factSources);
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.title = title;
        b.decisionDate = decisionDate;
        b.signingDate = signingDate;
        b.parties = parties;
        b.initiative = initiative;
        b.purpose = purpose;
        b.resources = resources;
        b.term = term;
        b.governance = governance;
        b.agreement = agreement;
        b.legal = legal;
        b.stateAid = stateAid;
        b.factSources = factSources;
        b.decisionDatePrecision = decisionDatePrecision;
        b.signingDatePrecision = signingDatePrecision;
        return b;
    }

    /** Mutable builder for {@link Partnership}; not thread-safe. */
    public static final class Builder {
        private String id;
        private String title;
        private LocalDate decisionDate;
        private LocalDate signingDate;
        private List<Party> parties;
        private Initiative initiative;
        private Purpose purpose;
        private Resources resources;
        private Term term;
        private Governance governance;
        private Agreement agreement;
        private LegalContext legal;
        private StateAidContext stateAid;
        private List<FactSource> factSources;
        private DatePrecision decisionDatePrecision;
        private DatePrecision signingDatePrecision;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code id} set}
         *
         * @param value Case or agreement identifier chosen by the caller.
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * {@return this builder, with {@code title} set}
         *
         * @param value Agreement title, e.g. "Överenskommelse om samverkan i Laholm".
         */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /**
         * {@return this builder, with {@code decisionDate} set}
         *
         * @param value Date of the decision to enter the partnership; default as-of date of an evaluation.
         */
        public Builder decisionDate(LocalDate value) {
            this.decisionDate = value;
            return this;
        }

        /**
         * {@return this builder, with {@code signingDate} set}
         *
         * @param value Date the agreement was signed; used as as-of date when there is no decision date.
         */
        public Builder signingDate(LocalDate value) {
            this.signingDate = value;
            return this;
        }

        /**
         * {@return this builder, with {@code parties} set}
         *
         * @param value C1: the parties, public and idea-based.
         */
        public Builder parties(List<Party> value) {
            this.parties = value;
            return this;
        }

        /**
         * {@return this builder, with {@code initiative} set}
         *
         * @param value C2: initiative and process.
         */
        public Builder initiative(Initiative value) {
            this.initiative = value;
            return this;
        }

        /**
         * {@return this builder, with {@code purpose} set}
         *
         * @param value C3: purpose and challenge.
         */
        public Builder purpose(Purpose value) {
            this.purpose = value;
            return this;
        }

        /**
         * {@return this builder, with {@code resources} set}
         *
         * @param value C4: resources and budget.
         */
        public Builder resources(Resources value) {
            this.resources = value;
            return this;
        }

        /**
         * {@return this builder, with {@code term} set}
         *
         * @param value C5: term.
         */
        public Builder term(Term value) {
            this.term = value;
            return this;
        }

        /**
         * {@return this builder, with {@code governance} set}
         *
         * @param value C6: governance and follow-up.
         */
        public Builder governance(Governance value) {
            this.governance = value;
            return this;
        }

        /**
         * {@return this builder, with {@code agreement} set}
         *
         * @param value C7: agreement clauses and text.
         */
        public Builder agreement(Agreement value) {
            this.agreement = value;
            return this;
        }

        /**
         * {@return this builder, with {@code legal} set}
         *
         * @param value C9: legal and market context.
         */
        public Builder legal(LegalContext value) {
            this.legal = value;
            return this;
        }

        /**
         * {@return this builder, with {@code stateAid} set}
         *
         * @param value C10: state-aid context.
         */
        public Builder stateAid(StateAidContext value) {
            this.stateAid = value;
            return this;
        }

        /**
         * {@return this builder, with {@code factSources} set}
         *
         * @param value Where individual facts come from (documented or assumed); shown in reports.
         */
        public Builder factSources(List<FactSource> value) {
            this.factSources = value;
            return this;
        }

        /**
         * Adds one element to {@code parties}.
         *
         * @param value element
         * @return this builder
         */
        public Builder addParty(Party value) {
            if (this.parties == null) this.parties = new ArrayList<>();
            else if (!(this.parties instanceof ArrayList)) this.parties = new ArrayList<>(this.parties);
            this.parties.add(value);
            return this;
        }

        /**
         * Adds one element to {@code factSources}.
         *
         * @param value element
         * @return this builder
         */
        public Builder addFactSource(FactSource value) {
            if (this.factSources == null) this.factSources = new ArrayList<>();
            else if (!(this.factSources instanceof ArrayList)) this.factSources = new ArrayList<>(this.factSources);
            this.factSources.add(value);
            return this;
        }

        /**
         * {@return this builder, with {@code decisionDatePrecision} set}
         *
         * @param value How precisely the decision date is known (day by default).
         */
        public Builder decisionDatePrecision(DatePrecision value) {
            this.decisionDatePrecision = value;
            return this;
        }

        /**
         * {@return this builder, with {@code signingDatePrecision} set}
         *
         * @param value How precisely the signing date is known (day by default).
         */
        public Builder signingDatePrecision(DatePrecision value) {
            this.signingDatePrecision = value;
            return this;
        }

        /** {@return the immutable value} */
        public Partnership build() {
            return new Partnership(id, title, decisionDate, signingDate, parties, initiative, purpose, resources, term, governance, agreement, legal, stateAid, factSources, decisionDatePrecision, signingDatePrecision);
        }
    }
}

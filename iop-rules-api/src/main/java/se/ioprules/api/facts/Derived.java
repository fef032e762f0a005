package se.ioprules.api.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Values computed from the recorded facts, in one place so every rule set uses the same arithmetic.
 * Rules see it as a fact of its own; explanations cite it as {@code derived.<name>}.
 *
 * @param durationMonths whole months from {@code term.startDate} to {@code term.endDate} inclusive (2018-01-01 to
 *     2018-12-31 is 12); null when either date is missing
 * @param totalCostSek {@code resources.budget.totalCostSek}, or, when that is missing, the sum of all contributions
 *     provided every contribution is valued and every party's list is stated complete; null otherwise
 * @param publicContributionSek sum of valued contributions from public parties
 * @param ideaContributionSek sum of valued contributions from idea-based parties
 * @param publicShareOfCost public contributions / total cost, 0..1 (4 decimals); null if not computable: when any
 *     public contribution has no SEK value, or when a public party's contribution list is not stated to be complete
 *     ({@link Party#contributionsComplete()}): a list is complete only when the input says so
 * @param ideaShareOfCost idea-based contributions / total cost; null if not computable (same conditions, for the
 *     idea-based parties)
 * @param partiesCount number of parties
 * @param publicPartiesCount parties whose sector is public
 * @param ideaPartiesCount parties whose sector is {@link Sector#IDEA_BASED}
 * @param contributionsRecorded whether any contribution is recorded
 * @param publicContributes at least one contribution from a public party
 * @param ideaContributes at least one contribution from an idea-based party
 * @param publicContributesMoneyOnly the public parties' contributions are all {@link ContributionKind#MONEY}
 * @param partiesWithoutContribution ids of parties with no recorded contribution
 * @param publicShareOfCostAtLeast public contributions recorded so far / total cost: a lower bound of the public
 *     share whenever the total is known, also when the lists may be incomplete; null if not computable
 * @param publicContributionsComplete TRUE when every public party's contribution list is stated to be complete (and
 *     there is at least one public party), FALSE when a public party's list is stated to be incomplete, UNKNOWN
 *     otherwise
 * @param paymentModels {@code resources.paymentModel} together with {@code resources.otherPaymentModels}
 * @param unvaluedIdeaInKindCount idea-based non-money contributions without a SEK value, excluding trust capital
 *     and networks (Famna: those may be hard to value)
 */
public record Derived(
        Integer durationMonths,
        BigDecimal totalCostSek,
        BigDecimal publicContributionSek,
        BigDecimal ideaContributionSek,
        BigDecimal publicShareOfCost,
        BigDecimal ideaShareOfCost,
        int partiesCount,
        int publicPartiesCount,
        int ideaPartiesCount,
        boolean contributionsRecorded,
        boolean publicContributes,
        boolean ideaContributes,
        boolean publicContributesMoneyOnly,
        Set<String> partiesWithoutContribution,
        BigDecimal publicShareOfCostAtLeast,
        Tri publicContributionsComplete,
        Set<PaymentModel> paymentModels,
        int unvaluedIdeaInKindCount) {

    /**
     * Copies the parties without contribution, in the parties' order, into an unmodifiable set.
     *
     * @param durationMonths whole months from {@code term.startDate} to {@code term.endDate} inclusive (2018-01-01 to
     *     2018-12-31 is 12), an end known only to the month or year ({@code term.endDatePrecision}) taken as that
     *     period's last day (2018-01-01 to "December 2018" is 12); null when either date is missing
     * @param totalCostSek {@code resources.budget.totalCostSek}, or, when that is missing, the sum of all contributions
     *     provided every contribution is valued; null otherwise
     * @param publicContributionSek sum of valued contributions from public parties
     * @param ideaContributionSek sum of valued contributions from idea-based parties
     * @param publicShareOfCost public contributions / total cost, 0..1 (4 decimals); null if not computable, including
     *     when any public contribution has no SEK value
     * @param ideaShareOfCost idea-based contributions / total cost; null if not computable
     * @param partiesCount number of parties
     * @param publicPartiesCount parties whose sector is public
     * @param ideaPartiesCount parties whose sector is {@link Sector#IDEA_BASED}
     * @param contributionsRecorded whether any contribution is recorded
     * @param publicContributes at least one contribution from a public party
     * @param ideaContributes at least one contribution from an idea-based party
     * @param publicContributesMoneyOnly the public parties' contributions are all {@link ContributionKind#MONEY}
     * @param partiesWithoutContribution ids of parties with no recorded contribution
     * @param unvaluedIdeaInKindCount idea-based non-money contributions without a SEK value, excluding trust capital
     *     and networks (Famna: those may be hard to value)
     * @param publicShareOfCostAtLeast public contributions recorded so far / total cost: a lower bound of the public
     *     share whenever the total is known, also when the lists may be incomplete; null if not computable
     * @param publicContributionsComplete TRUE when every public party's contribution list is stated to be complete (and
     *     there is at least one public party), FALSE when a public party's list is stated to be incomplete, UNKNOWN
     *     otherwise
     * @param paymentModels {@code resources.paymentModel} together with {@code resources.otherPaymentModels}
     */
    public Derived {
        // party order, not Set.copyOf's per-JVM order: the set is printed in messages and must read the same each run
        partiesWithoutContribution = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(partiesWithoutContribution));
        paymentModels = paymentModels == null ? Set.of() : Facts.enumSet(PaymentModel.class, paymentModels);
    }

    /**
     * {@return the derived values}
     *
     * @param p the partnership
     */
    public static Derived of(Partnership p) {
        Term t = p.term();
        Integer months = null;
        // An end known only to the month or year is recorded as that period's first day; "januari 2015 till december
        // 2016" runs through December, so the term ends on the period's last day (else two years count as 23 months).
        java.time.LocalDate end = t.endDate();
        if (end != null && t.endDatePrecision() == DatePrecision.MONTH) {
            end = end.withDayOfMonth(end.lengthOfMonth());
        } else if (end != null && t.endDatePrecision() == DatePrecision.YEAR) {
            end = end.withDayOfYear(end.lengthOfYear());
        }
        if (t.startDate() != null && end != null && !end.isBefore(t.startDate())) {
            months = (int) Period.between(t.startDate(), end.plusDays(1)).toTotalMonths();
        }
        List<Contribution> cs = p.resources().contributions();
        BigDecimal pub = BigDecimal.ZERO;
        BigDecimal idea = BigDecimal.ZERO;
        BigDecimal all = BigDecimal.ZERO;
        boolean allValued = !cs.isEmpty();
        boolean pubContributes = false;
        boolean ideaContributes = false;
        boolean pubMoneyOnly = true;
        boolean pubAllValued = true;
        boolean ideaAllValued = true;
        int unvalued = 0;
        Set<String> without = new LinkedHashSet<>();
        for (Party party : p.parties()) {
            if (party.id() != null) {
                without.add(party.id());
            }
        }
        for (Contribution c : cs) {
            Sector sector = sectorOf(p, c.partyId());
            without.remove(c.partyId());
            boolean isPublic = sector != null && sector.isPublic();
            boolean isIdea = sector == Sector.IDEA_BASED;
            pubContributes |= isPublic;
            ideaContributes |= isIdea;
            if (isPublic && c.kind() != ContributionKind.MONEY) {
                pubMoneyOnly = false;
            }
            if (c.valueSek() == null) {
                allValued = false;
                pubAllValued &= !isPublic;
                ideaAllValued &= !isIdea;
                if (isIdea && c.kind() != ContributionKind.MONEY && c.kind() != ContributionKind.TRUST_CAPITAL
                        && c.kind() != ContributionKind.NETWORK) {
                    unvalued++;
                }
                continue;
            }
            all = all.add(c.valueSek());
            if (isPublic) {
                pub = pub.add(c.valueSek());
            } else if (isIdea) {
                idea = idea.add(c.valueSek());
            }
        }
        BigDecimal total = p.resources().budget().totalCostSek();
        boolean everyListComplete = !p.parties().isEmpty()
                && p.parties().stream().allMatch(x -> x.contributionsComplete() == Tri.TRUE);
        // the sum stands in for a missing budget only when nothing can be missing from it
        if (total == null && allValued && everyListComplete) {
            total = all;
        }
        BigDecimal pubShare = null;
        BigDecimal ideaShare = null;
        // A share is only known when every contribution of that side has a value: an unvalued input would make the
        // share look smaller than it is (and, e.g., pass a partial-financing test it should not).
        int pubCount = 0;
        int ideaCount = 0;
        boolean pubComplete = true;
        boolean pubIncomplete = false;
        boolean ideaComplete = true;
        for (Party party : p.parties()) {
            if (party.sector() != null && party.sector().isPublic()) {
                pubCount++;
                pubComplete &= party.contributionsComplete() == Tri.TRUE;
                pubIncomplete |= party.contributionsComplete() == Tri.FALSE;
            } else if (party.sector() == Sector.IDEA_BASED) {
                ideaCount++;
                ideaComplete &= party.contributionsComplete() == Tri.TRUE;
            }
        }
        pubComplete &= pubCount > 0;
        ideaComplete &= ideaCount > 0;
        BigDecimal pubAtLeast = null;
        // A share is only known when every contribution of that side has a value and that side's lists are stated
        // to be complete: an unvalued or unlisted input would make the share look smaller than it is (and, e.g.,
        // pass a partial-financing test it should not). The lower bound is kept for explanations.
        if (total != null && total.signum() > 0) {
            pubAtLeast = pub.divide(total, 4, RoundingMode.HALF_UP);
            pubShare = pubAllValued && pubComplete ? pubAtLeast : null;
            ideaShare = ideaAllValued && ideaComplete ? idea.divide(total, 4, RoundingMode.HALF_UP) : null;
        }
        Set<PaymentModel> models = java.util.EnumSet.noneOf(PaymentModel.class);
        if (p.resources().paymentModel() != null) {
            models.add(p.resources().paymentModel());
        }
        if (p.resources().otherPaymentModels() != null) {
            models.addAll(p.resources().otherPaymentModels());
        }
        return new Derived(months, total, pub, idea, pubShare, ideaShare, p.parties().size(), pubCount, ideaCount,
                !cs.isEmpty(), pubContributes, ideaContributes, pubContributes && pubMoneyOnly, without, pubAtLeast,
                pubComplete ? Tri.TRUE : pubIncomplete ? Tri.FALSE : Tri.UNKNOWN, models, unvalued);
    }

    private static Sector sectorOf(Partnership p, String partyId) {
        for (Party party : p.parties()) {
            if (party.id() != null && party.id().equals(partyId)) {
                return party.sector();
            }
        }
        return null;
    }
}

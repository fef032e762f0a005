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
        int unvaluedIdeaInKindCount) {

    /**
     * Copies the parties without contribution, in the parties' order, into an unmodifiable set.
     *
     * @param durationMonths whole months from {@code term.startDate} to {@code term.endDate} inclusive (2018-01-01 to
     *     2018-12-31 is 12); null when either date is missing
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
     */
    public Derived {
        // party order, not Set.copyOf's per-JVM order: the set is printed in messages and must read the same each run
        partiesWithoutContribution = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(partiesWithoutContribution));
    }

    /**
     * {@return the derived values}
     *
     * @param p the partnership
     */
    public static Derived of(Partnership p) {
        Term t = p.term();
        Integer months = null;
        if (t.startDate() != null && t.endDate() != null && !t.endDate().isBefore(t.startDate())) {
            months = (int) Period.between(t.startDate(), t.endDate().plusDays(1)).toTotalMonths();
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
        if (total == null && allValued) {
            total = all;
        }
        BigDecimal pubShare = null;
        BigDecimal ideaShare = null;
        // A share is only known when every contribution of that side has a value: an unvalued input would make the
        // share look smaller than it is (and, e.g., pass a partial-financing test it should not).
        if (total != null && total.signum() > 0) {
            pubShare = pubAllValued ? pub.divide(total, 4, RoundingMode.HALF_UP) : null;
            ideaShare = ideaAllValued ? idea.divide(total, 4, RoundingMode.HALF_UP) : null;
        }
        int pubCount = 0;
        int ideaCount = 0;
        for (Party party : p.parties()) {
            if (party.sector() != null && party.sector().isPublic()) {
                pubCount++;
            } else if (party.sector() == Sector.IDEA_BASED) {
                ideaCount++;
            }
        }
        return new Derived(months, total, pub, idea, pubShare, ideaShare, p.parties().size(), pubCount, ideaCount,
                !cs.isEmpty(), pubContributes, ideaContributes, pubContributes && pubMoneyOnly, without, unvalued);
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

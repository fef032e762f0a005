package se.ioprules.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.ioprules.api.facts.Contribution;
import se.ioprules.api.facts.FactPaths;
import se.ioprules.api.facts.FactSource;
import se.ioprules.api.facts.IdeaBasedProfile;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Party;
import se.ioprules.api.facts.PartnerDocument;
import se.ioprules.api.facts.Sector;
import se.ioprules.api.facts.Term;
import se.ioprules.api.facts.ValueTransfer;

/**
 * Checks that partnership facts are consistent before anything is evaluated, and reports every problem at once
 * with its field path. Missing facts are not problems: rules report them as NOT_ASSESSABLE.
 */
public final class PartnershipValidator {
    /**
     * Most parties one partnership may have. An IOP has a handful of parties; an input with thousands is a register
     * of partnerships (evaluate it as a batch) or a mistake, and the rules' work grows with every party.
     */
    public static final int MAX_PARTIES = 1_000;
    /** Most contributions one partnership may list. */
    public static final int MAX_CONTRIBUTIONS = 10_000;
    /** Most value transfers one idea-based party may list. */
    public static final int MAX_VALUE_TRANSFERS = 1_000;
    /** Most fact sources one partnership may list. */
    public static final int MAX_FACT_SOURCES = 10_000;

    private PartnershipValidator() {
    }

    /**
     * The documented input limits: how many entries each list may hold. {@link #validate} includes these problems.
     *
     * @param p the facts
     * @return a problem per list over its limit, with its path; empty when within the limits
     */
    public static List<Problem> limits(Partnership p) {
        List<Problem> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        limit(p.parties().size(), MAX_PARTIES, "parties", "parties", out);
        limit(p.resources().contributions().size(), MAX_CONTRIBUTIONS, "resources.contributions", "contributions", out);
        limit(p.factSources().size(), MAX_FACT_SOURCES, "factSources", "fact sources", out);
        for (int i = 0; i < p.parties().size(); i++) {
            Party party = p.parties().get(i);
            if (party != null && party.idea() != null) {
                limit(party.idea().valueTransfers().size(), MAX_VALUE_TRANSFERS,
                        "parties[" + i + "].idea.valueTransfers", "value transfers", out);
            }
        }
        return out;
    }

    private static void limit(int size, int max, String path, String what, List<Problem> out) {
        if (size > max) {
            out.add(new Problem(path, "has " + size + " entries; at most " + max + " " + what
                    + " are allowed in one partnership (evaluate a register as a batch, one partnership per line)"));
        }
    }

    /**
     * {@return every problem found, in field order; empty when valid}
     *
     * @param p the facts
     */
    public static List<Problem> validate(Partnership p) {
        if (p != null && p == LAST_VALID.get().get()) {
            return new ArrayList<>(); // this very object was found valid (a reader checks it, then the engine)
        }
        List<Problem> out = check(p);
        if (out.isEmpty()) {
            LAST_VALID.set(new java.lang.ref.WeakReference<>(p));
        }
        return out;
    }

    /**
     * Facts that are each valid but contradict each other as the rules read them, where either may be the one
     * recorded wrongly (e.g. a foundation recorded as distributing profit): the partnership is still evaluated, but a
     * person should check which is right. Not part of {@link #validate}: a warning does not make the input invalid.
     *
     * @param p the facts (valid, or the warnings may be incomplete)
     * @return a warning per contradiction, naming every fact involved, in Swedish and English; empty when none
     */
    public static List<InputWarning> warnings(Partnership p) {
        List<InputWarning> out = new ArrayList<>();
        if (p != null) {
            ConsistencyWarnings.check(p, out);
        }
        return out;
    }

    /**
     * Per thread, the last partnership found valid: a partnership is immutable all the way down (its groups are
     * records, its collections copies), so the same object needs no second check.
     */
    private static final ThreadLocal<java.lang.ref.WeakReference<Partnership>> LAST_VALID =
            ThreadLocal.withInitial(() -> new java.lang.ref.WeakReference<>(null));

    private static List<Problem> check(Partnership p) {
        List<Problem> out = new ArrayList<>();
        if (p == null) {
            out.add(new Problem("$", "partnership is missing"));
            return out;
        }
        out.addAll(limits(p));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < p.parties().size(); i++) {
            Party party = p.parties().get(i);
            String at = "parties[" + i + "]";
            if (party == null) {
                out.add(new Problem(at, "must not be null"));
                continue;
            }
            if (party.id() == null || party.id().isBlank()) {
                out.add(new Problem(at + ".id", "is required"));
            } else if (!ids.add(party.id())) {
                out.add(new Problem(at + ".id", "duplicate party id '" + party.id() + "'"));
            } else if (bracketDotOrSpace(party.id()) || allDigits(party.id())) {
                out.add(new Problem(at + ".id", "must not be a number or contain spaces, dots or brackets"));
            }
            if (party.sector() == null) {
                out.add(new Problem(at + ".sector", "is required"));
            }
            if (party.idea() != null) {
                if (party.sector() != null && party.sector() != Sector.IDEA_BASED) {
                    out.add(new Problem(at + ".idea", "only an IDEA_BASED party can have idea-based facts, sector is "
                            + party.sector()));
                }
                validateIdea(party.idea(), at + ".idea", out);
            }
        }
        List<Contribution> cs = p.resources().contributions();
        for (int i = 0; i < cs.size(); i++) {
            Contribution c = cs.get(i);
            String at = "resources.contributions[" + i + "]";
            if (c == null) {
                out.add(new Problem(at, "must not be null"));
                continue;
            }
            if (c.partyId() == null || c.partyId().isBlank()) {
                out.add(new Problem(at + ".partyId", "is required"));
            } else if (!ids.contains(c.partyId())) {
                out.add(new Problem(at + ".partyId", "no party with id '" + c.partyId() + "'"));
            }
            if (c.kind() == null) {
                out.add(new Problem(at + ".kind", "is required"));
            }
            if (c.valueSek() != null && c.valueSek().signum() < 0) { // the path text only for a problem
                nonNegative(c.valueSek(), at + ".valueSek", out);
            }
        }
        nonNegative(p.resources().budget().totalCostSek(), "resources.budget.totalCostSek", out);
        Term t = p.term();
        if (t.startDate() != null && t.endDate() != null && t.endDate().isBefore(t.startDate())) {
            out.add(new Problem("term.endDate", "is before term.startDate (" + t.endDate() + " < " + t.startDate() + ")"));
        }
        if (p.decisionDate() != null && p.signingDate() != null && p.signingDate().isBefore(p.decisionDate())) {
            out.add(new Problem("signingDate", "is before decisionDate (" + p.signingDate() + " < " + p.decisionDate() + ")"));
        }
        Integer meetings = p.governance().steeringGroup().meetingsPerYear();
        if (meetings != null && meetings < 0) {
            out.add(new Problem("governance.steeringGroup.meetingsPerYear", "must be >= 0"));
        }
        Integer freq = p.governance().evaluationFrequencyMonths();
        if (freq != null && freq <= 0) {
            out.add(new Problem("governance.evaluationFrequencyMonths", "must be > 0"));
        }
        Integer reports = p.governance().reportingRequirementsCount();
        if (reports != null && reports < 0) {
            out.add(new Problem("governance.reportingRequirementsCount", "must be >= 0"));
        }
        Integer reqs = p.agreement().activityLevelRequirementsCount();
        if (reqs != null && reqs < 0) {
            out.add(new Problem("agreement.activityLevelRequirementsCount", "must be >= 0"));
        }
        Integer providers = p.legal().comparableProvidersCount();
        if (providers != null && providers < 0) {
            out.add(new Problem("legal.comparableProvidersCount", "must be >= 0"));
        }
        nonNegative(p.stateAid().aidAmountEur3y(), "stateAid.aidAmountEur3y", out);
        validateNewFacts(p, out);
        Set<Integer> steps = p.initiative().processStepsCompleted();
        if (steps != null) {
            for (Integer s : steps) {
                if (s == null || s < 1 || s > 7) {
                    out.add(new Problem("initiative.processStepsCompleted", "step " + s + " is not between 1 and 7"));
                }
            }
        }
        for (int i = 0; i < p.factSources().size(); i++) {
            FactSource fs = p.factSources().get(i);
            String at = "factSources[" + i + "]";
            if (fs == null || fs.path() == null || fs.path().isBlank()) {
                out.add(new Problem(at + ".path", "is required"));
                continue;
            }
            try {
                FactPaths.resolve(p, fs.path());
            } catch (IllegalArgumentException e) {
                out.add(new Problem(at + ".path", "'" + fs.path() + "' is not a fact path"));
            }
            if (fs.basis() == null) {
                out.add(new Problem(at + ".basis", "is required"));
            }
        }
        ConsistencyChecks.check(p, out);
        return out;
    }

    /**
     * The facts added for the legal tests' indicators: the instrument and the award route must tell the same story
     * (the public-contract test reads "procured" from either, so they may not contradict each other), and counts
     * are not negative.
     */
    private static void validateNewFacts(Partnership p, List<Problem> out) {
        se.ioprules.api.facts.Instrument ins = p.agreement().instrument();
        se.ioprules.api.facts.AwardRoute route = p.legal().awardRoute();
        if (ins != null && route != null) {
            boolean procuredRoute = route == se.ioprules.api.facts.AwardRoute.PROCURED_LOU
                    || route == se.ioprules.api.facts.AwardRoute.PROCURED_RESERVED;
            boolean lovRoute = route == se.ioprules.api.facts.AwardRoute.LOV;
            String problem = switch (ins) {
                case PROCURED_CONTRACT -> procuredRoute ? null : "a contract awarded after procurement needs a procured award route";
                case LOV_CONTRACT -> lovRoute ? null : "a LOV contract needs the award route LOV";
                default -> procuredRoute || lovRoute ? "an award route of " + route + " needs the instrument "
                        + (lovRoute ? "LOV_CONTRACT" : "PROCURED_CONTRACT") : null;
            };
            if (problem != null) {
                out.add(new Problem("legal.awardRoute", problem + " (agreement.instrument is " + ins + ", legal.awardRoute is "
                        + route + ")"));
            }
        }
        // "only repayment can be demanded" and "performance can be demanded" cannot both hold (nor the reverse
        // pair): the public-contract test reads either one as the answer
        se.ioprules.api.facts.RemedyOnBreach remedy = p.agreement().remedyOnBreach();
        se.ioprules.api.facts.Tri enforce = p.agreement().authorityCanEnforcePerformance();
        if (remedy == se.ioprules.api.facts.RemedyOnBreach.REPAYMENT_ONLY && enforce == se.ioprules.api.facts.Tri.TRUE) {
            out.add(new Problem("agreement.authorityCanEnforcePerformance", "is true, but agreement.remedyOnBreach is "
                    + "REPAYMENT_ONLY (only repayment can be demanded); record one of them"));
        }
        if (remedy == se.ioprules.api.facts.RemedyOnBreach.SPECIFIC_PERFORMANCE_ENFORCEABLE
                && enforce == se.ioprules.api.facts.Tri.FALSE) {
            out.add(new Problem("agreement.authorityCanEnforcePerformance", "is false, but agreement.remedyOnBreach is "
                    + "SPECIFIC_PERFORMANCE_ENFORCEABLE (performance can be demanded); record one of them"));
        }
        // Every public party's list stated complete and empty (beside contributions recorded) says the public side
        // gives nothing; a payment model,
        // a unit price or a payment timing says it pays. The public-contract test reads the lists as "nothing given
        // in return" (C-367/19), so the two may not contradict each other.
        se.ioprules.api.facts.Resources res = p.resources();
        if (publicGivesNothing(p) && (res.paymentModel() != null
                || res.otherPaymentModels() != null && !res.otherPaymentModels().isEmpty()
                || res.fixedPricePerUnit() == se.ioprules.api.facts.Tri.TRUE || res.paymentTiming() != null)) {
            String what = res.paymentModel() != null ? "resources.paymentModel"
                    : res.otherPaymentModels() != null && !res.otherPaymentModels().isEmpty() ? "resources.otherPaymentModels"
                    : res.fixedPricePerUnit() == se.ioprules.api.facts.Tri.TRUE ? "resources.fixedPricePerUnit"
                    : "resources.paymentTiming";
            out.add(new Problem(what, "says the public party pays, but every public party's contribution list is "
                    + "stated complete (parties[].contributionsComplete) and holds nothing; list what it gives in "
                    + "resources.contributions (a right to exploit as OTHER) or leave the payment unrecorded"));
        }
        Integer extended = p.term().timesExtended();
        if (extended != null && extended < 0) {
            out.add(new Problem("term.timesExtended", "must be >= 0"));
        }
    }

    /**
     * At least one public party, every public party's contribution list stated complete, none of them listed, and
     * something listed (an empty list reads as not recorded).
     */
    private static boolean publicGivesNothing(Partnership p) {
        Set<String> publicIds = new java.util.HashSet<>();
        for (Party party : p.parties()) {
            if (party == null || party.sector() == null || !party.sector().isPublic()) {
                continue;
            }
            if (party.contributionsComplete() != se.ioprules.api.facts.Tri.TRUE) {
                return false;
            }
            publicIds.add(party.id());
        }
        if (publicIds.isEmpty() || p.resources().contributions().isEmpty()) {
            return false;
        }
        for (se.ioprules.api.facts.Contribution c : p.resources().contributions()) {
            if (c != null && publicIds.contains(c.partyId())) {
                return false;
            }
        }
        return true;
    }

    private static void validateIdea(IdeaBasedProfile idea, String at, List<Problem> out) {
        nonNegative(idea.annualTurnoverSek(), at + ".annualTurnoverSek", out);
        if (idea.memberCount() != null && idea.memberCount() < 0) {
            out.add(new Problem(at + ".memberCount", "must be >= 0"));
        }
        {
            for (int i = 0; i < idea.valueTransfers().size(); i++) {
                ValueTransfer v = idea.valueTransfers().get(i);
                String vt = at + ".valueTransfers[" + i + "]";
                if (v == null) {
                    out.add(new Problem(vt, "must not be null"));
                    continue;
                }
                nonNegative(v.amountSek(), vt + ".amountSek", out);
                if (v.recipientType() == null) {
                    out.add(new Problem(vt + ".recipientType", "is required"));
                }
            }
        }
        if (idea.partnerDocuments() != null && idea.documentsNotExisting() != null) {
            for (PartnerDocument d : idea.partnerDocuments()) {
                if (idea.documentsNotExisting().contains(d)) {
                    out.add(new Problem(at + ".documentsNotExisting", d + " is also listed in partnerDocuments"));
                }
            }
        }
    }

    /**
     * Whether the id matches {@code .*[\[\].\s].*} as {@code String.matches} reads it (which compiled the
     * expression for every party): one bracket, dot or ASCII space character, and no line terminator other than
     * that one character ({@code .} does not match {@code \n \r \u0085 \u2028 \u2029}).
     */
    static boolean bracketDotOrSpace(String id) {
        int terminators = 0;
        boolean special = false;
        boolean terminatorIsSpecial = false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean isSpecial = c == '[' || c == ']' || c == '.' || c == ' ' || c == '\t' || c == '\n' || c == 0x0B
                    || c == '\f' || c == '\r';
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                terminators++;
                terminatorIsSpecial = isSpecial;
            }
            special |= isSpecial;
        }
        return terminators == 0 ? special : terminators == 1 && terminatorIsSpecial;
    }

    /** Whether every character is a digit ({@code Character.isDigit}); true for the empty text, as before. */
    static boolean allDigits(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void nonNegative(BigDecimal v, String path, List<Problem> out) {
        if (v != null && v.signum() < 0) {
            out.add(new Problem(path, "must be >= 0"));
        }
    }
}

package se.ioprules.api;

import java.util.List;
import se.ioprules.api.facts.Contribution;
import se.ioprules.api.facts.ContributionKind;
import se.ioprules.api.facts.FactText;
import se.ioprules.api.facts.LegalForm;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Party;
import se.ioprules.api.facts.Sector;
import se.ioprules.api.facts.Tri;

/**
 * Facts that contradict each other as the rules read them but of which either may be the one recorded wrongly:
 * warnings, not errors ({@link PartnershipValidator#warnings}). Only pairs that cannot both hold are warned about;
 * what is merely unusual is for the rules to judge.
 */
final class ConsistencyWarnings {
    private ConsistencyWarnings() {
    }

    static void check(Partnership p, List<InputWarning> out) {
        for (int i = 0; i < p.parties().size(); i++) {
            Party party = p.parties().get(i);
            if (party != null) {
                profitWithoutOwners(party, "parties[" + i + "]", out);
                ideaBasedAuthority(party, "parties[" + i + "]", out);
            }
        }
        signedDateButNotSigned(p, out);
        inKindValuedButBudgetWithout(p, out);
    }

    /**
     * An ideell förening or a stiftelse has no owners to pay profit to: forum-rf-profit and skl-agr-non-profit read
     * the legal form as "no profit distributed", so a recorded distribution contradicts it.
     */
    private static void profitWithoutOwners(Party party, String at, List<InputWarning> out) {
        LegalForm form = party.legalForm();
        if ((form == LegalForm.IDEELL_FORENING || form == LegalForm.STIFTELSE) && party.idea() != null
                && party.idea().distributesProfit() == Tri.TRUE) {
            out.add(new InputWarning(List.of(at + ".legalForm", at + ".idea.distributesProfit"), new LocalizedText(
                    "Parten är en " + FactText.label(form, "sv") + " men uppges dela ut vinst till medlemmar eller "
                            + "ägare. En " + FactText.label(form, "sv") + " har inga ägare att dela ut vinst till, och "
                            + "reglerna läser associationsformen så; kontrollera vilken av uppgifterna som stämmer.",
                    "The party is a " + FactText.label(form, "en") + " but is recorded as distributing profit to "
                            + "members or owners. A " + FactText.label(form, "en") + " has no owners to pay profit to, "
                            + "and the rules read the legal form so; check which of the two is right.")));
        }
    }

    /** A public authority (kommun, region, state agency) is not an idea-based organisation. */
    private static void ideaBasedAuthority(Party party, String at, List<InputWarning> out) {
        if (party.sector() == Sector.IDEA_BASED && party.legalForm() == LegalForm.PUBLIC_AUTHORITY) {
            out.add(new InputWarning(List.of(at + ".sector", at + ".legalForm"), new LocalizedText(
                    "Parten uppges vara idéburen men har associationsformen myndighet eller kommun. En myndighet eller "
                            + "kommun är en offentlig part, inte en idéburen organisation; kontrollera vilken av "
                            + "uppgifterna som stämmer.",
                    "The party is recorded as idea-based but its legal form is public authority. A public authority is "
                            + "a public party, not an idea-based organisation; check which of the two is right.")));
        }
    }

    /** A signing date says the agreement was signed. */
    private static void signedDateButNotSigned(Partnership p, List<InputWarning> out) {
        if (p.signingDate() != null && p.agreement().agreementSigned() == Tri.FALSE) {
            out.add(new InputWarning(List.of("signingDate", "agreement.agreementSigned"), new LocalizedText(
                    "Ett datum för undertecknandet (" + p.signingDate() + ") är angivet, men överenskommelsen uppges "
                            + "inte vara undertecknad; kontrollera vilken av uppgifterna som stämmer.",
                    "A signing date (" + p.signingDate() + ") is recorded, but the agreement is recorded as not "
                            + "signed; check which of the two is right.")));
        }
    }

    /**
     * An input other than money valued in the budget is an in-kind input in the budget ("OTHER" may be money, e.g. a
     * right to exploit, and is left out).
     */
    private static void inKindValuedButBudgetWithout(Partnership p, List<InputWarning> out) {
        if (p.resources().budget().includesInKind() != Tri.FALSE) {
            return;
        }
        List<Contribution> cs = p.resources().contributions();
        for (int i = 0; i < cs.size(); i++) {
            Contribution c = cs.get(i);
            if (c != null && c.kind() != null && c.kind() != ContributionKind.MONEY && c.kind() != ContributionKind.OTHER
                    && c.valuedInBudget() == Tri.TRUE) {
                String at = "resources.contributions[" + i + "]";
                out.add(new InputWarning(List.of(at + ".valuedInBudget", "resources.budget.includesInKind"),
                        new LocalizedText("Insatsen (" + FactText.label(c.kind(), "sv") + ") uppges vara värderad i "
                                + "budgeten, men budgeten uppges inte omfatta insatser i annat än pengar; kontrollera "
                                + "vilken av uppgifterna som stämmer.",
                                "The input (" + FactText.label(c.kind(), "en") + ") is recorded as valued in the "
                                        + "budget, but the budget is recorded as including no inputs in kind; check "
                                        + "which of the two is right.")));
                return; // one warning names the budget fact once
            }
        }
    }
}

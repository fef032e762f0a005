package se.ioprules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ioprules.api.facts.Agreement;
import se.ioprules.api.facts.Budget;
import se.ioprules.api.facts.Contribution;
import se.ioprules.api.facts.ContributionKind;
import se.ioprules.api.facts.IdeaBasedProfile;
import se.ioprules.api.facts.LegalForm;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Party;
import se.ioprules.api.facts.Resources;
import se.ioprules.api.facts.Sector;
import se.ioprules.api.facts.Tri;

/**
 * Facts that contradict each other as the rules read them, where either may be wrong: a warning naming both paths in
 * Swedish and English, and the input stays valid.
 */
class ConsistencyWarningsTest {
    private static final Party PUBLIC = Party.builder().id("k").sector(Sector.PUBLIC_MUNICIPALITY).build();

    private static Party idea(LegalForm form, Tri profit) {
        return Party.builder().id("f").sector(Sector.IDEA_BASED).legalForm(form)
                .idea(IdeaBasedProfile.builder().distributesProfit(profit).build()).build();
    }

    private static List<List<String>> paths(Partnership p) {
        assertEquals(List.of(), PartnershipValidator.validate(p), "a warning is not an error");
        return PartnershipValidator.warnings(p).stream().map(InputWarning::paths).toList();
    }

    @Test
    void aNonProfitAssociationOrFoundationDistributingProfitIsWarnedAbout() {
        for (LegalForm form : List.of(LegalForm.IDEELL_FORENING, LegalForm.STIFTELSE)) {
            Partnership p = Partnership.builder().addParty(PUBLIC).addParty(idea(form, Tri.TRUE)).build();
            assertEquals(List.of(List.of("parties[1].legalForm", "parties[1].idea.distributesProfit")), paths(p));
            InputWarning w = PartnershipValidator.warnings(p).get(0);
            String sv = w.message().sv();
            String en = w.message().en();
            assertTrue(sv.contains(form == LegalForm.STIFTELSE ? "en stiftelse" : "en ideell förening"), sv);
            assertTrue(sv.contains("dela ut vinst"), sv);
            assertTrue(en.contains("distributing profit"), en);
            for (String text : List.of(sv, en)) {
                assertFalse(text.matches(".*\\b[A-Z]+_[A-Z_]+\\b.*"), "no enum codes in a sentence: " + text);
            }
            assertEquals("parties[1].legalForm, parties[1].idea.distributesProfit: " + en, w.toString("en"));
        }
        // no contradiction: profit not distributed or unknown, a form with owners, or no legal form recorded
        for (Party ok : List.of(idea(LegalForm.IDEELL_FORENING, Tri.FALSE), idea(LegalForm.STIFTELSE, Tri.UNKNOWN),
                idea(LegalForm.AKTIEBOLAG, Tri.TRUE), idea(LegalForm.EKONOMISK_FORENING, Tri.TRUE), idea(null, Tri.TRUE))) {
            assertEquals(List.of(), paths(Partnership.builder().addParty(PUBLIC).addParty(ok).build()), ok.toString());
        }
    }

    @Test
    void anIdeaBasedPublicAuthorityIsWarnedAbout() {
        Party authority = Party.builder().id("f").sector(Sector.IDEA_BASED).legalForm(LegalForm.PUBLIC_AUTHORITY).build();
        assertEquals(List.of(List.of("parties[0].sector", "parties[0].legalForm")),
                paths(Partnership.builder().addParty(authority).build()));
        Party municipality = Party.builder().id("k").sector(Sector.PUBLIC_MUNICIPALITY)
                .legalForm(LegalForm.PUBLIC_AUTHORITY).build();
        assertEquals(List.of(), paths(Partnership.builder().addParty(municipality).build()));
    }

    @Test
    void aSigningDateOnAnAgreementRecordedAsNotSignedIsWarnedAbout() {
        Partnership p = Partnership.builder().signingDate(LocalDate.of(2024, 3, 5))
                .agreement(Agreement.builder().agreementSigned(Tri.FALSE).build()).build();
        assertEquals(List.of(List.of("signingDate", "agreement.agreementSigned")), paths(p));
        assertTrue(PartnershipValidator.warnings(p).get(0).message().sv().contains("2024-03-05"));
        assertEquals(List.of(), paths(p.toBuilder().agreement(Agreement.builder().agreementSigned(Tri.TRUE).build())
                .build()));
        assertEquals(List.of(), paths(p.toBuilder().signingDate(null).build()));
    }

    @Test
    void anInKindInputValuedInABudgetWithoutInKindInputsIsWarnedAbout() {
        Contribution premises = Contribution.builder().partyId("k").kind(ContributionKind.PREMISES)
                .valuedInBudget(Tri.TRUE).build();
        Contribution money = Contribution.builder().partyId("k").kind(ContributionKind.MONEY).valuedInBudget(Tri.TRUE)
                .build();
        Partnership p = Partnership.builder().addParty(PUBLIC).resources(Resources.builder()
                .contributions(List.of(money, premises, premises))
                .budget(Budget.builder().includesInKind(Tri.FALSE).build()).build()).build();
        assertEquals(List.of(List.of("resources.contributions[1].valuedInBudget", "resources.budget.includesInKind")),
                paths(p), "one warning, at the first such input");
        assertTrue(PartnershipValidator.warnings(p).get(0).message().sv().contains("lokaler"));
        Partnership moneyOnly = p.toBuilder().resources(p.resources().toBuilder().contributions(List.of(money)).build())
                .build();
        assertEquals(List.of(), paths(moneyOnly));
        Partnership inKindBudget = p.toBuilder().resources(p.resources().toBuilder()
                .budget(Budget.builder().includesInKind(Tri.TRUE).build()).build()).build();
        assertEquals(List.of(), paths(inKindBudget));
    }

    @Test
    void severalContradictionsAreAllReported() {
        Partnership p = Partnership.builder().signingDate(LocalDate.of(2024, 3, 5))
                .agreement(Agreement.builder().agreementSigned(Tri.FALSE).build())
                .addParty(PUBLIC).addParty(idea(LegalForm.STIFTELSE, Tri.TRUE)).build();
        assertEquals(2, paths(p).size());
        assertEquals(List.of(), PartnershipValidator.warnings(null));
    }
}

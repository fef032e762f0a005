package se.ioprules.samples;

import static se.ioprules.samples.SampleSources.S3;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.ioprules.api.facts.Agreement;
import se.ioprules.api.facts.AgreementLabel;
import se.ioprules.api.facts.AgreementTopic;
import se.ioprules.api.facts.Instrument;
import se.ioprules.api.facts.Budget;
import se.ioprules.api.facts.CommonGoal;
import se.ioprules.api.facts.Contribution;
import se.ioprules.api.facts.ContributionKind;
import se.ioprules.api.facts.DecisionBody;
import se.ioprules.api.facts.DecisionRule;
import se.ioprules.api.facts.DetailRegulationLevel;
import se.ioprules.api.facts.EconomicNature;
import se.ioprules.api.facts.EffortsFramework;
import se.ioprules.api.facts.ExtensionOption;
import se.ioprules.api.facts.GeographicScope;
import se.ioprules.api.facts.Governance;
import se.ioprules.api.facts.IdeaBasedProfile;
import se.ioprules.api.facts.InitiatingDecision;
import se.ioprules.api.facts.Initiative;
import se.ioprules.api.facts.Initiator;
import se.ioprules.api.facts.LegalAssessment;
import se.ioprules.api.facts.LegalContext;
import se.ioprules.api.facts.LegalForm;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Party;
import se.ioprules.api.facts.PaymentModel;
import se.ioprules.api.facts.PaymentTiming;
import se.ioprules.api.facts.PoliticalPlanRef;
import se.ioprules.api.facts.Purpose;
import se.ioprules.api.facts.RemedyOnBreach;
import se.ioprules.api.facts.Resources;
import se.ioprules.api.facts.Sector;
import se.ioprules.api.facts.StateAidContext;
import se.ioprules.api.facts.SteeringGroup;
import se.ioprules.api.facts.SteeringMandate;
import se.ioprules.api.facts.SurplusHandling;
import se.ioprules.api.facts.Term;
import se.ioprules.api.facts.TradeEffect;
import se.ioprules.api.facts.WelfareArea;

/**
 * How to build a {@link Partnership} in Java, shown on the Timrå sample: the same partnership as
 * {@code /samples/timra.json} (a test checks they are equal, fact sources included). The JSON files are the source
 * of truth for the samples ({@link Samples} reads them); this class exists only to demonstrate the builder API,
 * including how every fact records its basis ({@link se.ioprules.api.facts.FactSource}, documented or assumed).
 *
 * <p><b>This is not the real agreement.</b> Its text is not public in full. What public sources document is
 * recorded as DOCUMENTED with the source; everything a realistic sample had to invent is recorded as ASSUMED with
 * the reason. The agreement text was written for this sample and is not copied from anywhere.
 */
public final class SampleBuilderExample {

    private SampleBuilderExample() {
    }

    private static BigDecimal sek(long value) {
        return BigDecimal.valueOf(value);
    }

    private static Contribution contribution(String party, ContributionKind kind, Long sek, String description) {
        return Contribution.builder().partyId(party).kind(kind).valueSek(sek == null ? null : sek(sek))
                .valuedInBudget(sek != null).compensated(false).description(description).build();
    }

    // =========================================================================================================
    // What the three samples have in common: each is a co-financed, jointly governed cooperation, not a purchase.
    // Each sample still records the basis of every one of these facts (documented or assumed) itself.
    // =========================================================================================================

    /** Why each sample states its contribution lists complete: the sample's budget is the whole model. */
    private static final String COMPLETE_LISTS = "Antaget: exemplets budget tar upp alla partens insatser, så listan "
            + "anges som fullständig (annars kan andelar av kostnaden inte räknas ut)";

    private static Party publicParty(String id, String name, Sector sector) {
        return Party.builder().id(id).name(name).sector(sector).legalForm(LegalForm.PUBLIC_AUTHORITY)
                .contributionsComplete(true).build();
    }

    /** An ideell förening for the public benefit, not under public control, that distributes no profit. */
    private static Party ideaParty(String id, String name) {
        return Party.builder().id(id).name(name).sector(Sector.IDEA_BASED).legalForm(LegalForm.IDEELL_FORENING)
                .contributionsComplete(true)
                .idea(IdeaBasedProfile.builder().purposeExclusivelyPublicBenefit(true).publicControllingInfluence(false)
                        .distributesProfit(false).build())
                .build();
    }

    /**
     * @return a purpose whose challenge the parties defined together, whose need is identified and documented, that
     *     no party can meet alone, in the general interest and within municipal competence, for a defined target
     *     group; the sample adds the challenge, goal, welfare area and target group
     */
    private static Purpose.Builder jointNeedWithPublicBenefitGoal() {
        return Purpose.builder()
                .challengeJointlyDefined(true)
                .collaborationNeedDocumented(true)
                .noPartyCanSolveAlone(true)
                .needIdentified(true)
                .withinMunicipalCompetence(true)
                .generalInterest(true)
                .targetGroupDefined(true);
    }

    private static CommonGoal publicBenefitGoal(String text) {
        return CommonGoal.builder().text(text).publicBenefit(true).build();
    }

    /**
     * @return resources every party contributes to in the work itself, with no fixed price per unit, where the
     *     activity does not depend on public money alone and volunteers do not replace paid public work; the sample
     *     adds contributions, budget and payment terms
     */
    private static Resources.Builder coFinancedByAllParties() {
        return Resources.builder()
                .fixedPricePerUnit(false)
                .activityExclusivelyDependentOnPublicFunding(false)
                .volunteerReplacesPaidPublicWork(false)
                .operationalContributionsByAllParties(true);
    }

    /** @return a budget annexed to the agreement that values in-kind contributions too */
    private static Budget annexedBudget(long totalSek) {
        return Budget.builder().totalCostSek(sek(totalSek)).includesInKind(true).annexed(true).build();
    }

    /**
     * @return a term with long-term intent, continued by a new agreement after dialogue, that any party may leave
     *     without sanction
     */
    private static Term.Builder renewableByAgreement(LocalDate start, LocalDate end) {
        return Term.builder()
                .startDate(start)
                .endDate(end)
                .longTermIntent(true)
                .extensionOption(ExtensionOption.BY_AGREEMENT)
                .renewalWithDialogue(true)
                .exitRightWithoutSanction(true);
    }

    /** @return a steering group with members from every party that decides by consensus */
    private static SteeringGroup consensusOfAllParties(int meetingsPerYear, SteeringMandate... mandate) {
        return SteeringGroup.builder().exists(true).membersFromAllParties(true)
                .decisionRule(DecisionRule.JOINT_CONSENSUS).meetingsPerYear(meetingsPerYear).mandate(mandate).build();
    }

    /**
     * @return a signed överenskommelse, legally reviewed, that says the activity is the idea-based party's own and
     *     co-financed, with adjustable efforts, no volumes, no sanctions and no instruction right, and repayment as
     *     the only remedy; the sample adds its topics and level of detail
     */
    private static Agreement.Builder signedCooperationAgreement(String text) {
        return Agreement.builder()
                .instrument(Instrument.IOP_AGREEMENT)
                .agreementSigned(true)
                .agreementLabel(AgreementLabel.OVERENSKOMMELSE)
                .agreementText(text)
                .sanctionClauses(Set.of())
                .remedyOnBreach(RemedyOnBreach.REPAYMENT_ONLY)
                .authorityCanEnforcePerformance(false)
                .volumeCommitments(false)
                .unilateralPublicInstructionRight(false)
                .effortsFramework(EffortsFramework.ADJUSTABLE)
                .agreementStatesIndependentActivity(true)
                .agreementStatesCoFinancedMutual(true)
                .commissionedByPublic(false)
                .legalReviewDone(true);
    }

    /**
     * @return no market and no purchase: nothing procured elsewhere or competing with local business, no standard
     *     association grant, no statutory duty of the public party, run under the idea-based party's own management
     *     for third parties, with no direct economic interest
     */
    private static LegalContext.Builder noMarketAndNoPurchase() {
        return LegalContext.builder()
                .marketExists(false)
                .serviceProcuredElsewhere(false)
                .competesWithLocalBusiness(false)
                .isPartOfStandardAssociationGrant(false)
                .benefitsIndividualsWithoutLegalBasis(false)
                .publicPartyLegallyResponsible(false)
                .operatedUnderOwnManagement(true)
                .acquisitionForAuthorityOwnNeed(false)
                .needPredefinedByAuthority(false)
                .serviceForThirdParties(true)
                .directEconomicInterest(false);
    }

    /** @return a non-economic, purely local activity, paid no more than its cost, without competitors */
    private static StateAidContext localNonEconomicActivity() {
        return StateAidContext.builder()
                .activityEconomicNature(EconomicNature.NON_ECONOMIC)
                .compensationAboveCost(false)
                .competitorsExist(false)
                .tradeEffect(TradeEffect.PURELY_LOCAL)
                .build();
    }

    // =========================================================================================================
    // Timrå
    // =========================================================================================================

    /** Timrå news item that documents the partnership. */
    private static final String TIMRA_NEWS = "timra.se, nyhet 2018-04-12 \"Timrå kommun och Söråkers Folkets hus har "
            + "tecknat idéburet offentligt partnerskap\"";

    /** The sample's agreement text. Contains one deliberate purchase word ("ersättning", §4) for the vocabulary check. */
    private static final String TIMRA_TEXT = """
            Överenskommelse om idéburet offentligt partnerskap – Unga kulturentreprenörer i Söråker
            [Exempeltext skriven för iop-rules. Inte den verkliga överenskommelsen mellan Timrå kommun och Söråkers Folkets Hus.]

            1. Parter
            Timrå kommun, genom arbetsmarknadsenheten, och Söråkers Folkets Hus (föreningen) ingår detta partnerskap.

            2. Bakgrund och gemensam utmaning
            Många unga i Timrå mellan 14 och 25 år saknar i dag inspiration att gå vidare till studier eller arbete. \
            Föreningen har lokal förankring, ett brett kontaktnät och en verksamhet – bio, café, bibliotek och \
            möteslokaler – där unga redan tar ansvar. Kommunen har kontakter, kompetens och lokaler som föreningen \
            behöver. Ingen av parterna kan ensam nå de unga på samma sätt. Partnerskapet vilar på kommunens policy för \
            den sociala ekonomin och socialt företagande.

            3. Syfte och mål
            Syftet är att unga ska driva och skapa kulturaktiviteter på riktigt, med entreprenörskap och eget ansvar \
            som metod. Målet är stärkt självkänsla, personlig utveckling och motivation att studera vidare eller närma \
            sig arbetsmarknaden. Verksamheten är föreningens egen och har inte beställts av kommunen.

            4. Insatser och samfinansiering
            Parterna samfinansierar projektet enligt budgetbilagan, där även ideellt arbete och lokaler är värderade i \
            kronor. Kommunen bidrar med medel till en ungdomscoach på deltid och till aktivitetskostnader samt med \
            handledning och matchning av deltagare. Föreningen bidrar med lokaler, ideellt arbete, mentorskap av unga \
            biovolontärer och sitt nätverk. Kommunens ersättning till föreningen betalas ut i två delar, i januari och \
            i juli. Parterna bestämmer tillsammans, inom budgetens ram, vilka aktiviteter som genomförs.

            5. Styrning och uppföljning
            En styrgrupp med två företrädare för vardera parten leder partnerskapet. Styrgruppen beslutar i samförstånd \
            och träffas varje kvartal. Parterna följer gemensamt upp arbetet varje halvår och gör en gemensam \
            utvärdering i november 2018 som underlag för beslut om en fortsättning.

            6. Giltighetstid
            Överenskommelsen gäller från och med den 1 januari till och med den 31 december 2018. Parterna har en \
            ambition om långsiktig samverkan och kan efter den gemensamma utvärderingen komma överens om en fortsättning.

            7. Ändringar, rätt att lämna partnerskapet och återbetalning
            Ändringar görs i samförstånd och skrivs ned. Varje part har rätt att lämna partnerskapet med tre månaders \
            varsel. Medel som inte har använts i projektet betalas tillbaka till kommunen. Oenighet tas i första hand \
            upp i styrgruppen.
            """;

    /**
     * Timrå: a two-party IOP between the municipality's labour-market unit and Söråkers Folkets Hus, youth 14–25,
     * culture and entrepreneurship, 2 + 2 steering group, calendar year 2018 (S3 appendix 4, "Timrå IOP").
     *
     * @return the sample
     */
    public static Partnership timra() {
        SampleSources src = new SampleSources()
                .assumed("parties[kommun].contributionsComplete", COMPLETE_LISTS)
                .assumed("parties[fh].contributionsComplete", COMPLETE_LISTS)
                .assumed("title", "Titeln är påhittad för exemplet; bilagan heter \"Timrå IOP\" i " + S3 + ", bilaga 4")
                .assumed("signingDate", "Exakt datum okänt: S3 räknar dokumentet till 2017 och partnerskapet gäller från "
                        + "årsskiftet 2018 (" + TIMRA_NEWS + ")")
                .doc("parties[kommun].name", TIMRA_NEWS + " (arbetsmarknadsenheten; arbetsmarknadschef Lars Backlund)")
                .doc("parties[kommun].sector", S3 + ", förord; " + TIMRA_NEWS)
                .doc("parties[kommun].legalForm", "Timrå kommun är en kommun")
                .doc("parties[fh].name", S3 + ", förord; " + TIMRA_NEWS)
                .doc("parties[fh].sector", "Föreningen grundad 1901 med 32 personer i styrelsen (filmregionsydost.se, "
                        + "\"Inspireras av Söråkers Folkets Hus\")")
                .assumed("parties[fh].legalForm", "Ideell förening är vanligast för Folkets Hus-föreningar; om föreningen "
                        + "är ideell eller ekonomisk är inte verifierat")
                .assumed("parties[fh].idea.purposeExclusivelyPublicBenefit", "Antaget utifrån verksamheten (bio, bibliotek, "
                        + "café, barn och unga först); stadgarna är inte lästa")
                .assumed("parties[fh].idea.publicControllingInfluence", "Antaget: medlemsstyrd förening med egen styrelse "
                        + "på 32 personer (filmregionsydost.se)")
                .assumed("parties[fh].idea.distributesProfit", "Antaget för en ideell förening")
                .assumed("initiative.initiatedBy", "Tolkning av S3 avsnitt 2.1: ansvarig politiker och tjänsteperson "
                        + "deltog i första kontakten och parterna skissade innehållet utan förbestämda ramar – en "
                        + "gemensamt startad dialog, inte belagd")
                .assumed("initiative.activityDefinedBy", "Tolkning av S3 avsnitt 2.1 (se initiativet)")
                .doc("initiative.initiatingDecision", "Kommunstyrelsens protokoll 2017-06-13 § 186 \"IOP Idéburet "
                        + "offentligt partnerskap\" (ärendelista; beslutets innehåll okänt); S3 avsnitt 2.1: ärendet "
                        + "förankrades i kommunstyrelsen")
                .doc("initiative.dialogBeforeAgreement", S3 + ", avsnitt 2.1 (Christina Thonman om det första mötet)")
                .doc("purpose.challengeDescription", TIMRA_NEWS + " (omskrivet)")
                .doc("purpose.collaborationNeedDocumented", TIMRA_NEWS + ": bygger på ett ömsesidigt behov och ett "
                        + "gemensamt mål")
                .doc("purpose.noPartyCanSolveAlone", TIMRA_NEWS + ": föreningen har ibland bättre förutsättningar, "
                        + "kommunen har resurser som föreningen behöver")
                .doc("purpose.needIdentified", TIMRA_NEWS)
                .assumed("purpose.challengeJointlyDefined", "Antaget utifrån S3 avsnitt 2.1 (innehållet skissades "
                        + "gemensamt)")
                .doc("purpose.commonGoal", TIMRA_NEWS + " (unga ska inspireras att gå vidare till studier eller "
                        + "arbete); att målet är allmännyttigt är vår bedömning")
                .doc("purpose.politicalPlanRef", "Timrå kommun, Policy för den sociala ekonomin och socialt "
                        + "företagande, KS 2015-05-26 § 129 (reviderad KS 2018-03-06 § 64); att överenskommelsen "
                        + "hänvisar till den är antaget")
                .assumed("purpose.withinMunicipalCompetence", "Vår bedömning: arbetsmarknadsinsatser och kultur för unga "
                        + "ligger inom kommunens befogenheter")
                .assumed("purpose.generalInterest", "Vår bedömning (samma skäl)")
                .assumed("purpose.welfareArea", "Tolkning: arbetsmarknadsenheten är part; kultur är medlet")
                .doc("purpose.targetGroupDescription", TIMRA_NEWS + " (unga 14–25 år)")
                .doc("purpose.targetGroupDefined", TIMRA_NEWS)
                .assumed("resources.contributions", "Alla belopp och poster är antagna för exemplet (en liten kommuns "
                        + "arbetsmarknadsprojekt); föreningens lokaler och biovolontärer finns (sorakersfolketshus.se), "
                        + "värdena är påhittade")
                .assumed("resources.budget", "Antagen budget: offentlig andel ca 60 %, under 100 % som i SKL:s "
                        + "riktmärke om samfinansiering")
                .assumed("resources.paymentModel", "Antaget: klumpsumma i två utbetalningar, inget pris per deltagare")
                .assumed("resources.fixedPricePerUnit", "Antaget (se betalningsmodell)")
                .assumed("resources.paymentTiming", "Antaget: två utbetalningar, januari och juli")
                .assumed("resources.surplusHandling", "Antaget: oanvända medel betalas tillbaka (S3 kap. 3)")
                .assumed("resources.activityExclusivelyDependentOnPublicFunding", "Antaget: föreningen har egna "
                        + "intäkter från bio och café")
                .assumed("resources.volunteerReplacesPaidPublicWork", "Antaget")
                .assumed("resources.operationalContributionsByAllParties", "Antaget: båda parter bidrar i verksamheten "
                        + "(handledning, lokaler, mentorskap)")
                .doc("term.startDate", TIMRA_NEWS + ": gäller från årsskiftet")
                .doc("term.endDate", TIMRA_NEWS + ": \"avtalet gäller året ut\"")
                .assumed("term.longTermIntent", "Antaget: ambition om fortsättning efter gemensam utvärdering")
                .assumed("term.extensionOption", "Antaget: fortsättning genom ny överenskommelse")
                .assumed("term.renewalWithDialogue", "Antaget: beslut om fortsättning efter gemensam utvärdering")
                .assumed("term.renegotiationClause", "Antaget")
                .assumed("term.exitRightWithoutSanction", "Antaget: rätt att lämna med tre månaders varsel (S3 kap. 3)")
                .doc("governance.steeringGroup.exists", TIMRA_NEWS + ": styrgrupp för överenskommelsen")
                .doc("governance.steeringGroup.membersFromAllParties", TIMRA_NEWS + ": Ronny Rönnbäck och Lars Backlund "
                        + "(kommunen), Christina Thonman och Eva Holmström (föreningen), 2 + 2")
                .assumed("governance.steeringGroup.decisionRule", "Antaget: beslut i samförstånd")
                .assumed("governance.steeringGroup.meetingsPerYear", "Antaget: en gång per kvartal")
                .assumed("governance.steeringGroup.mandate", "Antaget")
                .assumed("governance.jointFollowUp", "Antaget: gemensam uppföljning varje halvår")
                .assumed("governance.jointEvaluation", "Antaget: gemensam slututvärdering i november 2018")
                .assumed("governance.evaluationFrequencyMonths", "Antaget: halvårsvis")
                .assumed("governance.rolesDefined", "Antaget")
                .assumed("governance.geographicScope", "Tolkning: verksamheten finns i Söråker, en del av kommunen")
                .doc("agreement.agreementSigned", TIMRA_NEWS + ": \"har tecknat\"")
                .doc("agreement.instrument", S3 + ", bilaga 4: \"Timrå IOP\", en överenskommelse om IOP")
                .assumed("agreement.agreementLabel", "Antaget: nyheten använder både \"överenskommelsen\" och \"avtalet\"; "
                        + "dokumentets egen rubrik är okänd")
                .assumed("agreement.agreementText", "Exempeltext skriven för iop-rules, inte kopierad; innehåller medvetet "
                        + "ordet \"ersättning\" (§ 4) så att ordvalskontrollen har något att hitta")
                .assumed("agreement.agreementTopicsPresent", "Följer av exempeltexten")
                .assumed("agreement.sanctionClauses", "Antaget: inga sanktioner (S3 kap. 3)")
                .assumed("agreement.remedyOnBreach", "Antaget: endast återbetalning av oanvända medel")
                .assumed("agreement.authorityCanEnforcePerformance", "Antaget (endast återbetalning)")
                .assumed("agreement.detailRegulationLevel", "Antaget: bara ram; aktiviteterna bestäms gemensamt")
                .assumed("agreement.volumeCommitments", "Antaget: nyheten nämner att kommunen ska kunna erbjuda "
                        + "\"platser\", men inget antal utlovas i exemplet")
                .assumed("agreement.unilateralPublicInstructionRight", "Antaget")
                .assumed("agreement.effortsFramework", "Antaget")
                .assumed("agreement.agreementStatesIndependentActivity", "Följer av exempeltexten (§ 3)")
                .assumed("agreement.agreementStatesCoFinancedMutual", "Följer av exempeltexten (§ 4)")
                .assumed("agreement.commissionedByPublic", "Antaget (exempeltexten § 3)")
                .doc("agreement.legalReviewDone", S3 + ", förord och kap. 4: jurister (Linde, Sylvan) stödde varje "
                        + "partnerskap i utvecklingsarbetet")
                .assumed("legal.marketExists", "Antaget: ingen marknad för ungdomsstyrd kulturverksamhet i Söråker")
                .assumed("legal.serviceProcuredElsewhere", "Antaget")
                .assumed("legal.competesWithLocalBusiness", "Antaget")
                .assumed("legal.isPartOfStandardAssociationGrant", "Antaget: särskilt partnerskap, inte föreningsbidrag")
                .assumed("legal.benefitsIndividualsWithoutLegalBasis", "Antaget")
                .assumed("legal.publicPartyLegallyResponsible", "Antaget: ingen lagstadgad skyldighet för just denna "
                        + "verksamhet")
                .assumed("legal.operatedUnderOwnManagement", "Antaget: föreningen driver verksamheten i sitt hus")
                .assumed("legal.acquisitionForAuthorityOwnNeed", "Antaget: kommunen finansierar en verksamhet, köper "
                        + "inte en tjänst")
                .assumed("legal.needPredefinedByAuthority", "Antaget (innehållet skissades gemensamt, S3 avsnitt 2.1)")
                .assumed("legal.serviceForThirdParties", "Antaget: verksamheten riktar sig till unga i kommunen")
                .assumed("legal.directEconomicInterest", "Antaget")
                .assumed("legal.legalAssessment", "Tolkning av S3 (jurister stödde partnerskapen); att en bedömning av "
                        + "upphandling, kommunallag och statsstöd gjordes för just detta avtal är inte belagt")
                .assumed("stateAid.activityEconomicNature", "Antaget: icke-ekonomisk verksamhet för unga")
                .assumed("stateAid.compensationAboveCost", "Antaget")
                .assumed("stateAid.competitorsExist", "Antaget")
                .assumed("stateAid.tradeEffect", "Antaget: rent lokal verksamhet");

        return Partnership.builder()
                .id("timra-2018")
                .title("Överenskommelse om idéburet offentligt partnerskap – Unga kulturentreprenörer i Söråker")
                .signingDate(LocalDate.of(2017, 12, 15))
                .addParty(publicParty("kommun", "Timrå kommun (arbetsmarknadsenheten)", Sector.PUBLIC_MUNICIPALITY))
                .addParty(ideaParty("fh", "Söråkers Folkets Hus"))
                .initiative(Initiative.builder()
                        .initiatedBy(Initiator.JOINT)
                        .activityDefinedBy(Initiator.JOINT)
                        .initiatingDecision(InitiatingDecision.builder().exists(true).body(DecisionBody.STYRELSE)
                                .reference("KS 2017-06-13 § 186").build())
                        .dialogBeforeAgreement(true)
                        .build())
                .purpose(jointNeedWithPublicBenefitGoal()
                        .challengeDescription("Unga 14–25 år som behöver inspiration för att gå vidare till studier "
                                + "eller arbete")
                        .commonGoal(publicBenefitGoal("Fler unga i Timrå går vidare till studier eller arbete, "
                                + "med stärkt självkänsla och motivation"))
                        .politicalPlanRef(PoliticalPlanRef.builder().exists(true).mentionsIdeaBasedOrgs(true)
                                .reference("Policy för den sociala ekonomin och socialt företagande (KS 2015-05-26 § 129)")
                                .build())
                        .welfareArea(WelfareArea.LABOUR_MARKET)
                        .targetGroupDescription("Unga 14–25 år i Timrå kommun")
                        .build())
                .resources(coFinancedByAllParties()
                        .addContribution(contribution("kommun", ContributionKind.MONEY, 400_000L,
                                "Delfinansiering 2018: ungdomscoach på deltid och aktivitetskostnader"))
                        .addContribution(contribution("kommun", ContributionKind.SUPERVISION, 90_000L,
                                "Arbetsmarknadsenhetens handledning och matchning av deltagare, ca 200 timmar"))
                        .addContribution(contribution("fh", ContributionKind.PREMISES, 120_000L,
                                "Bio, café och möteslokaler, värderade till internhyra"))
                        .addContribution(contribution("fh", ContributionKind.VOLUNTEER_WORK, 150_000L,
                                "Ideellt arbete av styrelse och medlemmar, ca 1 000 timmar"))
                        .addContribution(contribution("fh", ContributionKind.COMPETENCE, 60_000L,
                                "Mentorskap av erfarna unga biovolontärer"))
                        .addContribution(contribution("fh", ContributionKind.NETWORK, null,
                                "Nätverk med film- och kulturorganisationer (inte värderat i kronor)"))
                        .budget(annexedBudget(820_000))
                        .paymentModel(PaymentModel.GRANT_LUMP_SUM)
                        .paymentTiming(PaymentTiming.PERIODIC)
                        .surplusHandling(SurplusHandling.REPAY_AT_END)
                        .build())
                .term(renewableByAgreement(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))
                        .renegotiationClause(true)
                        .build())
                .governance(Governance.builder()
                        .steeringGroup(consensusOfAllParties(4, SteeringMandate.DIRECTION, SteeringMandate.GOALS,
                                SteeringMandate.FOLLOW_UP, SteeringMandate.REVISION))
                        .jointFollowUp(true)
                        .jointEvaluation(true)
                        .evaluationFrequencyMonths(6)
                        .rolesDefined(true)
                        .geographicScope(GeographicScope.LOCAL)
                        .build())
                .agreement(signedCooperationAgreement(TIMRA_TEXT)
                        .agreementTopicsPresent(AgreementTopic.BACKGROUND, AgreementTopic.CHALLENGE,
                                AgreementTopic.PURPOSE, AgreementTopic.GOALS, AgreementTopic.TARGET_GROUP,
                                AgreementTopic.EFFORTS_COMMITMENTS, AgreementTopic.RESOURCES, AgreementTopic.ECONOMY,
                                AgreementTopic.ORGANISATION, AgreementTopic.DECISION_RULES, AgreementTopic.FOLLOW_UP,
                                AgreementTopic.TERM, AgreementTopic.RENEGOTIATION, AgreementTopic.TERMINATION,
                                AgreementTopic.DISPUTE)
                        .detailRegulationLevel(DetailRegulationLevel.FRAMEWORK)
                        .build())
                .legal(noMarketAndNoPurchase()
                        .legalAssessment(LegalAssessment.builder().procurementDone(true).kommunallagenDone(true)
                                .stateAidDone(true).build())
                        .build())
                .stateAid(localNonEconomicActivity())
                .factSources(src.list())
                .build();
    }

}

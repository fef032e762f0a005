package se.ioprules.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.ioprules.api.CriterionKind;
import se.ioprules.api.Likelihood;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.RuleSetStatus;
import se.ioprules.api.Verdict;
import se.ioprules.api.facts.FactText;
import se.ioprules.api.facts.Sector;

/**
 * The fixed words of a report, in Swedish (default) or English: every enum value a report shows has a word here, so
 * no code reaches the reader. Outcome words come with a traffic-light symbol in Markdown (the word always follows the
 * symbol, so the report reads the same on paper and in a screen reader).
 */
final class ReportLabels {
    final boolean en;

    private ReportLabels(boolean en) {
        this.en = en;
    }

    static ReportLabels of(String lang) {
        return new ReportLabels("en".equalsIgnoreCase(lang));
    }

    String lang() {
        return en ? "en" : "sv";
    }

    String t(String sv, String english) {
        return en ? english : sv;
    }

    String word(Outcome o) {
        return switch (o) {
            case PASS -> t("Uppfyllt", "Pass");
            case FAIL -> t("Ej uppfyllt", "Fail");
            case WARNING -> t("Varning", "Warning");
            case NOT_ASSESSABLE -> t("Kan ej bedömas", "Not assessable");
            case INFO -> t("Information", "Info");
        };
    }

    String kind(CriterionKind k) {
        return switch (k) {
            case LEGAL_REQUIREMENT -> t("rättsligt krav", "legal requirement");
            case GUIDING_INDICATOR -> t("vägledande kriterium", "guiding indicator");
            case RECOMMENDATION -> t("rekommendation", "recommendation");
            case GOOD_PRACTICE -> t("god praxis", "good practice");
        };
    }

    String verdict(Verdict v) {
        return switch (v) {
            case MEETS -> t("Uppfyller", "Meets");
            case DOES_NOT_MEET -> t("Uppfyller inte", "Does not meet");
            case INCOMPLETE -> t("Ofullständigt underlag", "Incomplete facts");
        };
    }

    /** The verdict in a word or two, for the overview. */
    String verdictShort(RuleSetResult r) {
        if (qualified(r)) {
            return t("med anmärkningar", "with remarks");
        }
        return switch (r.verdict()) {
            case MEETS -> t("uppfyller", "meets");
            case DOES_NOT_MEET -> t("uppfyller inte", "does not meet");
            case INCOMPLETE -> t("ofullständigt", "incomplete");
        };
    }

    /**
     * A MEETS verdict can sit beside failed guiding indicators, recommendations or good practice, and beside
     * warnings ({@link Verdict}'s rule). A green "meets" would then read as a clean bill, so such a verdict is shown
     * amber and qualified; the verdict itself is unchanged.
     */
    static boolean qualified(RuleSetResult r) {
        return r.verdict() == Verdict.MEETS && (remarks(r, Outcome.FAIL) > 0 || remarks(r, Outcome.WARNING) > 0);
    }

    private static long remarks(RuleSetResult r, Outcome o) {
        return r.findings().stream().filter(f -> !f.element() && f.outcome() == o).count();
    }

    String verdict(RuleSetResult r) {
        return qualified(r) ? t("Uppfyller, med anmärkningar", "Meets, with remarks") : verdict(r.verdict());
    }

    /** @return what qualifies a MEETS verdict, e.g. "1 ej uppfyllt kriterium (inget rättsligt krav) och 2 varningar"; empty otherwise */
    String remarks(RuleSetResult r) {
        if (!qualified(r)) {
            return "";
        }
        long fails = remarks(r, Outcome.FAIL);
        long warnings = remarks(r, Outcome.WARNING);
        List<String> parts = new ArrayList<>();
        if (fails > 0) {
            parts.add(fails == 1 ? t("1 ej uppfyllt kriterium (inget rättsligt krav)", "1 failed criterion (not a legal requirement)")
                    : fails + t(" ej uppfyllda kriterier (inga rättsliga krav)", " failed criteria (no legal requirement)"));
        }
        if (warnings > 0) {
            parts.add(warnings == 1 ? t("1 varning", "1 warning") : warnings + t(" varningar", " warnings"));
        }
        return FactText.join(parts, lang());
    }

    String status(RuleSetStatus s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case STATUTE -> t("författning", "statute");
            case CASE_LAW -> t("rättspraxis", "case law");
            case INQUIRY -> t("statlig utredning, ej bindande", "state inquiry, not binding");
            case GUIDANCE -> t("vägledning, ej bindande", "guidance, not binding");
            case MUNICIPAL_GUIDELINE -> t("kommunala riktlinjer, binder bara den kommunen",
                    "municipal guidelines, bind only that municipality");
            case DRAFT -> t("utkast", "draft");
        };
    }

    String publicContract(Likelihood l) {
        if (l == null) {
            return t("Kan inte bedömas", "Cannot be assessed");
        }
        return switch (l) {
            // "must be procured" holds only unless an exception applies (LOV, in-house or public-public
            // cooperation, the exclusion of rescue services by non-profits, C-465/17 Falck): the label says so, and
            // the eupc-aggregate and eupc-direct-award findings say which one the facts point to
            case LIKELY -> t("Sannolikt ett offentligt kontrakt, som ska upphandlas om inget undantag gäller",
                    "Likely a public contract, which must be procured unless an exception applies");
            case UNLIKELY -> t("Sannolikt inte ett offentligt kontrakt", "Unlikely to be a public contract");
            case NOT_ASSESSABLE -> t("Kan inte bedömas med nuvarande uppgifter", "Cannot be assessed on the facts given");
        };
    }

    String stateAid(Likelihood l) {
        if (l == null) {
            return t("Kan inte bedömas", "Cannot be assessed");
        }
        return switch (l) {
            case LIKELY -> t("Sannolikt statsstöd (kräver rättslig prövning)", "Likely state aid (needs legal review)");
            case UNLIKELY -> t("Sannolikt inte statsstöd", "Unlikely to be state aid");
            case NOT_ASSESSABLE -> t("Kan inte bedömas med nuvarande uppgifter", "Cannot be assessed on the facts given");
        };
    }

    /** An assessment in a word or two, for the overview. */
    String likelihoodShort(Likelihood l) {
        if (l == null) {
            return t("kan ej bedömas", "not assessable");
        }
        return switch (l) {
            case LIKELY -> t("sannolikt", "likely");
            case UNLIKELY -> t("sannolikt inte", "unlikely");
            case NOT_ASSESSABLE -> t("kan ej bedömas", "not assessable");
        };
    }

    String notEvaluated(String ruleSetTitle) {
        return t("Inte bedömt: regeluppsättningen " + ruleSetTitle + " utvärderades inte (ingen version i kraft "
                + "på bedömningsdagen)", "Not assessed: rule set " + ruleSetTitle + " was not evaluated (no version in "
                + "force on the as-of date)");
    }

    String notEvaluatedShort() {
        return t("ej bedömt", "not assessed");
    }

    String asOfBasis(String basis) {
        if (basis == null) {
            return "";
        }
        return switch (basis) {
            case "request" -> t("angivet datum", "date given in the request");
            case "decisionDate" -> t("beslutsdatum", "decision date");
            case "signingDate" -> t("undertecknandedatum", "signing date");
            case "term.startDate" -> t("avtalstidens början", "start of the term");
            case "today" -> t("dagens datum", "today");
            default -> basis;
        };
    }

    String sector(Sector s) {
        return s == null ? t("sektor okänd", "sector unknown") : FactText.label(s, lang());
    }

    String assumed() {
        return t("antaget (illustrativt)", "assumed (illustrative)");
    }

    String extracted() {
        return t("utläst, ej bekräftat", "extracted, unconfirmed");
    }

    String containsExtracted() {
        return t("bygger på utlästa, ej bekräftade uppgifter", "based on extracted, unconfirmed facts");
    }

    String containsAssumed() {
        return t("bygger på antagna uppgifter (illustrativt)", "based on assumed facts (illustrative)");
    }

    String documented() {
        return t("belagt", "documented");
    }

    /**
     * A legal conclusion of a finding that is not an element, in words. Built-in conclusions have a word; another
     * rule set's own conclusion is shown in lower case with spaces.
     */
    String conclusion(String c) {
        return switch (c) {
            case "" -> "";
            case "PUBLIC_CONTRACT" -> t("sannolikt offentligt kontrakt", "likely a public contract");
            case "NOT_PUBLIC_CONTRACT" -> t("sannolikt inte offentligt kontrakt", "unlikely to be a public contract");
            case "STATE_AID" -> t("sannolikt statsstöd", "likely state aid");
            case "NOT_STATE_AID" -> t("sannolikt inte statsstöd", "unlikely to be state aid");
            case "NOT_ASSESSABLE", "UNKNOWN" -> t("kan inte bedömas", "cannot be assessed");
            case "MET" -> t("uppfyllt", "met");
            case "NOT_MET" -> t("inte uppfyllt", "not met");
            case "CONTESTED" -> t("omstritt", "contested");
            case "APPLIES" -> t("gäller", "applies");
            case "DOES_NOT_APPLY" -> t("gäller inte", "does not apply");
            case "COMPLETED" -> t("genomfört", "completed");
            case "IN_PROGRESS" -> t("pågår", "in progress");
            case "EXCLUDED" -> t("undantaget", "excluded");
            case "NONE" -> t("inget", "none");
            case "NOT_NEEDED" -> t("behövs inte", "not needed");
            case "REMEDIATED" -> t("åtgärdat", "remedied");
            default -> c.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /**
     * An element of a legal test (one of the six public-contract criteria, a state-aid condition) in words: what it
     * says about the test, not a pass or a fail. One place for every element conclusion, including CONTESTED.
     *
     * @param ruleSetId the rule set of the test
     * @param conclusion MET, NOT_MET, UNKNOWN or CONTESTED
     */
    String element(String ruleSetId, String conclusion) {
        LegalTest test = LegalTest.of(ruleSetId);
        String noun = t(test.elementSv, test.elementEn);
        String toward = test.subjectSv == null ? "" : t(" – talar för " + test.subjectSv, " – points to " + test.subjectEn);
        String away = test.subjectSv == null ? "" : t(" – talar emot " + test.subjectSv, " – points away from " + test.subjectEn);
        return switch (conclusion) {
            case "MET" -> noun + t(" uppfyllt", " met") + toward;
            case "NOT_MET" -> noun + t(" inte uppfyllt", " not met") + away;
            case "CONTESTED" -> noun + t(" omstritt – talar åt båda hållen", " contested – points both ways");
            case "UNKNOWN", "NOT_ASSESSABLE" -> noun + t(" kan inte bedömas", " cannot be assessed");
            default -> noun + ": " + conclusion(conclusion);
        };
    }

    /** The legal tests the reports know: what an element is called and what the test decides. */
    enum LegalTest {
        PUBLIC_CONTRACT("kriteriet", "criterion", "offentligt kontrakt", "a public contract"),
        STATE_AID("villkoret", "condition", "statsstöd", "state aid"),
        OTHER("delkriteriet", "element", null, null);

        final String elementSv;
        final String elementEn;
        final String subjectSv;
        final String subjectEn;

        LegalTest(String elementSv, String elementEn, String subjectSv, String subjectEn) {
            this.elementSv = elementSv;
            this.elementEn = elementEn;
            this.subjectSv = subjectSv;
            this.subjectEn = subjectEn;
        }

        static LegalTest of(String ruleSetId) {
            return switch (ruleSetId) {
                case ReportModel.PUBLIC_CONTRACT_SET -> PUBLIC_CONTRACT;
                case ReportModel.STATE_AID_SET -> STATE_AID;
                default -> OTHER;
            };
        }
    }

    /**
     * A parameter's note in the report's language. Notes beginning "ASSUMPTION:" are the rule set's reasons for an
     * assumed value (written in English): shown as words ("antagande"/"assumption"); the Swedish report says that no
     * source gives the value rather than quoting the English reason.
     */
    String parameterNote(String note) {
        if (note == null || note.isBlank()) {
            return "";
        }
        String n = note.strip();
        if (n.regionMatches(true, 0, "ASSUMPTION:", 0, "ASSUMPTION:".length())) {
            String reason = n.substring("ASSUMPTION:".length()).strip();
            return t("antagande: inget källdokument anger värdet (skälet står i regeluppsättningens parameters.conf)",
                    "assumption: " + reason);
        }
        return n;
    }
}

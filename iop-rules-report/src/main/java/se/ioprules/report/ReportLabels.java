package se.ioprules.report;

import java.util.ArrayList;
import java.util.List;

import se.ioprules.api.CriterionKind;
import se.ioprules.api.Likelihood;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.RuleSetStatus;
import se.ioprules.api.Verdict;
import se.ioprules.api.facts.Sector;

/**
 * The fixed words of a report, in Swedish (default) or English. Outcome words come with a traffic-light symbol so
 * that a report reads the same on a colour terminal, on paper and in a screen reader (the word always follows the
 * symbol).
 */
final class ReportLabels {
    final boolean en;

    private ReportLabels(boolean en) {
        this.en = en;
    }

    static ReportLabels of(String lang) {
        return new ReportLabels("en".equalsIgnoreCase(lang));
    }

    String t(String sv, String english) {
        return en ? english : sv;
    }

    static String symbol(Outcome o) {
        return switch (o) {
            case PASS -> "🟢";
            case FAIL -> "🔴";
            case WARNING -> "🟡";
            case NOT_ASSESSABLE -> "⚪";
            case INFO -> "🔵";
        };
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

    String outcome(Outcome o) {
        return symbol(o) + " " + word(o) + " (" + o.name() + ")";
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
            case MEETS -> "🟢 " + t("Uppfyller", "Meets");
            case DOES_NOT_MEET -> "🔴 " + t("Uppfyller inte", "Does not meet");
            case INCOMPLETE -> "⚪ " + t("Ofullständigt underlag", "Incomplete facts");
        } + " (" + v.name() + ")";
    }

    /**
     * A MEETS verdict can sit beside failed guiding indicators, recommendations or good practice, and beside
     * warnings ({@link Verdict}'s rule). A green "meets" would then read as a clean bill, so such a verdict is shown
     * amber and qualified; the verdict itself (the word in brackets) is unchanged.
     */
    static boolean qualified(RuleSetResult r) {
        return r.verdict() == Verdict.MEETS && (remarks(r, Outcome.FAIL) > 0 || remarks(r, Outcome.WARNING) > 0);
    }

    private static long remarks(RuleSetResult r, Outcome o) {
        return r.findings().stream().filter(f -> !f.element() && f.outcome() == o).count();
    }

    String verdict(RuleSetResult r) {
        return qualified(r) ? "🟡 " + t("Uppfyller, med anmärkningar", "Meets, with remarks") + " (MEETS)" : verdict(r.verdict());
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
        return String.join(t(" och ", " and "), parts);
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
            return "";
        }
        return switch (l) {
            case LIKELY -> "🔴 " + t("Sannolikt ett offentligt kontrakt som ska upphandlas",
                    "Likely a public contract that must be procured");
            case UNLIKELY -> "🟢 " + t("Sannolikt inte ett offentligt kontrakt", "Unlikely to be a public contract");
            case NOT_ASSESSABLE -> "⚪ " + t("Kan inte bedömas med nuvarande uppgifter", "Cannot be assessed on the facts given");
        } + " (" + l.name() + ")";
    }

    String stateAid(Likelihood l) {
        if (l == null) {
            return "";
        }
        return switch (l) {
            case LIKELY -> "🔴 " + t("Sannolikt statsstöd (kräver rättslig prövning)", "Likely state aid (needs legal review)");
            case UNLIKELY -> "🟢 " + t("Sannolikt inte statsstöd", "Unlikely to be state aid");
            case NOT_ASSESSABLE -> "⚪ " + t("Kan inte bedömas med nuvarande uppgifter", "Cannot be assessed on the facts given");
        } + " (" + l.name() + ")";
    }

    String notEvaluated(String ruleSetId) {
        return "⚪ " + t("Inte bedömt: regeluppsättningen `" + ruleSetId + "` utvärderades inte (ingen version i kraft "
                + "på bedömningsdagen)", "Not assessed: rule set `" + ruleSetId + "` was not evaluated (no version in "
                + "force on the as-of date)") + " (NOT_ASSESSABLE)";
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
        if (s == null) {
            return t("sektor okänd", "sector unknown");
        }
        return switch (s) {
            case PUBLIC_MUNICIPALITY -> t("kommun", "municipality");
            case PUBLIC_REGION -> t("region/landsting", "region/county council");
            case PUBLIC_STATE_AGENCY -> t("statlig myndighet", "state agency");
            case PUBLIC_OWNED_COMPANY -> t("offentligt ägt bolag", "publicly owned company");
            case IDEA_BASED -> t("idéburen organisation", "idea-based organisation");
            case PRIVATE_COMMERCIAL -> t("privat företag", "private company");
        };
    }

    String assumed() {
        return t("⚠ antaget (illustrativt)", "⚠ assumed (illustrative)");
    }

    String containsAssumed() {
        return t("⚠ bygger på antagna uppgifter (illustrativt)", "⚠ based on assumed facts (illustrative)");
    }

    String documented() {
        return t("belagt", "documented");
    }
}

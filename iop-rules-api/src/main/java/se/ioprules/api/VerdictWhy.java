package se.ioprules.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.ioprules.api.facts.FactText;

/**
 * The sentence that says why a rule set's verdict is what it is ({@link RuleSetResult#verdictWhy()}): which step of
 * the rule in {@link Verdict} decided, with the counts that decided it and, where guiding indicators weigh in, the
 * share allowed to fail. Plain prose for a reader of a report, no enum codes: the verdict word itself is shown beside
 * it, so the sentence gives only the reason.
 */
final class VerdictWhy {
    private VerdictWhy() {
    }

    /** The sentence for r, whose {@link RuleSetResult#verdictBasis() basis} is given (it is computed once). */
    static LocalizedText of(RuleSetResult r, VerdictBasis basis) {
        BigDecimal share = Verdict.maxFailedIndicatorShare(r.parameters());
        // the same counting as Verdict.basis: elements of a legal test do not count on their own
        int legal = 0;
        // the failed legal requirements by title (a per-party criterion once), so a reader knows which decided
        java.util.Set<String> failedIds = new java.util.LinkedHashSet<>();
        List<String> failedSv = new ArrayList<>();
        List<String> failedEn = new ArrayList<>();
        int legalUnknown = 0;
        int indicators = 0;
        int indicatorsFailed = 0;
        int indicatorsUnknown = 0;
        // in a rule set without legal requirements and guiding indicators its recommendations and good practice count
        // as indicators do (Verdict), and the sentences name them
        boolean weighty = Verdict.hasLegalRequirementsOrIndicators(r.findings());
        int recommendationsUnknown = 0;
        int practiceUnknown = 0;
        for (Finding f : r.findings()) {
            if (f.element() || !Verdict.countsFor(f.kind(), weighty)) {
                continue;
            }
            if (f.kind() == CriterionKind.LEGAL_REQUIREMENT) {
                legal++;
                if (f.outcome() == Outcome.FAIL && failedIds.add(f.criterionId())) {
                    LocalizedText t = r.ruleSet().criterionTitle(f.criterionId()).orElse(null);
                    failedSv.add("”" + (t == null ? f.criterionId() : t.sv()) + "”");
                    failedEn.add("“" + (t == null ? f.criterionId() : t.en()) + "”");
                }
                legalUnknown += f.outcome() == Outcome.NOT_ASSESSABLE ? 1 : 0;
            } else if (f.outcome() != Outcome.INFO) {
                indicators++;
                indicatorsFailed += f.outcome() == Outcome.FAIL ? 1 : 0;
                boolean open = f.outcome() == Outcome.NOT_ASSESSABLE;
                indicatorsUnknown += open ? 1 : 0;
                recommendationsUnknown += open && f.kind() == CriterionKind.RECOMMENDATION ? 1 : 0;
                practiceUnknown += open && f.kind() == CriterionKind.GOOD_PRACTICE ? 1 : 0;
            }
        }
        // what the indicators are called: guiding indicators, or a rule set's recommendations and good practice
        String mostSv = weighty ? "De flesta vägledande kriterierna" : "De flesta av dess rekommendationer och kriterier om god praxis";
        String mostEn = weighty ? "Most guiding indicators" : "Most of its recommendations and good practice";
        String shareSv = "den andel som får brista (" + Verdict.MAX_FAILED_INDICATOR_SHARE + " "
                + share.stripTrailingZeros().toPlainString().replace('.', ',') + ", dvs. " + percent(share) + " %)";
        String shareEn = "the share allowed to fail (" + Verdict.MAX_FAILED_INDICATOR_SHARE + " "
                + share.stripTrailingZeros().toPlainString() + ", i.e. " + percent(share) + "%)";
        return switch (basis) {
            case LEGAL_REQUIREMENT_FAILED -> failedIds.size() == 1
                    ? new LocalizedText("Ett rättsligt krav är inte uppfyllt, " + failedSv.get(0) + ", och ett ej "
                            + "uppfyllt rättsligt krav avgör ensamt.", "A legal requirement is not met, " + failedEn.get(0)
                            + ", and a failed legal requirement decides on its own.")
                    : new LocalizedText(failedIds.size() + " rättsliga krav är inte uppfyllda, "
                            + FactText.join(failedSv, "sv") + ", och redan ett ej uppfyllt rättsligt krav avgör ensamt.",
                            failedIds.size() + " legal requirements are not met, " + FactText.join(failedEn, "en")
                                    + ", and a single failed legal requirement decides on its own.");
            case MOST_INDICATORS_FAILED -> new LocalizedText(
                    mostSv + " är inte uppfyllda: " + indicatorsFailed + " av de " + indicators
                            + " som är tillämpliga, fler än " + shareSv + "."
                            + (indicatorsUnknown == 0 ? "" : " Utfallet står sig även om "
                                    + (indicatorsUnknown == 1 ? "det som" : "de " + indicatorsUnknown + " som")
                                    + " inte kan bedömas skulle vara uppfyllt" + (indicatorsUnknown == 1 ? "." : "a.")),
                    mostEn + " are not met: " + indicatorsFailed + " of the " + indicators
                            + " that apply, more than " + shareEn + "."
                            + (indicatorsUnknown == 0 ? "" : " The verdict stands even if "
                                    + (indicatorsUnknown == 1 ? "the one" : "the " + indicatorsUnknown)
                                    + " that cannot be assessed were met."));
            case FACTS_MISSING -> {
                List<String> sv = new ArrayList<>();
                List<String> en = new ArrayList<>();
                if (legalUnknown > 0) {
                    sv.add(legalUnknown == 1 ? "ett rättsligt krav" : legalUnknown + " rättsliga krav");
                    en.add(legalUnknown == 1 ? "a legal requirement" : legalUnknown + " legal requirements");
                }
                if (!weighty) {
                    if (recommendationsUnknown > 0) {
                        sv.add(recommendationsUnknown == 1 ? "en rekommendation" : recommendationsUnknown + " rekommendationer");
                        en.add(recommendationsUnknown == 1 ? "a recommendation" : recommendationsUnknown + " recommendations");
                    }
                    if (practiceUnknown > 0) {
                        sv.add(practiceUnknown == 1 ? "ett kriterium om god praxis" : practiceUnknown + " kriterier om god praxis");
                        en.add(practiceUnknown == 1 ? "a good-practice criterion" : practiceUnknown + " good-practice criteria");
                    }
                } else if (indicatorsUnknown > 0) {
                    sv.add(indicatorsUnknown == 1 ? "ett vägledande kriterium" : indicatorsUnknown + " vägledande kriterier");
                    en.add(indicatorsUnknown == 1 ? "a guiding indicator" : indicatorsUnknown + " guiding indicators");
                }
                String svText = capitalise(FactText.join(sv, "sv")) + " kan inte bedömas eftersom uppgifter saknas, "
                        + "och inget av det som har bedömts avgör ensamt att regeluppsättningen inte uppfylls.";
                String enText = capitalise(FactText.join(en, "en")) + " cannot be assessed because facts are missing, "
                        + "and nothing assessed decides on its own that the rule set is not met.";
                if (!weighty) {
                    // why a recommendation weighs here when it does not elsewhere
                    svText += " Regeluppsättningen har bara rekommendationer och god praxis, så det är dem den ber om.";
                    enText += " The rule set has only recommendations and good practice, so they are what it asks for.";
                }
                if (indicatorsFailed > 0) {
                    svText += failedWithinShare(indicatorsFailed, indicators, shareSv, "sv", weighty);
                    enText += failedWithinShare(indicatorsFailed, indicators, shareEn, "en", weighty);
                }
                yield new LocalizedText(svText, enText);
            }
            case NOTHING_ASSESSED -> weighty
                    ? new LocalizedText("Inget av dess rättsliga krav och vägledande kriterier är tillämpligt här, så inget "
                            + "har kunnat bedömas.", "None of its legal requirements and guiding indicators applies here, "
                            + "so nothing could be assessed.")
                    // missing facts give FACTS_MISSING first, so here every criterion is "not applicable"
                    : new LocalizedText("Inget av dess kriterier är tillämpligt här, så inget har kunnat bedömas.",
                            "None of its criteria applies here, so nothing could be assessed.");
            case MET -> {
                // a rule set of guiding indicators only (forum-2010) has no legal requirement to speak of
                String sv = !weighty ? "Regeluppsättningen har bara rekommendationer och god praxis, och alla som är "
                        + "tillämpliga kunde bedömas." : legal > 0
                        ? "Inget rättsligt krav brister och allt som avgör utfallet kunde bedömas."
                        : "Allt som avgör utfallet kunde bedömas.";
                String en = !weighty ? "The rule set has only recommendations and good practice, and all that apply "
                        + "could be assessed." : legal > 0
                        ? "No legal requirement fails and everything that decides the verdict could be assessed."
                        : "Everything that decides the verdict could be assessed.";
                if (!weighty) {
                    if (indicatorsFailed > 0) {
                        sv += failedWithinShare(indicatorsFailed, indicators, shareSv, "sv", false);
                        en += failedWithinShare(indicatorsFailed, indicators, shareEn, "en", false);
                    }
                    yield new LocalizedText(sv, en);
                }
                if (indicatorsFailed > 0) {
                    sv += failedWithinShare(indicatorsFailed, indicators, shareSv, "sv", true);
                    en += failedWithinShare(indicatorsFailed, indicators, shareEn, "en", true);
                } else if (indicators == 1) {
                    sv += " Det enda tillämpliga vägledande kriteriet brister inte.";
                    en += " The only guiding indicator that applies does not fail.";
                } else if (indicators > 1) {
                    sv += " Inget av de " + indicators + " tillämpliga vägledande kriterierna brister.";
                    en += " None of the " + indicators + " guiding indicators that apply fails.";
                }
                yield new LocalizedText(sv, en);
            }
        };
    }

    /** A minority of failed indicators (or recommendations and good practice standing in for them): counted, with
     * the share they stay within. */
    private static String failedWithinShare(int failed, int applicable, String share, String lang, boolean indicators) {
        return "en".equals(lang)
                ? " Of the " + (indicators ? "guiding indicators" : "recommendations and good practice") + " that apply, "
                        + failed + " of " + applicable + (failed == 1 ? " is" : " are") + " not met, no more than " + share + "."
                : " Av de tillämpliga " + (indicators ? "vägledande kriterierna" : "rekommendationerna och kriterierna om "
                        + "god praxis") + " är " + failed + " av " + applicable
                        + (failed == 1 ? " inte uppfyllt" : " inte uppfyllda") + ", inte fler än " + share + ".";
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

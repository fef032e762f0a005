package se.ioprules.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Description of one version of a rule set, from its manifest.
 *
 * @param id rule-set id, e.g. "sou-2019-56"
 * @param version version, e.g. "2019.1"
 * @param title title
 * @param issuer who issued the source document(s)
 * @param status legal status
 * @param effectiveFrom first day the version applies (null for drafts)
 * @param effectiveTo last day it applies, or null when open-ended
 * @param sources the source documents by key, e.g. "S4" → "Famna, IOP – så funkar det (2024)"
 * @param requires ids of rule sets whose conclusions this one uses
 * @param sha256 hash over the rule set's files, so a decision can be tied to the exact rules
 * @param location where it was loaded from (classpath or a directory)
 */
public record RuleSetInfo(
        String id,
        String version,
        String title,
        String issuer,
        RuleSetStatus status,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        Map<String, String> sources,
        List<String> requires,
        String sha256,
        String location) {

    /**
     * Copies the sources and requirements, so that the value is immutable.
     *
     * @param id rule-set id, e.g. "sou-2019-56"
     * @param version version, e.g. "2019.1"
     * @param title title
     * @param issuer who issued the source document(s)
     * @param status legal status
     * @param effectiveFrom first day the version applies (null for drafts)
     * @param effectiveTo last day it applies, or null when open-ended
     * @param sources the source documents by key, e.g. "S4" → "Famna, IOP – så funkar det (2024)"
     * @param requires ids of rule sets whose conclusions this one uses
     * @param sha256 hash over the rule set's files, so a decision can be tied to the exact rules
     * @param location where it was loaded from (classpath or a directory)
     */
    public RuleSetInfo {
        sources = Map.copyOf(sources);
        requires = List.copyOf(requires);
    }

    /**
     * {@return true if this version is in force on that date (drafts never are)}
     *
     * @param date a date
     */
    public boolean inForceOn(LocalDate date) {
        if (status == RuleSetStatus.DRAFT || effectiveFrom == null) {
            return false;
        }
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** {@return "id@version"} */
    public String ref() {
        return id + "@" + version;
    }
}

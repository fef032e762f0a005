package se.ioprules.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * @param titleEn the title in English (manifest key {@code title.en}); the title itself when the manifest has none
 * @param criterionTitles each criterion's title in Swedish and English, by criterion id (message keys
 *     {@code <criterion>.title}), so a report can say what was checked and not only its id
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
        String location,
        String titleEn,
        Map<String, LocalizedText> criterionTitles) {

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
     * @param titleEn the title in English (manifest key {@code title.en}); the title itself when the manifest has none
     * @param criterionTitles each criterion's title in Swedish and English, by criterion id (message keys {@code
     *     <criterion>.title}), so a report can say what was checked and not only its id
     */
    public RuleSetInfo {
        sources = Map.copyOf(sources);
        requires = List.copyOf(requires);
        titleEn = titleEn == null || titleEn.isBlank() ? title : titleEn;
        criterionTitles = criterionTitles == null ? Map.of() : Map.copyOf(criterionTitles);
    }

    /**
     * A rule set without an English title and criterion titles (as before they were kept).
     *
     * @param id rule-set id
     * @param version version
     * @param title title
     * @param issuer who issued the source document(s)
     * @param status legal status
     * @param effectiveFrom first day the version applies
     * @param effectiveTo last day it applies, or null
     * @param sources the source documents by key
     * @param requires ids of rule sets whose conclusions this one uses
     * @param sha256 hash over the rule set's files
     * @param location where it was loaded from
     */
    public RuleSetInfo(String id, String version, String title, String issuer, RuleSetStatus status,
            LocalDate effectiveFrom, LocalDate effectiveTo, Map<String, String> sources, List<String> requires,
            String sha256, String location) {
        this(id, version, title, issuer, status, effectiveFrom, effectiveTo, sources, requires, sha256, location, null,
                Map.of());
    }

    /**
     * {@return the title in that language}
     *
     * @param lang "sv" (default) or "en"
     */
    public String title(String lang) {
        return "en".equalsIgnoreCase(lang) ? titleEn : title;
    }

    /**
     * {@return its title in Swedish and English, if the rule set's messages give one}
     *
     * @param criterionId a criterion id
     */
    public Optional<LocalizedText> criterionTitle(String criterionId) {
        return Optional.ofNullable(criterionTitles.get(criterionId));
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

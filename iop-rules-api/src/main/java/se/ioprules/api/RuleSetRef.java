package se.ioprules.api;

import java.util.Objects;

/**
 * A reference to a rule set, optionally to one version: {@code "skl-2018"} or {@code "skl-2018@2018.1"}.
 *
 * @param id rule-set id
 * @param version version, or null for "the version in force on the as-of date"
 */
public record RuleSetRef(String id, String version) {
    /**
     * Checks that the id is given and not blank.
     *
     * @param id rule-set id
     * @param version version, or null for "the version in force on the as-of date"
     */
    public RuleSetRef {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("rule-set id is blank");
        }
    }

    /**
     * {@return the reference}
     *
     * @param text "id" or "id@version"
     */
    public static RuleSetRef parse(String text) {
        String t = text.trim();
        int at = t.indexOf('@');
        return at < 0 ? new RuleSetRef(t, null) : new RuleSetRef(t.substring(0, at), t.substring(at + 1));
    }

    @Override
    public String toString() {
        return version == null ? id : id + "@" + version;
    }
}

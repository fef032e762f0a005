package se.ioprules.api;

import java.util.Objects;

/**
 * A message in Swedish and English. Swedish is the primary language of the sources and of the reports.
 *
 * @param sv Swedish text
 * @param en English text
 */
public record LocalizedText(String sv, String en) {
    /**
     * Checks that both texts are given.
     *
     * @param sv Swedish text
     * @param en English text
     */
    public LocalizedText {
        Objects.requireNonNull(sv, "sv");
        Objects.requireNonNull(en, "en");
    }

    /**
     * {@return the text in that language (Swedish for anything else)}
     *
     * @param lang "sv" or "en"
     */
    public String in(String lang) {
        return "en".equalsIgnoreCase(lang) ? en : sv;
    }
}

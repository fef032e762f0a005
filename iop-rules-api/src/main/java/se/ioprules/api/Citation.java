package se.ioprules.api;

import java.util.Objects;

/**
 * Where a criterion comes from.
 *
 * @param key the source key used in the criteria catalogue, e.g. "S4" or "W7"
 * @param document the document, e.g. "SOU 2019:56 Idéburen välfärd"
 * @param locator section, page or paragraph within it, e.g. "s. 27–28"
 */
public record Citation(String key, String document, String locator) {
    /**
     * Checks that the document is named; an absent locator or key becomes empty.
     *
     * @param key the source key used in the criteria catalogue, e.g. "S4" or "W7"
     * @param document the document, e.g. "SOU 2019:56 Idéburen välfärd"
     * @param locator section, page or paragraph within it, e.g. "s. 27–28"
     */
    public Citation {
        Objects.requireNonNull(document, "document");
        locator = locator == null ? "" : locator;
        key = key == null ? "" : key;
    }

    @Override
    public String toString() {
        return locator.isEmpty() ? document : document + ", " + locator;
    }
}

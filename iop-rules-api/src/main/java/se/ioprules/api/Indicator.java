package se.ioprules.api;

import java.util.List;
import java.util.Objects;

/**
 * One indicator weighed for an element of a legal test (e.g. "a price per place points towards payment for a
 * performance"): which way it points, how strongly, which recorded facts raised it and where the sources say so.
 * The element's finding lists every indicator raised, on both sides, so a lawyer can check the weighing.
 *
 * @param id the indicator's id within its element (e.g. {@code price-per-unit})
 * @param direction whether it points towards the element being met or against it
 * @param strength how much weight the sources give it
 * @param message what it says, in Swedish and English
 * @param because the facts and values that raised it
 * @param sources where the sources name it
 */
public record Indicator(String id, Direction direction, Strength strength, LocalizedText message,
        List<FactValue> because, List<Citation> sources) {

    /** Which way an indicator points, relative to the element it bears on. */
    public enum Direction {
        /** Towards the element being met (for both legal tests: towards a public contract, towards state aid). */
        TOWARDS,
        /** Against the element being met. */
        AGAINST
    }

    /** How much weight an indicator carries. */
    public enum Strength {
        /** Settles the element unless an equally decisive indicator points the other way. */
        DECISIVE,
        /** Decides the element when nothing strong points the other way; conflicting strong indicators make it contested. */
        STRONG,
        /** Only tips the balance; never decides an element against a public contract or state aid on its own. */
        WEAK
    }

    /**
     * Checks the required parts are present and copies the lists.
     *
     * @param id the indicator's id within its element (e.g. {@code price-per-unit})
     * @param direction whether it points towards the element being met or against it
     * @param strength how much weight the sources give it
     * @param message what it says, in Swedish and English
     * @param because the facts and values that raised it
     * @param sources where the sources name it
     */
    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(message, "message");
        because = List.copyOf(because);
        sources = List.copyOf(sources);
    }
}

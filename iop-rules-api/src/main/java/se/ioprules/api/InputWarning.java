package se.ioprules.api;

import java.util.List;
import java.util.Objects;

/**
 * Facts that are each valid but contradict each other as the rules read them, e.g. a foundation recorded as
 * distributing profit. Unlike a {@link Problem} the input is still evaluated: the record may be right and the other
 * fact wrong, so a person should check which ({@link PartnershipValidator#warnings}).
 *
 * @param paths the field paths of the facts that disagree (JSON-style, e.g. {@code parties[1].legalForm})
 * @param message what disagrees and what to check, in Swedish and English
 */
public record InputWarning(List<String> paths, LocalizedText message) {
    /**
     * Copies the paths, so that the value is immutable.
     *
     * @param paths the field paths of the facts that disagree
     * @param message what disagrees and what to check
     */
    public InputWarning {
        paths = List.copyOf(paths);
        Objects.requireNonNull(message, "message");
    }

    /**
     * {@return the paths, then the message in that language}
     *
     * @param lang "sv" (default) or "en"
     */
    public String toString(String lang) {
        return String.join(", ", paths) + ": " + message.in(lang);
    }

    /** {@return the paths, then the message in Swedish and English} */
    @Override
    public String toString() {
        return String.join(", ", paths) + ": " + message.sv() + " / " + message.en();
    }
}

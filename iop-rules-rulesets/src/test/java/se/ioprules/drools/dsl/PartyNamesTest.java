package se.ioprules.drools.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import se.ioprules.api.FactValue;

/** A list of party ids reads as the parties' names in a message, with the id where the name does not tell. */
class PartyNamesTest {
    private static final Map<String, String> NAMES = Map.of(
            "grm", "Göteborgs Räddningsmission", "skv", "Skyddsvärnet", "s1", "Stadsmissionen", "s2", "Stadsmissionen");

    private static final Function<String, FactValue> RESOLVER = path -> {
        String id = path.substring("parties[".length(), path.indexOf(']'));
        String name = NAMES.get(id);
        return name == null ? new FactValue(path, "null", false) : new FactValue(path, name, true);
    };

    @Test
    void namesJoinedAsText() {
        assertEquals("Göteborgs Räddningsmission och Skyddsvärnet", Messages.partyNames("[grm, skv]", true, RESOLVER));
        assertEquals("Göteborgs Räddningsmission and Skyddsvärnet", Messages.partyNames("[grm, skv]", false, RESOLVER));
        assertEquals("Skyddsvärnet", Messages.partyNames("[skv]", true, RESOLVER));
    }

    @Test
    void theIdStandsForAMissingNameAndBesideARepeatedOne() {
        assertEquals("Göteborgs Räddningsmission, gole och rg", Messages.partyNames("[grm, gole, rg]", true, RESOLVER));
        assertEquals("Stadsmissionen (s1), Stadsmissionen (s2) and Skyddsvärnet",
                Messages.partyNames("[s1, s2, skv]", false, RESOLVER));
    }

    @Test
    void noParties() {
        assertEquals("inga", Messages.partyNames("[]", true, RESOLVER));
        assertEquals("none", Messages.partyNames("[]", false, RESOLVER));
    }
}

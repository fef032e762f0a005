package se.ioprules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.PartnershipJson;

/**
 * The bundled JSON samples ({@code src/main/resources/samples/*.json}) are the samples' source of truth. Each file is
 * the canonical JSON of what it parses to (so a hand edit that the format would not round-trip shows up here), and
 * the Java builder example gives exactly the Timrå file's partnership, fact sources included.
 */
class SamplesJsonTest {

    @Test
    void eachJsonFileIsTheCanonicalJsonOfItsPartnership() {
        for (String name : Samples.NAMES) {
            String json = Samples.json(name);
            assertEquals(PartnershipJson.write(PartnershipJson.read(json)), json, name + ".json is not in canonical "
                    + "form (field order, indentation, no defaults); write it back with PartnershipJson.write");
        }
    }

    @Test
    void theBuilderExampleGivesExactlyTheTimraJson() {
        Partnership built = SampleBuilderExample.timra();
        assertFalse(built.factSources().isEmpty(), "the builder example records its fact sources");
        assertEquals(Samples.timra(), built, "SampleBuilderExample.timra() differs from timra.json; change both");
        assertEquals(Samples.json("timra"), PartnershipJson.write(built));
    }
}

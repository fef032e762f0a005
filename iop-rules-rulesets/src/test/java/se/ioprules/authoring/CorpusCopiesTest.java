package se.ioprules.authoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.ioprules.fixtures.Partnerships;
import se.ioprules.json.PartnershipJson;

/**
 * The shared partnerships in {@code corpus/} that have a source of truth elsewhere stay equal to it: the samples'
 * JSON (iop-rules-samples, shipped in the distribution) and the typical IOP the Java tests and benchmarks vary.
 * The scenarios cannot name a file of another module (a copied rule-set folder must stay self-contained), so the
 * corpus holds a copy and this test keeps it from drifting.
 */
class CorpusCopiesTest {
    private static final Path CORPUS = BuiltInRuleSets.DIR.resolve(Scenario.CORPUS);
    private static final Path SAMPLES = Path.of("../iop-rules-samples/src/main/resources/samples");

    @ParameterizedTest
    @ValueSource(strings = {"laholm", "timra", "sormland"})
    void sampleCopyIsTheSamplesFileByteForByte(String name) throws IOException {
        assertArrayEquals(Files.readAllBytes(SAMPLES.resolve(name + ".json")),
                Files.readAllBytes(CORPUS.resolve(name + ".json")),
                () -> "corpus/" + name + ".json differs from iop-rules-samples' " + name + ".json: copy the samples' file");
    }

    @Test
    void typicalIopIsTheFixturesTypicalIop() throws IOException {
        assertEquals(Partnerships.typicalIop(), PartnershipJson.read(Files.readString(CORPUS.resolve("typical-iop.json"))),
                "corpus/typical-iop.json differs from Partnerships.typicalIop() (iop-rules-fixtures)");
    }
}

package se.ioprules.drools.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ioprules.drools.load.RuleSetDefinition;
import se.ioprules.drools.load.RuleSetLoader;

/**
 * The precompiled models this build ships are generated from the rule files and the classes it ships with, and
 * generating them is reproducible: a fresh generation gives the same bytes as the shipped model.
 */
class PrecompiledModelsUpToDateTest {
    /** A rule set with enough rules that Drools would build it in parallel (unordered generated names). */
    private static final String REGENERATED = "iop-law-draft";

    @Test
    void everyShippedModelIsKeyedToItsRuleFilesAndTheClassesItRunsAgainst() throws IOException {
        String classes = RuleSetPrecompiler.compiledAgainst();
        List<String> stale = new ArrayList<>();
        List<RuleSetDefinition> defs = RuleSetLoader.builtIn();
        assertFalse(defs.isEmpty());
        for (RuleSetDefinition def : defs) {
            Properties index = index(def);
            String why = PrecompiledModel.mismatch(index, def);
            if (why != null) {
                stale.add(def.info().ref() + ": " + why);
            } else if (!classes.equals(index.getProperty(RuleSetPrecompiler.CLASSES))) {
                stale.add(def.info().ref() + ": generated against other fact-model or DSL classes");
            }
        }
        assertEquals(List.of(), stale, "stale precompiled models: rebuild the module iop-rules-rulesets");
    }

    @Test
    void aFreshGenerationGivesTheShippedBytes(@TempDir Path out) throws IOException {
        RuleSetDefinition def = RuleSetLoader.builtIn().stream().filter(d -> d.info().id().equals(REGENERATED))
                .findFirst().orElseThrow();
        assertEquals(List.of(def.info().ref()), RuleSetPrecompiler.precompile(List.of(def), out));
        TreeMap<String, byte[]> shipped = files(shippedFolder(def));
        TreeMap<String, byte[]> fresh = files(out.resolve(def.info().id()).resolve(def.info().version()));
        assertEquals(shipped.keySet(), fresh.keySet(), "the same class files");
        shipped.forEach((name, bytes) -> assertArrayEquals(bytes, fresh.get(name), name));
    }

    /** A model whose key names other rule files is stale. */
    @Test
    void aKeyForOtherRuleFilesIsAMismatch() {
        RuleSetDefinition def = RuleSetLoader.builtIn().get(0);
        Properties index = index(def);
        assertNull(PrecompiledModel.mismatch(index, def));
        index.setProperty("sha256", "0".repeat(64));
        assertNotNull(PrecompiledModel.mismatch(index, def));
    }

    private static Properties index(RuleSetDefinition def) {
        Properties index = new Properties();
        String path = PrecompiledModel.folder(def.info().id(), def.info().version()) + PrecompiledModel.INDEX;
        try (InputStream in = PrecompiledModelsUpToDateTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, "no precompiled model for " + def.info().ref());
            index.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return index;
    }

    private static Path shippedFolder(RuleSetDefinition def) {
        URL url = PrecompiledModelsUpToDateTest.class.getClassLoader().getResource(
                PrecompiledModel.folder(def.info().id(), def.info().version()) + PrecompiledModel.INDEX);
        assertNotNull(url);
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TreeMap<String, byte[]> files(Path dir) throws IOException {
        TreeMap<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return m;
    }
}

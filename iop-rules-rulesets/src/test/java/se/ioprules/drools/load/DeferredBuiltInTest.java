package se.ioprules.drools.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ioprules.api.RuleSetException;
import se.ioprules.api.RuleSetInfo;

/**
 * An engine learns the built-in rule sets from their manifests, criteria and the hash recorded at build time, and
 * reads their files only when a version is used: what it learns must be exactly what reading them whole gives.
 */
class DeferredBuiltInTest {

    @Test
    void theInfoKnownAtStartIsTheInfoOfTheFilesReadWhole() {
        List<RuleSetDefinition> whole = RuleSetLoader.builtIn();
        List<RuleSetLoader.Deferred> deferred = RuleSetLoader.builtInDeferred();
        assertEquals(whole.stream().map(RuleSetDefinition::info).toList(),
                deferred.stream().map(RuleSetLoader.Deferred::info).toList());
        // the overlay version (extends) is among them, known without reading its files
        assertEquals(true, deferred.stream().anyMatch(d -> d.info().ref().equals("stockholm-2017@2019.1")));
        for (int i = 0; i < whole.size(); i++) {
            RuleSetDefinition read = deferred.get(i).definition();
            assertEquals(whole.get(i).info(), read.info());
            assertEquals(whole.get(i).drl(), read.drl());
            assertEquals(whole.get(i).criteria(), read.criteria());
            assertSame(read, deferred.get(i).definition(), "read once");
        }
    }

    @Test
    void filesChangedAfterTheBuildAreReadWithTheirOwnHash(@TempDir Path tmp) throws IOException {
        Path root = copy("stockholm-2017", tmp);
        Path drl;
        try (Stream<Path> s = Files.list(root.resolve("stockholm-2017/2017.1"))) {
            drl = s.filter(p -> p.toString().endsWith(".drl")).findFirst().orElseThrow();
        }
        List<RuleSetLoader.Deferred> before = RuleSetLoader.deferred(root);
        Files.writeString(drl, Files.readString(drl, StandardCharsets.UTF_8) + "\n// changed after the build\n",
                StandardCharsets.UTF_8);
        List<RuleSetLoader.Deferred> after = RuleSetLoader.deferred(root);
        assertEquals(before.stream().map(RuleSetLoader.Deferred::info).toList(),
                after.stream().map(RuleSetLoader.Deferred::info).toList(), "the recorded hashes");
        for (RuleSetLoader.Deferred d : after) {
            // both versions contain the changed file (2019.1 extends 2017.1): their hash is the files' own now, so
            // the precompiled model (keyed to the recorded hash) is not used for them
            RuleSetInfo read = d.definition().info();
            assertNotEquals(d.info().sha256(), read.sha256(), d.info().ref());
            assertEquals(hashOf(root, d.info()), read.sha256());
        }
    }

    @Test
    void aVersionWithoutARecordedHashIsReadWholeAtStart(@TempDir Path tmp) throws IOException {
        Path root = copy("stockholm-2017", tmp);
        Files.delete(tmp.resolve("precompiled/stockholm-2017/2019.1/model.properties"));
        List<RuleSetLoader.Deferred> deferred = RuleSetLoader.deferred(root);
        List<RuleSetDefinition> whole = RuleSetLoader.fromRoot(root, "classpath:");
        assertEquals(whole.stream().map(RuleSetDefinition::info).toList(),
                deferred.stream().map(RuleSetLoader.Deferred::info).toList());
        // a problem in a version read whole is reported at once, as for any rule-set folder
        Files.delete(root.resolve("stockholm-2017/2019.1/messages_sv.properties"));
        Files.delete(root.resolve("stockholm-2017/2017.1/messages_sv.properties"));
        assertThrows(RuleSetException.class, () -> RuleSetLoader.deferred(root));
    }

    @Test
    void aProblemInAVersionReadLaterIsReportedWhenItIsUsed(@TempDir Path tmp) throws IOException {
        Path root = copy("stockholm-2017", tmp);
        Files.delete(root.resolve("stockholm-2017/2017.1/messages_en.properties"));
        List<RuleSetLoader.Deferred> deferred = RuleSetLoader.deferred(root);
        RuleSetException e = assertThrows(RuleSetException.class, () -> deferred.get(0).definition());
        assertEquals(true, e.diagnostics().stream().anyMatch(d -> d.file().endsWith("messages_en.properties")),
                e.diagnostics().toString());
    }

    /** The hash a whole read gives for the version's present files. */
    private static String hashOf(Path root, RuleSetInfo info) {
        return RuleSetLoader.read(root.resolve(info.id()).resolve(info.version()), "x", new ArrayList<>()).info().sha256();
    }

    /** Copies one built-in rule set (its versions, not its tests) and its models' records into tmp. */
    private static Path copy(String id, Path tmp) throws IOException {
        Path builtIn;
        try {
            builtIn = Path.of(RuleSetLoader.class.getClassLoader().getResource(RuleSetLoader.CLASSPATH_ROOT + "/README.md")
                    .toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path root = tmp.resolve("rulesets");
        for (Path dir : RuleSetLoader.versionDirs(builtIn.resolve(id))) {
            Path to = root.resolve(id).resolve(dir.getFileName().toString());
            Files.createDirectories(to);
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.toList()) {
                    Files.copy(f, to.resolve(f.getFileName().toString()));
                }
            }
            Path model = builtIn.resolveSibling("precompiled").resolve(id).resolve(dir.getFileName().toString())
                    .resolve("model.properties");
            Path modelTo = tmp.resolve("precompiled").resolve(id).resolve(dir.getFileName().toString());
            Files.createDirectories(modelTo);
            Files.copy(model, modelTo.resolve("model.properties"));
        }
        return root;
    }
}

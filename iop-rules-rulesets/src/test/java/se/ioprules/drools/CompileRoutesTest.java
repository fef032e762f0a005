package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.IopRulesException;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetRef;
import se.ioprules.api.facts.Partnership;
import se.ioprules.drools.internal.PrecompiledModel;
import se.ioprules.drools.load.RuleSetDefinition;
import se.ioprules.drools.load.RuleSetLoader;

/**
 * Issue 13, goal 1: built-in rule sets run from the executable model generated at build time, external ones are
 * compiled at run time, and both routes give the same evaluations (here over the random corpus; the golden scenarios
 * and the samples are compared in iop-rules-authoring).
 */
public class CompileRoutesTest {
    private static final int CORPUS_SIZE = 160;
    private static DroolsEngine precompiled;
    private static DroolsEngine runtime;

    @BeforeAll
    static void engines() {
        precompiled = new DroolsEngine(EngineOptions.DEFAULT);
        runtime = runtimeRouteEngine(EngineOptions.DEFAULT);
    }

    /** An engine that compiles every rule set's DRL at run time (the property is read when the engine is created). */
    public static DroolsEngine runtimeRouteEngine(EngineOptions options) {
        System.setProperty(RuleSetCompiler.PRECOMPILED_PROPERTY, "false");
        try {
            return new DroolsEngine(options);
        } finally {
            System.clearProperty(RuleSetCompiler.PRECOMPILED_PROPERTY);
        }
    }

    @AfterAll
    static void close() {
        precompiled.close();
        runtime.close();
    }

    @Test
    void everyBuiltInRuleSetLoadsItsPrecompiledModel() {
        List<String> notPrecompiled = new ArrayList<>();
        for (RuleSetInfo info : precompiled.ruleSets()) {
            if (!precompiled.compiled(info).precompiled()) {
                notPrecompiled.add(info.ref());
            }
        }
        assertEquals(List.of(), notPrecompiled, "built-in rule sets compiled at run time (is the model missing?)");
        assertFalse(precompiled.ruleSets().isEmpty());
    }

    @Test
    void theRuntimeRouteCompilesDrl() {
        for (RuleSetInfo info : runtime.ruleSets()) {
            assertFalse(runtime.compiled(info).precompiled(), info::ref);
        }
    }

    @Test
    void bothRoutesGiveTheSameCriteriaInRuleOrder() {
        for (RuleSetInfo info : precompiled.ruleSets()) {
            assertEquals(List.copyOf(runtime.compiled(info).criteria().entrySet()),
                    List.copyOf(precompiled.compiled(info).criteria().entrySet()), info::ref);
        }
    }

    /** A finding's facts come from its rule's conditions: both routes must show the same ones, for every rule. */
    @Test
    void bothRoutesDeriveTheSameFactsFromEveryRulesConditions() {
        int withFacts = 0;
        for (RuleSetInfo info : precompiled.ruleSets()) {
            java.util.Map<String, List<se.ioprules.drools.internal.PatternFacts.Read>> a = reads(precompiled, info);
            assertEquals(reads(runtime, info), a, info::ref);
            withFacts += (int) a.values().stream().filter(r -> !r.isEmpty()).count();
        }
        assertTrue(withFacts > 400, withFacts + " rules derive facts");
    }

    private static java.util.Map<String, List<se.ioprules.drools.internal.PatternFacts.Read>> reads(DroolsEngine engine,
            RuleSetInfo info) {
        java.util.Map<String, List<se.ioprules.drools.internal.PatternFacts.Read>> out = new java.util.TreeMap<>();
        for (var pkg : engine.compiled(info).kieBase().getKiePackages()) {
            for (var rule : pkg.getRules()) {
                out.put(rule.getName(), se.ioprules.drools.internal.PatternFacts.of(rule).reads());
            }
        }
        return out;
    }

    /** The default plan (rule sets in force on the partnership's date), and each built-in version named in turn. */
    @Test
    void bothRoutesGiveEqualEvaluationsOverTheCorpus() {
        List<RuleSetInfo> infos = precompiled.ruleSets();
        int compared = 0;
        int evaluated = 0;
        for (int i = 0; i < CORPUS_SIZE; i++) {
            Partnership p = Corpus.partnership(Corpus.SEED, i);
            LocalDate asOf = Corpus.asOf(Corpus.SEED, i);
            RuleSetInfo named = infos.get(i % infos.size());
            for (EvaluationRequest r : List.of(EvaluationRequest.builder().asOf(asOf).build(),
                    EvaluationRequest.builder().asOf(asOf).ruleSet(new RuleSetRef(named.id(), named.version())).build())) {
                Object a = outcome(precompiled, p, r);
                Object b = outcome(runtime, p, r);
                assertEquals(b, a, "corpus item " + i + " (" + Corpus.style(i) + "), request " + r);
                compared++;
                evaluated += a instanceof se.ioprules.api.Evaluation ? 1 : 0;
            }
        }
        // most requests evaluate (the rest fail alike, e.g. a named version not in force on the date)
        assertTrue(evaluated > compared / 2, evaluated + " of " + compared + " evaluated");
    }

    /** The evaluation, or the error's class and message: both routes must fail alike too. */
    private static Object outcome(DroolsEngine engine, Partnership p, EvaluationRequest r) {
        try {
            return engine.evaluate(p, r);
        } catch (IopRulesException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Trust model: an external copy of a built-in rule set (same files, same hash) still compiles its own DRL. */
    @Test
    void anExternalCopyOfABuiltInRuleSetNeverUsesThePrecompiledModel(@TempDir Path dir) throws IOException {
        RuleSetInfo builtIn = precompiled.ruleSets().stream().filter(i -> i.id().equals(DroolsEngine.PUBLIC_CONTRACT_SET))
                .findFirst().orElseThrow();
        copyBuiltIn(builtIn, dir.resolve(builtIn.id()).resolve(builtIn.version()));
        try (DroolsEngine external = new DroolsEngine(EngineOptions.DEFAULT.withBuiltIn(false).withRuleDirs(List.of(dir)))) {
            RuleSetInfo info = external.ruleSets().get(0);
            assertEquals(builtIn.sha256(), info.sha256(), "the copy has the built-in files");
            assertFalse(external.compiled(info).precompiled());
        }
    }

    /** A model generated from other files than the rule set's (stale) is not run: the DRL is compiled instead. */
    @Test
    void aStaleModelIsNotUsed(@TempDir Path dir) throws IOException {
        RuleSetInfo builtIn = precompiled.ruleSets().stream().filter(i -> i.id().equals(DroolsEngine.STATE_AID_SET))
                .findFirst().orElseThrow();
        Path copy = dir.resolve(builtIn.id()).resolve(builtIn.version());
        copyBuiltIn(builtIn, copy);
        try (Stream<Path> s = Files.list(copy)) {
            Path drl = s.filter(f -> f.toString().endsWith(".drl")).findFirst().orElseThrow();
            Files.writeString(drl, Files.readString(drl) + "\n// edited after the build\n");
        }
        List<RuleSetDiagnostic> problems = new ArrayList<>();
        RuleSetDefinition edited = RuleSetLoader.read(copy, builtIn.location(), problems);
        assertNotNull(edited, problems::toString);
        assertNull(PrecompiledModel.load(edited));
        CompiledRuleSet compiled = RuleSetCompiler.compile(edited, true);
        assertFalse(compiled.precompiled());
        compiled.release().run();
        RuleSetDefinition original = RuleSetLoader.read(builtInFolder(builtIn), builtIn.location(), problems);
        assertNotNull(PrecompiledModel.load(original), "the unedited files do match their model");
    }

    /** The built-in rule set's folder on the class path (in whichever module carries the rule sets). */
    private static Path builtInFolder(RuleSetInfo info) {
        java.net.URL manifest = CompileRoutesTest.class.getClassLoader().getResource(
                RuleSetLoader.CLASSPATH_ROOT + "/" + info.id() + "/" + info.version() + "/manifest.properties");
        assertNotNull(manifest);
        try {
            return Path.of(manifest.toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyBuiltIn(RuleSetInfo info, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(builtInFolder(info))) {
            for (Path f : s.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
    }
}

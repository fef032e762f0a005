package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.drools.load.RuleSetDefinition;
import se.ioprules.drools.load.RuleSetLoader;

/** A version that extends another: composed with its base by rule name and by key (docs/authoring.md). */
class RuleSetOverlayTest {
    private static final String HEADER = "package demo.term;\nimport se.ioprules.api.facts.*;\nimport se.ioprules.drools.dsl.*;\n"
            + "global Findings out;\n\n";
    private static final String CRITERIA = "criterion\tkind\tsource\ttitle_sv\ttitle_en\n";

    /** The demo rule set as version 2020.1 with a criteria table and a README, and an empty folder 2021.1 beside it. */
    private static Path base(Path tmp) throws IOException, URISyntaxException {
        Path src = Path.of(RuleSetOverlayTest.class.getClassLoader().getResource("engine-rulesets/demo-term/2020.1").toURI());
        Path dir = Files.createDirectories(tmp.resolve("demo-term/2020.1"));
        try (var s = Files.list(src)) {
            for (Path f : s.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("criteria.tsv"), CRITERIA + "demo-long\tGUIDING_INDICATOR\tT1 s. 1\tLång nog\tLong enough\n"
                + "demo-signed\tLEGAL_REQUIREMENT\tT1 s. 2\tUndertecknat\tSigned\n");
        Files.writeString(dir.resolve("README.md"), "# 2020.1\n");
        return Files.createDirectories(tmp.resolve("demo-term/2021.1"));
    }

    private static void manifest(Path dir, String extra) throws IOException {
        Files.writeString(dir.resolve("manifest.properties"), "id=demo-term\nversion=2021.1\nextends=2020.1\n"
                + "title=Demo: term length, 2021\neffectiveFrom=2021-01-01\n" + extra);
    }

    @Test
    void anOverlayReplacesRulesInPlaceAndOverridesByKey(@TempDir Path tmp) throws Exception {
        Path dir = base(tmp);
        manifest(dir, "removes=demo-signed: not signed\n");
        Files.writeString(dir.resolve("term-2021.drl"), HEADER
                + "rule \"demo-long: too short\"\n    @criterion(\"demo-long\") @kind(\"GUIDING_INDICATOR\") @source(\"T1 s. 1\")\n"
                + "when\n    $p : Params()\n    Derived( durationMonths != null, durationMonths < $p.intValue(\"minMonths\") )\n"
                + "then\n    out.fail(drools, \"short\", \"derived.durationMonths\", \"param.minMonths\");\nend\n\n"
                + "// new in 2021.1, right after the rule it goes with\n"
                + "rule \"demo-long: no end\"\n    @criterion(\"demo-long\") @kind(\"GUIDING_INDICATOR\") @source(\"T1 s. 1\")\n"
                + "when\n    Term( endDate == null )\nthen\n    out.warn(drools, \"no-end\", \"term.endDate\");\nend\n");
        Files.writeString(dir.resolve("messages_en.properties"), "demo-long.short=Too short: {derived.durationMonths} months.\n"
                + "demo-long.no-end=No end date.\n");
        Files.writeString(dir.resolve("messages_sv.properties"), "demo-long.no-end=Inget slutdatum.\n");
        Files.writeString(dir.resolve("parameters.conf"), "minMonths = 24 | changed in 2021\n");
        Files.writeString(dir.resolve("criteria.tsv"), CRITERIA + "demo-long\tGUIDING_INDICATOR\tT1 s. 1\tLång nog 2021\tLong enough 2021\n");

        List<RuleSetDiagnostic> problems = new ArrayList<>();
        RuleSetDefinition def = RuleSetLoader.read(dir, "demo-term/2021.1", problems);
        assertEquals(List.of(), problems);
        assertEquals("2021.1", def.info().version());
        assertEquals("Demo: term length, 2021", def.info().title());
        assertEquals("iop-rules tests", def.info().issuer(), "manifest keys the overlay does not set are the base's");
        assertEquals(Map.of("T1", "Test source document"), def.info().sources());

        String term = def.drl().get("term.drl");
        assertFalse(term.contains("out.warn(drools, \"short\""), "the base's rule of the same name is replaced");
        assertFalse(term.contains("demo-signed: not signed"), "removes= drops the base's rule");
        int shortAt = term.indexOf("rule \"demo-long: too short\"");
        int noEndAt = term.indexOf("rule \"demo-long: no end\"");
        assertTrue(term.indexOf("rule \"demo-long: long enough\"") < shortAt && shortAt < noEndAt
                && noEndAt < term.indexOf("rule \"demo-long: unknown\""), "the replacing rule takes the base rule's place, the new "
                        + "rule written after it follows it: " + term);
        assertTrue(term.contains("out.fail(drools, \"short\""));
        assertFalse(def.drl().get("term-2021.drl").contains("rule \""), "the moved rules leave the overlay's file");
        assertEquals(def.drl().get("term-2021.drl").lines().count(),
                Files.readString(dir.resolve("term-2021.drl")).lines().count(), "blank lines keep the file's line numbers");

        assertEquals("Too short: {derived.durationMonths} months.", def.messages().en().get("demo-long.short"));
        assertEquals("Löper bara {derived.durationMonths} månader; minst {param.minMonths} krävs.",
                def.messages().sv().get("demo-long.short"), "messages the overlay does not set are the base's");
        assertEquals("Inget slutdatum.", def.messages().sv().get("demo-long.no-end"));
        assertEquals(0, new BigDecimal("24").compareTo(def.parameters().all().get("minMonths").get(0).value()));
        assertEquals(new LocalizedText("Lång nog 2021", "Long enough 2021"), def.info().criterionTitle("demo-long").orElseThrow());
        assertEquals(new LocalizedText("Undertecknat", "Signed"), def.info().criterionTitle("demo-signed").orElseThrow());

        Map<String, String> files = RuleSetLoader.composedFiles(dir, "demo-term/2021.1/", new ArrayList<>());
        assertNull(files.get("README.md"), "the README is per version: the reading of what changed");
        assertFalse(files.get("manifest.properties").contains("version=2020.1"), files.get("manifest.properties"));
        RuleSetCompiler.compile(def).release().run();
    }

    @Test
    void theHashCoversTheComposedRuleSet(@TempDir Path tmp) throws Exception {
        Path dir = base(tmp);
        manifest(dir, "");
        String before = RuleSetLoader.read(dir, "demo-term/2021.1", new ArrayList<>()).info().sha256();
        Files.writeString(tmp.resolve("demo-term/2020.1/parameters.conf"), "minMonths = 18 | changed in the base\n");
        String after = RuleSetLoader.read(dir, "demo-term/2021.1", new ArrayList<>()).info().sha256();
        assertFalse(before.equals(after), "a change in the base changes the overlay's content hash (and precompiler key)");
    }

    @Test
    void anUnknownBaseOrAnUnknownRemovedRuleIsAnErrorOnTheManifestLine(@TempDir Path tmp) throws Exception {
        Path dir = base(tmp);
        Files.writeString(dir.resolve("manifest.properties"), "id=demo-term\nversion=2021.1\nextends=2019.9\n");
        List<RuleSetDiagnostic> problems = new ArrayList<>();
        assertNull(RuleSetLoader.read(dir, "demo-term/2021.1", problems));
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("2021.1/manifest.properties") && p.line() == 3
                && p.message().contains("extends '2019.9': no such version")), problems::toString);

        manifest(dir, "removes=demo-signed: not signed|demo-signed: never written\n");
        problems.clear();
        assertNull(RuleSetLoader.read(dir, "demo-term/2021.1", problems));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("removes rule \"demo-signed: never written\", which version 2020.1 does not have"),
                problems::toString);
    }

    @Test
    void aVersionExtendingItselfIsRefused(@TempDir Path tmp) throws Exception {
        Path dir = base(tmp);
        Files.writeString(dir.resolve("manifest.properties"), "id=demo-term\nversion=2021.1\nextends=2021.1\n");
        List<RuleSetDiagnostic> problems = new ArrayList<>();
        assertNull(RuleSetLoader.read(dir, "demo-term/2021.1", problems));
        assertNotNull(problems.stream().filter(p -> p.message().contains("chain of versions")).findFirst().orElse(null),
                problems::toString);
    }

    @Test
    void aBaseThatIsALinkedFolderIsRefused(@TempDir Path tmp) throws Exception {
        Path dir = base(tmp);
        Path elsewhere = Files.move(tmp.resolve("demo-term/2020.1"), tmp.resolve("elsewhere"));
        Files.createSymbolicLink(tmp.resolve("demo-term/2020.1"), elsewhere);
        manifest(dir, "");
        List<RuleSetDiagnostic> problems = new ArrayList<>();
        assertNull(RuleSetLoader.read(dir, "demo-term/2021.1", problems));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("symbolic link")), problems::toString);
    }
}

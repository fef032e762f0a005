package se.ioprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}, {@code test} and {@code diff} on the authoring module's worked example and broken directory. */
class AuthoringCommandsTest {
    static final String RES = "../iop-rules-authoring/src/test/resources/";
    static final String RULES = RES + "worked-example/rules";

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // These commands compile broken rule sets on purpose, and Drools logs each failed build at ERROR on the
        // process's stderr (the CLI reports the same problems itself, asserted below). Capture that log so a green
        // build does not print "ERROR KieProject" blocks that read as failures.
        PrintStream processErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = IopRulesCli.execute(args, new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            System.setErr(processErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void checkCleanDirectoryExitsZero() {
        Run r = run("check", RULES);
        assertEquals(0, r.code(), r::toString);
        assertEquals("0 error(s), 0 warning(s) in 2 rule-set version(s)\n", r.out());
    }

    @Test
    void checkBrokenDirectoryPrintsFileLineColumnAndExitsOne() {
        Run r = run("check", RES + "broken");
        assertEquals(1, r.code());
        assertTrue(r.out().contains(RES + "broken/type-error/2024.1/long-term.drl:38:16: error: Agreement has no field"), r::out);
        assertTrue(r.out().contains(RES + "broken/unknown-requires/2024.1/manifest.properties:10:30: error: requires unknown"), r::out);
        // the warnings: fact paths the broken rule sets repeat although their conditions give them
        assertTrue(r.out().endsWith("20 error(s), 40 warning(s) in 10 rule-set version(s)\n"), r::out);
    }

    @Test
    void checkMissingDirectoryIsAUsageError() {
        assertEquals(2, run("check", "no/such/dir").code());
        assertEquals(2, run("check").code());
    }

    @Test
    void testPrintsTableAndCoverage() {
        Run r = run("test", "--rules-dir", RULES, RES + "worked-example/scenarios");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("eighteen-months-2025  PASS"), r::out);
        assertTrue(r.out().contains("3 scenarios: 3 passed, 0 failed"), r::out);
        assertTrue(r.out().contains("test-long-term@2024.1: 4 of 5 rules fired (80%)\n    not exercised: tlt-long-term: long enough"), r::out);
    }

    @Test
    void testFailingScenarioExitsOne(@TempDir Path tmp) throws Exception {
        String text = Files.readString(Path.of(RES + "worked-example/scenarios/test-long-term/eighteen-months-2025.scenario.json"))
                .replace("\"tlt-long-term\": \"PASS\"", "\"tlt-long-term\": \"FAIL\"");
        Files.writeString(tmp.resolve("x.scenario.json"), text);
        Run r = run("test", "--rules-dir", RULES, tmp.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("x  FAIL") || r.out().contains("x         FAIL"), r::out);
        assertTrue(r.out().contains("tlt-long-term: expected FAIL, got PASS"), r::out);
    }

    @Test
    void testWithoutScenariosIsAUsageError(@TempDir Path tmp) {
        assertEquals(2, run("test", tmp.toString()).code());
    }

    @Test
    void testWithABrokenRulesDirIsARuleSetError() {
        Run r = run("test", "--rules-dir", RES + "broken/param-no-source", RES + "worked-example/scenarios");
        assertEquals(4, r.code(), r::toString);
        assertTrue(r.err().contains("parameters.conf:2:20"), r::err);
    }

    @Test
    void diffReportsTheThresholdChange() {
        Run r = run("diff", "--rules-dir", RULES, "--from", "test-long-term@2024.1", "--to", "test-long-term@2025.1",
                RES + "worked-example/corpus");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("Impact of test-long-term@2024.1 -> test-long-term@2025.1 on 5 partnership(s)"), r::out);
        assertTrue(r.out().contains("mid-12 (mid-12)\n  tlt-long-term             WARNING -> PASS"), r::out);
        assertTrue(r.out().contains("Summary: 2 of 5 partnership(s) changed; 0 verdict(s) changed"), r::out);
        assertTrue(!r.out().contains("long-36") && !r.out().contains("short-6"), r::out);
    }

    @Test
    void diffUnknownVersionIsARuleSetError() {
        Run r = run("diff", "--rules-dir", RULES, "--from", "test-long-term@2024.1", "--to", "test-long-term@2099.1",
                RES + "worked-example/corpus");
        assertEquals(4, r.code(), r::toString);
    }

    @Test
    void diffUnreadableCorpusIsInvalidInput(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("bad.json"), "{ \"id\": ");
        Run r = run("diff", "--from", "eu-public-contract@2019.1", "--to", "eu-public-contract@2019.1", tmp.toString());
        assertEquals(3, r.code(), r::toString);
    }

    @Test
    void evaluateAcceptsRulesDir() {
        Run r = run("rule-sets", "--rules-dir", RULES);
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("test-long-term"), r::out);
    }
}

package se.ioprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11, defects 1 and 8, on the command line: probe inputs and probe rule sets. */
class TrustAndLimitsCliTest {
    /** The probe rule sets (issue 11), kept once in the engine module's test resources. */
    static final Path RS = Path.of("../iop-rules-drools/src/test/resources/probes/rs");
    private static final Path PWNED_DIR = Path.of("target");

    @BeforeEach
    @AfterEach
    void noStrayFiles() throws IOException {
        try (Stream<Path> s = Files.list(PWNED_DIR)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().startsWith("pwned-")).toList(),
                    "a probe rule set ran its side effects");
        }
    }

    @Test
    void manyPartiesAreRefusedWithPathAndMessageInsteadOfBeingCutShort(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("parties-6000-ctrl.json");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(CliRunner.resource("probes/m/parties-6000-ctrl.json.gz")))) {
            Files.copy(in, big);
        }
        CliRunner.Result r = CliRunner.run("evaluate", "--as-of", "2024-06-01", big.toString());
        assertEquals(ExitCode.INVALID_INPUT, r.exitCode(), r::toString);
        assertTrue(r.err().contains("$.parties: has 6003 entries; at most 1000 parties"), r::toString);
        assertEquals("", r.out());
        // the same partnership with 10 parties is evaluated, and its FAIL (public control) reported
        CliRunner.Result small = CliRunner.run("evaluate", "--as-of", "2024-06-01",
                CliRunner.resource("probes/m/parties-10-ctrl.json").toString());
        assertEquals(ExitCode.DOES_NOT_MEET, small.exitCode(), small::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alloc", "exit", "halt", "insert", "insert-oom", "loop", "loopfn", "pathid", "pathid2",
        "shadow-newer", "shadow-same", "sidefx", "sidefx-fn", "traversal"})
    void checkReportsErrorsForEveryProbeRuleSet(String probe) {
        CliRunner.Result r = CliRunner.run("check", RS.resolve(probe).toString());
        assertEquals(ExitCode.DOES_NOT_MEET, r.exitCode(), r::toString);
        assertTrue(r.out().contains(": error: "), r::toString);
        assertFalse(r.out().contains("\n0 error(s)") || r.out().startsWith("0 error(s)"), r::toString);
    }

    @Test
    void checkPassesTheBenignProbeAndRefusesALinkLeavingTheFolder(@TempDir Path tmp) throws IOException {
        assertEquals(ExitCode.OK, CliRunner.run("check", RS.resolve("benign").toString()).exitCode());
        // rs/symlink lost its link when copied: make it again, pointing outside the rule-set folder
        Path dir = tmp.resolve("rules/probe-symlink/2024.1");
        Files.createDirectories(dir);
        Path src = RS.resolve("symlink/probe-symlink/2024.1");
        for (String f : List.of("manifest.properties", "messages_sv.properties", "probe.drl")) {
            Files.copy(src.resolve(f), dir.resolve(f));
        }
        Files.copy(src.resolve("messages_en.properties"), tmp.resolve("outside.properties"));
        Files.createSymbolicLink(dir.resolve("messages_en.properties"), tmp.resolve("outside.properties"));
        CliRunner.Result r = CliRunner.run("check", tmp.resolve("rules").toString());
        assertEquals(ExitCode.DOES_NOT_MEET, r.exitCode(), r::toString);
        assertTrue(r.out().contains("messages_en.properties:0:0: error: is a symbolic link to "), r::toString);
    }

    @Test
    void checkWarnsInsteadWhenTheCodeIsTrustedOrSupersedingIsIntended() {
        CliRunner.Result trusted = CliRunner.run("check", "--trust-rule-code", RS.resolve("sidefx").toString());
        assertEquals(ExitCode.OK, trusted.exitCode(), trusted::toString);
        assertTrue(trusted.out().contains(": warning: rule \"probe-x: r\": new ProcessBuilder(...) is not allowed")
                && trusted.out().contains("(allowed: the code is trusted)"), trusted::toString);
        CliRunner.Result superseding = CliRunner.run("check", "--allow-superseding-builtin",
                RS.resolve("shadow-newer").toString());
        assertEquals(ExitCode.OK, superseding.exitCode(), superseding::toString);
        assertTrue(superseding.out().contains(": warning: id 'eu-public-contract' is a built-in rule set's"),
                superseding::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sidefx", "sidefx-fn", "exit", "halt"})
    void untrustedCodeNeverRuns(String probe) {
        CliRunner.Result r = CliRunner.run("evaluate", "--rules-dir", RS.resolve(probe).toString(),
                CliRunner.resource("probes/m/parties-10-ctrl.json").toString());
        assertEquals(ExitCode.RULE_SET_ERROR, r.exitCode(), r::toString);
        assertTrue(r.err().contains("are refused") && r.err().contains("--trust-rule-code"), r::toString);
        assertTrue(r.err().contains("probe.drl:"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void trustedCodeThatNeverEndsIsStoppedByTheTimeBudget() {
        CliRunner.Result r = CliRunner.run("evaluate", "--rules-dir", RS.resolve("loop").toString(), "--trust-rule-code",
                "--time-budget", "0.5", "--rule-sets", "probe-loop",
                CliRunner.resource("probes/m/parties-10-ctrl.json").toString());
        assertEquals(ExitCode.RULE_SET_ERROR, r.exitCode(), r::toString);
        assertTrue(r.err().contains("time budget of 500 ms") && r.err().contains("probe-loop@2024.1"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void anExternalVersionOfABuiltInIsAnnouncedAndUsedOnlyWhenNamed() throws IOException {
        String input = CliRunner.resource("probes/m/parties-10-ctrl.json").toString();
        String dir = RS.resolve("shadow-newer").toString();
        CliRunner.Result byDefault = CliRunner.run("evaluate", "--rules-dir", dir, "--as-of", "2024-06-01", input);
        assertTrue(byDefault.err().contains("is a version of the built-in rule set eu-public-contract")
                && byDefault.err().contains("used only when named: --rule-sets eu-public-contract@2099.1"), byDefault::toString);
        JsonNode eupc = eupc(byDefault.out());
        assertEquals("2019.1", eupc.get("version").asText());
        assertFalse(eupc.has("externalLocation"));

        CliRunner.Result named = CliRunner.run("evaluate", "--rules-dir", dir, "--as-of", "2024-06-01",
                "--rule-sets", "eu-public-contract@2099.1", input);
        JsonNode n = eupc(named.out());
        assertEquals("2099.1", n.get("version").asText(), named::toString);
        assertTrue(n.get("externalLocation").asText().contains("shadow-newer"), named::toString);
        boolean notice = false;
        for (JsonNode f : n.get("findings")) {
            notice |= f.get("criterion").asText().equals("engine-external-rule-set") && f.get("outcome").asText().equals("INFO");
        }
        assertTrue(notice, named::toString);

        CliRunner.Result allowed = CliRunner.run("evaluate", "--rules-dir", dir, "--allow-superseding-builtin",
                "--as-of", "2024-06-01", input);
        assertEquals("2099.1", eupc(allowed.out()).get("version").asText(), allowed::toString);
        assertTrue(allowed.err().contains("it supersedes the built-in one"), allowed::toString);
    }

    private static JsonNode eupc(String json) throws IOException {
        for (JsonNode rs : new ObjectMapper().readTree(json).get("ruleSets")) {
            if (rs.get("id").asText().equals("eu-public-contract")) {
                return rs;
            }
        }
        throw new AssertionError("no eu-public-contract in " + json);
    }
}

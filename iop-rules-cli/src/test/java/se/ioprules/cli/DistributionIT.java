package se.ioprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archives (built in the package phase) work on their own: unpacked into an empty directory, the
 * launcher runs the command with nothing but a Java runtime, on the bundled samples.
 */
class DistributionIT {
    private static final Path TARGET = Path.of(System.getProperty("iop-rules.dist.dir", "target"));
    private static final String VERSION = System.getProperty("iop-rules.version");
    private static final String NAME = "iop-rules-cli-" + VERSION;

    record Run(int code, String out, String err) {
    }

    @Test
    void zipHasTheLayoutAndEvaluatesASample(@TempDir Path dir) throws Exception {
        unzip(TARGET.resolve(NAME + ".zip"), dir);
        Path home = dir.resolve(NAME);
        for (String f : List.of("bin/iop-rules", "bin/iop-rules.bat", "README.md", "LICENSE", "samples/laholm.json",
                "samples/timra.json", "samples/sormland.json", "lib/" + NAME + ".jar")) {
            assertTrue(Files.isRegularFile(home.resolve(f)), f);
        }
        try (var libs = Files.list(home.resolve("lib"))) {
            assertTrue(libs.anyMatch(p -> p.getFileName().toString().startsWith("drools-core-")), "engine on lib/");
        }
        // zip entries lose the executable bit in java.util.zip, so run the POSIX launcher through sh
        Run r = run(home, "sh", "bin/iop-rules", "evaluate", "samples/laholm.json");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(json.get("anyDoesNotMeet").asBoolean() ? 1 : 0, r.code(), r::toString);
        assertEquals("laholm-2017", json.get("partnershipId").asText(), r.out());
        assertTrue(json.get("ruleSets").size() >= 3, r.out());
        assertTrue(json.at("/assessment/publicContract").isTextual(), r.out());
        assertEquals("", r.err(), "nothing on stderr (no Drools log lines)");
    }

    @Test
    void tarGzKeepsTheLauncherExecutable(@TempDir Path dir) throws Exception {
        Process tar = new ProcessBuilder("tar", "-xzf", TARGET.resolve(NAME + ".tar.gz").toAbsolutePath().toString())
                .directory(dir.toFile()).inheritIO().start();
        assertEquals(0, tar.waitFor());
        Path home = dir.resolve(NAME);
        assertTrue(Files.isExecutable(home.resolve("bin/iop-rules")));
        Run version = run(home, "bin/iop-rules", "--version");
        assertEquals(0, version.code(), version::toString);
        assertTrue(version.out().startsWith("iop-rules " + VERSION + "\n"), version.out());
        Run report = run(home, "bin/iop-rules", "evaluate", "--format", "md", "--lang", "en", "samples/timra.json");
        assertTrue(report.code() == 0 || report.code() == 1, report::toString);
        assertTrue(report.out().startsWith("# IOP review: "), report.out());
        Run bad = run(home, "bin/iop-rules", "evaluate", "samples/no-such.json");
        assertEquals(3, bad.code(), bad::toString);
    }

    @Test
    void theClassDataArchiveIsWrittenOnceAndChangesNothingOnStdout(@TempDir Path dir) throws Exception {
        Process tar = new ProcessBuilder("tar", "-xzf", TARGET.resolve(NAME + ".tar.gz").toAbsolutePath().toString())
                .directory(dir.toFile()).inheritIO().start();
        assertEquals(0, tar.waitFor());
        Path home = dir.resolve(NAME);
        String[] evaluate = {"bin/iop-rules", "evaluate", "--lang", "en", "samples/timra.json"};
        Run off = run(home, java.util.Map.of("IOP_RULES_CDS", "0"), evaluate);
        assertEquals(List.of(), archives(home), "IOP_RULES_CDS=0 writes no archive");
        Run first = run(home, evaluate);
        List<String> written = archives(home);
        assertEquals(1, written.size(), written::toString);
        assertTrue(written.get(0).matches("iop-rules-cds-\\d+\\.jsa"), written::toString);
        Run second = run(home, evaluate);
        assertEquals(written, archives(home), "the second run uses the archive, and writes nothing");
        for (Run r : List.of(off, first, second)) {
            assertTrue(r.code() == 0 || r.code() == 1, r::toString);
            assertEquals("", r.err(), "no JVM messages");
        }
        assertEquals(off.out(), first.out(), "stdout of the run that writes the archive");
        assertEquals(off.out(), second.out(), "stdout of the run that uses the archive");
        assertTrue(off.out().contains("\"partnershipId\""), off.out());
    }

    /**
     * The Windows launcher cannot run here, so its text is checked: the same JVM switches as the Unix launcher (JIT per
     * command, CDS archive written under a temporary name by an evaluation, the JVM's CDS messages off and its
     * warnings on stderr), the same off switches, and the same fallback folder idea.
     */
    @Test
    void theWindowsLauncherHasTheUnixLaunchersSwitches(@TempDir Path dir) throws Exception {
        unzip(TARGET.resolve(NAME + ".zip"), dir);
        Path home = dir.resolve(NAME);
        String bat = Files.readString(home.resolve("bin/iop-rules.bat"), StandardCharsets.UTF_8);
        String sh = Files.readString(home.resolve("bin/iop-rules"), StandardCharsets.UTF_8);
        for (String s : List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "--batch", "-Xshare:auto",
                "-XX:SharedArchiveFile=", "-XX:ArchiveClassesAtExit=", "-Xlog:disable -Xlog:all=warning,cds*=off:stderr",
                "IOP_RULES_CDS", "Xshare", "SharedArchiveFile", "ArchiveClassesAtExit", "evaluate")) {
            assertTrue(sh.contains(s), "bin/iop-rules: " + s);
            assertTrue(bat.contains(s), "bin\\iop-rules.bat: " + s);
        }
        for (String s : List.of("%LOCALAPPDATA%", ".tmp", "move /y", "%JAVA_OPTS% -cp", "exit /b %STATUS%")) {
            assertTrue(bat.contains(s), "bin\\iop-rules.bat: " + s);
        }
        assertTrue(bat.contains("\r\n"), "CRLF line ends, as cmd.exe expects");
        // the archive replaces an older one only after a run that evaluated (exit status 0 or 1)
        int evaluated = bat.indexOf("if not \"%STATUS%\"==\"0\" if not \"%STATUS%\"==\"1\" goto cds_drop");
        assertTrue(evaluated >= 0 && evaluated < bat.indexOf("move /y"), bat);
    }

    /** Files the launcher wrote beside the jars: archives and any temporary file left behind. */
    private static List<String> archives(Path home) throws IOException {
        try (var files = Files.list(home.resolve("lib"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("iop-rules-cds-")).sorted().toList();
        }
    }

    private static Run run(Path home, String... command) throws IOException, InterruptedException {
        return run(home, java.util.Map.of(), command);
    }

    private static Run run(Path home, java.util.Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
        // the JDK running the tests, so the check does not depend on the PATH
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("IOP_RULES_CDS");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("bin/iop-rules did not finish: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void unzip(Path zip, Path dir) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                Path to = dir.resolve(e.getName()).normalize();
                if (!to.startsWith(dir)) {
                    throw new IOException("entry outside the archive's directory: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(z, to);
                }
            }
        }
    }
}

package se.ioprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help and the rule-set listing read well in an 80-column terminal. */
class HelpTextTest {
    static final List<String> COMMANDS = List.of("evaluate", "validate", "rule-sets", "schema", "check", "test",
            "diff");

    @Test
    void everyHelpFitsEightyColumns() {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"--help"});
        COMMANDS.forEach(c -> all.add(new String[] {c, "--help"}));
        for (String[] args : all) {
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(0, r.exitCode(), r::toString);
            r.out().lines().forEach(l -> assertTrue(l.length() <= 80,
                    String.join(" ", args) + ": " + l.length() + " columns: " + l));
        }
    }

    @Test
    void footerLinesAreNotWrapped() {
        // picocli wraps a longer footer line at any character, e.g. in the middle of a file name
        CommandLine cl = IopRulesCli.commandLine(Io.system());
        List<CommandLine> all = new ArrayList<>(List.of(cl));
        all.addAll(cl.getSubcommands().values());
        for (CommandLine c : all) {
            for (String line : c.getCommandSpec().usageMessage().footer()) {
                assertTrue(line.length() <= 80, c.getCommandName() + ": " + line);
            }
        }
    }

    @Test
    void commandListShowsEachSummaryWholeOnOneLine() {
        String help = CliRunner.run("--help").out();
        List<String> lines = help.lines().toList();
        int start = lines.indexOf("Commands:");
        assertTrue(start > 0, help);
        for (String c : COMMANDS) {
            String line = lines.stream().skip(start).filter(l -> l.startsWith("  " + c + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError(c + " missing:\n" + help));
            String next = lines.get(lines.indexOf(line) + 1);
            assertTrue(line.endsWith("."), "a whole sentence: " + line);
            assertTrue(!next.startsWith("     "), "no continuation line after " + line + ": " + next);
        }
    }
}

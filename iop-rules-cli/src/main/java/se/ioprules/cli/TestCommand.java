package se.ioprules.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.ioprules.authoring.ScenarioRunner;

/** {@code iop-rules test DIR}: runs golden scenarios. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs golden scenarios and reports rule coverage.",
            "Scenario files (*.scenario.json) are searched recursively. Prints a pass/fail table, every unmet "
                    + "expectation as file:line: message, and the rules no scenario made fire (rule coverage) of "
                    + "each rule set the scenarios expect something of. Load the rule sets under test with "
                    + "--rules-dir.",
            "Exit 0 when every scenario passes, 1 when any fails or cannot run."})
final class TestCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Scenario files or directories.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    EngineMixin engineOptions = new EngineMixin();

    TestCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        CheckCommand.quietDrools();
        Inputs.requireEach(paths, Files::exists, "no such file or directory");
        List<Path> files = ScenarioRunner.find(paths);
        if (files.isEmpty()) {
            throw new CliException(ExitCode.USAGE, "no *.scenario.json files under " + paths);
        }
        try (ScenarioRunner runner = new ScenarioRunner(engineOptions.options())) {
            ScenarioRunner.Report r = runner.runAll(files);
            io.out().print(r.format());
            io.out().flush();
            return r.failed() == 0 ? ExitCode.OK : ExitCode.DOES_NOT_MEET;
        }
    }
}

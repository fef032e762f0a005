package se.ioprules.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;

/** Options that choose which rule sets the engine loads. */
final class EngineMixin {
    @Option(names = "--rule-dir", paramLabel = "DIR",
            description = "Also load rule sets from DIR (layout <id>/<version>/manifest.properties). Repeatable.")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--no-builtin", description = "Do not load the rule sets shipped with iop-rules.")
    boolean noBuiltIn;

    IopRulesEngine engine() {
        for (Path d : ruleDirs) {
            if (!Files.isDirectory(d)) {
                throw new CliException(ExitCode.USAGE, "--rule-dir " + d + ": not a directory");
            }
        }
        return IopRules.engine(EngineOptions.DEFAULT.withRuleDirs(ruleDirs).withBuiltIn(!noBuiltIn));
    }
}

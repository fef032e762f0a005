package se.ioprules.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.authoring.LintReport;
import se.ioprules.authoring.RuleSetLinter;

/** {@code iop-rules check DIR}: compiles and lints rule-set directories. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compiles and lints rule-set directories.",
            "Each DIR has the layout <id>/<version>/manifest.properties. Every problem is printed as "
                    + "file:line:column: severity: message: DRL syntax and type errors, unknown fact paths in "
                    + "out.*(...) and {placeholders}, missing or malformed metadata (@criterion, @kind, @source), "
                    + "duplicate criterion ids, missing messages and titles, manifest fields, overlapping effective "
                    + "periods, unknown 'requires', parameters without a source, and rule code beyond the rule DSL (the "
                    + "safety check; only warnings with --trust-rule-code).",
            "The built-in rule sets and --rules-dir directories are the context for 'requires', overlaps and "
                    + "duplicates. Exit 0 only when there are no errors (warnings are printed but allowed); 1 when "
                    + "there are errors."})
final class CheckCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Rule-set directories to check.")
    List<Path> dirs = new ArrayList<>();

    @Mixin
    EngineMixin engineOptions = new EngineMixin();

    CheckCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        quietDrools();
        Inputs.requireEach(dirs, Files::isDirectory, "not a directory");
        engineOptions.options();
        RuleSetLinter linter = new RuleSetLinter(!engineOptions.noBuiltIn, engineOptions.ruleDirs,
                engineOptions.trustRuleCode, engineOptions.allowSupersedingBuiltIn);
        int errors = 0;
        int warnings = 0;
        int ruleSets = 0;
        for (Path d : dirs) {
            LintReport r = linter.check(d);
            for (RuleSetDiagnostic diag : r.diagnostics()) {
                io.out().println(diag);
            }
            errors += r.errors().size();
            warnings += r.warnings().size();
            ruleSets += r.ruleSets().size();
        }
        io.out().println(errors + " error(s), " + warnings + " warning(s) in " + ruleSets + " rule-set version(s)");
        return errors == 0 ? ExitCode.OK : ExitCode.DOES_NOT_MEET;
    }

    /** Drools logs every failed build at ERROR; check reports the same problems itself, with positions. */
    static void quietDrools() {
        System.setProperty("org.slf4j.simpleLogger.log.org.drools.compiler.kie.builder.impl", "off");
    }
}

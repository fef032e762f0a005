package se.ioprules.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.IopRulesException;
import se.ioprules.api.RuleSetException;
import se.ioprules.api.RuleSetRef;
import se.ioprules.authoring.VersionDiff;

/** {@code iop-rules diff --from ID@V1 --to ID@V2 CORPUS...}: the impact of a rule-set change. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Shows what a new rule-set version changes over a corpus.",
            "Evaluates a corpus of partnerships under two rule-set versions and reports, per partnership, every "
                    + "criterion whose outcome (or legal conclusion) changed and every verdict that changed, with "
                    + "counts: the impact of a change before it is adopted. CORPUS: partnership JSON files, "
                    + "scenario files (their partnership and as-of date) or directories of them.",
            "Exit 0 when the diff was made (changes or not), 3 when the corpus cannot be read, 4 when a version "
                    + "is unknown."})
final class DiffCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--from", required = true, paramLabel = "ID@VERSION", description = "The current version.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "ID@VERSION", description = "The proposed version.")
    String to;

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Partnership or scenario files, or directories.")
    List<Path> corpus = new ArrayList<>();

    @Mixin
    EngineMixin engineOptions = new EngineMixin();

    DiffCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        CheckCommand.quietDrools();
        Inputs.requireEach(corpus, Files::exists, "no such file or directory");
        RuleSetRef a = RuleSetRef.parse(from);
        RuleSetRef b = RuleSetRef.parse(to);
        List<VersionDiff.CorpusEntry> entries;
        try {
            entries = VersionDiff.readCorpus(corpus);
        } catch (IopRulesException e) {
            throw new CliException(ExitCode.INVALID_INPUT, e.getMessage().lines().toList());
        }
        try (IopRulesEngine engine = engineOptions.engine()) {
            for (RuleSetRef r : List.of(a, b)) {
                boolean known = engine.ruleSets().stream().anyMatch(i -> i.id().equals(r.id())
                        && (r.version() == null || i.version().equals(r.version())));
                if (!known) {
                    throw new RuleSetException("Unknown rule set " + r + ". Known: "
                            + engine.ruleSets().stream().map(i -> i.ref()).toList());
                }
            }
            VersionDiff.Report r = new VersionDiff(engine).diff(a, b, entries);
            io.out().print(r.format());
            io.out().flush();
            return r.errors().isEmpty() ? ExitCode.OK : ExitCode.RULE_SET_ERROR;
        }
    }
}

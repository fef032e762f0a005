package se.ioprules.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.OpenQuestions;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.InvalidJsonException;
import se.ioprules.json.JsonProblem;
import se.ioprules.json.OpenQuestionsJson;
import se.ioprules.json.PartnershipJson;
import se.ioprules.report.QuestionsReport;

/** {@code iop-rules questions}: the decisive unknowns of a partnership, with what each answer would settle. */
@Command(name = "questions", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Lists the unknown facts whose answer would settle what is open (the public-contract and state-aid "
                    + "assessments first, then each rule set's verdict), and what each answer would give.",
            "Found by evaluating the alternatives: every promised outcome comes from an evaluation with that answer. "
                    + "The input is not changed; 'iop-rules interview' asks the questions one at a time."})
final class QuestionsCommand implements java.util.concurrent.Callable<Integer> {
    private final Io io;

    @Parameters(arity = "1", paramLabel = "FILE", description = "Partnership JSON file; '-' for standard input.")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "Output: json (default), md (Markdown) or html (one self-contained page).")
    EvaluateCommand.Format format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "sv",
            description = "Language of md and html: sv (default) or en (JSON gives both).")
    EvaluateCommand.Lang lang;

    @Mixin
    RequestOptions requestOptions = new RequestOptions();

    @Option(names = "--max-questions", paramLabel = "N", defaultValue = "10",
            description = "List at most N questions (default ${DEFAULT-VALUE}); the rest are counted.")
    int maxQuestions;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
    Path out;

    @Mixin
    EngineMixin engineOptions = new EngineMixin();

    QuestionsCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (maxQuestions < 1) {
            throw new CliException(ExitCode.USAGE, "--max-questions must be at least 1");
        }
        EvaluationRequest request = requestOptions.request();
        Output.check(out, List.of(file));
        Partnership p = read(file, io, lang.name());
        OpenQuestions q;
        try (IopRulesEngine engine = engineOptions.engine(io)) {
            q = engine.openQuestions(p, request,
                    new OpenQuestions.Bounds(maxQuestions, OpenQuestions.Bounds.DEFAULT.maxPairFacts()));
        }
        try (Output w = Output.open(out, io, List.of(file))) {
            w.write(switch (format) {
                case json -> OpenQuestionsJson.write(q, lang.name());
                case md -> QuestionsReport.markdown(q, lang.name());
                case html -> QuestionsReport.html(q, lang.name());
            });
            w.commit();
        } catch (IOException e) {
            throw new CliException(ExitCode.OUTPUT_ERROR, e.getMessage());
        }
        return ExitCode.OK;
    }

    /**
     * Reads one partnership; bad JSON is every problem at once, exit 3. Facts that contradict each other but may each
     * be right are told on stderr in {@code lang}, and the partnership is returned.
     */
    static Partnership read(String file, Io io, String lang) {
        try (BufferedReader r = Inputs.open(file, io)) {
            Partnership p = PartnershipJson.read(r);
            Inputs.warnings(file, 0, p, lang).forEach(io::problem);
            return p;
        } catch (InvalidJsonException e) {
            List<String> messages = new ArrayList<>();
            for (JsonProblem jp : e.problems()) {
                messages.add(EvaluateCommand.location(file, jp));
            }
            throw new CliException(ExitCode.INVALID_INPUT, messages);
        } catch (IOException e) {
            throw new CliException(ExitCode.INVALID_INPUT, Inputs.name(file) + ": cannot read: " + Inputs.reason(e));
        }
    }
}

package se.ioprules.cli;

import java.util.List;

/** Every subcommand of iop-rules, in the order --help lists them. Register new subcommands here (only here). */
final class Subcommands {
    private Subcommands() {
    }

    /**
     * @param io the streams the commands use
     * @return new instances of every subcommand (picocli-annotated objects)
     */
    static List<Object> all(Io io) {
        return List.of(
                new EvaluateCommand(io),
                new QuestionsCommand(io),
                new InterviewCommand(io),
                new ValidateCommand(io),
                new ExtractCommand(io),
                new RuleSetsCommand(io),
                new SchemaCommand(io),
                new CheckCommand(io),
                new TestCommand(io),
                new DiffCommand(io));
    }
}

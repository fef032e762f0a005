package se.ioprules.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.ioprules.json.EvaluationSchema;
import se.ioprules.json.PartnershipJson;

/**
 * {@code iop-rules schema}: prints the JSON Schema of the input format, or with {@code --evaluation} /
 * {@code --batch-line} / {@code --questions} that of an output.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Prints the JSON Schema of the input (or output) format.",
            "Without an option: the partnership input. The schemas follow JSON Schema draft 2020-12."})
final class SchemaCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Which which;

    /** Which output schema; none: the input's. */
    static final class Which {
        @Option(names = "--evaluation", required = true,
                description = "The result of 'evaluate --format json' (one input file; several give an array).")
        boolean evaluation;

        @Option(names = "--batch-line", required = true,
                description = "One line of 'evaluate --batch': a result or an error line.")
        boolean batchLine;

        @Option(names = "--questions", required = true,
                description = "The result of 'questions --format json'.")
        boolean questions;
    }

    SchemaCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        String schema = which == null ? PartnershipJson.schema()
                : which.evaluation ? EvaluationSchema.evaluation()
                : which.batchLine ? EvaluationSchema.batchLine() : EvaluationSchema.questions();
        try (Output w = Output.open(out, io)) {
            w.write(schema);
            w.commit();
        }
        return ExitCode.OK;
    }
}

package se.ioprules.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.ioprules.json.PartnershipJson;

/** {@code iop-rules schema}: prints the JSON Schema of the input format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Prints the JSON Schema of the partnership input format.",
            "The schema follows JSON Schema draft 2020-12."})
final class SchemaCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    SchemaCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        try (Output w = Output.open(out, io)) {
            w.write(PartnershipJson.schema());
            w.commit();
        }
        return ExitCode.OK;
    }
}

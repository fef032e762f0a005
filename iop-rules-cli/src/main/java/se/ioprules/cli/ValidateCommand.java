package se.ioprules.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.ioprules.json.JsonProblem;
import se.ioprules.json.PartnershipJson;

/** {@code iop-rules validate}: checks input files without evaluating. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks partnership JSON files without evaluating them.",
            "Checks syntax, field names, types, dates, amounts and consistency. Prints 'FILE: OK' per valid file "
                + "and one line per problem on stderr; facts that contradict each other but may each be right are "
                + "warnings (on stderr; the file is still valid)."})
final class ValidateCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Partnership JSON file(s); '-' for standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--batch", description = "Each line of each FILE is one partnership (NDJSON).")
    boolean batch;

    ValidateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        boolean invalid = false;
        for (String f : files) {
            try {
                if (batch) {
                    invalid |= !batch(f);
                } else {
                    List<JsonProblem> ps;
                    try (BufferedReader r = Inputs.open(f, io)) {
                        ps = readAndWarn(f, 0, r);
                    } catch (IOException e) {
                        throw new CliException(ExitCode.INVALID_INPUT, Inputs.name(f) + ": cannot read: "
                                + Inputs.reason(e));
                    }
                    ps.forEach(p -> io.problem(EvaluateCommand.location(f, p)));
                    if (ps.isEmpty()) {
                        io.out().println(Io.printable(Inputs.name(f)) + ": OK");
                    }
                    invalid |= !ps.isEmpty();
                }
            } catch (CliException e) {
                if (e.exitCode() != ExitCode.INVALID_INPUT) {
                    throw e;
                }
                e.messages().forEach(io::problem);
                invalid = true;
            }
        }
        return invalid ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }

    /** The document's problems; when it has none, its warnings are told (in Swedish and English) on stderr. */
    private List<JsonProblem> readAndWarn(String f, long lineNo, java.io.Reader in) {
        se.ioprules.api.facts.Partnership p;
        try {
            p = PartnershipJson.read(in);
        } catch (se.ioprules.json.InvalidJsonException e) {
            return e.problems();
        }
        Inputs.warnings(f, lineNo, se.ioprules.api.PartnershipValidator.warnings(p), null).forEach(io::problem);
        return List.of();
    }

    private boolean batch(String f) {
        long lineNo = 0;
        long ok = 0;
        long bad = 0;
        try (NdjsonLines lines = new NdjsonLines(Inputs.openStream(f, io), PartnershipJson.MAX_INPUT_CHARS)) {
            NdjsonLines.Line line;
            while ((line = lines.next()) != null) {
                lineNo = line.number();
                if (line.text() != null && line.text().isBlank()) {
                    continue;
                }
                List<JsonProblem> ps = line.error() != null ? List.of(new JsonProblem("$", 0, 0, line.error()))
                        : readAndWarn(f, lineNo, new java.io.StringReader(line.text()));
                for (JsonProblem p : ps) {
                    io.problem(Inputs.lineProblem(f, lineNo, p));
                }
                if (ps.isEmpty()) {
                    ok++;
                } else {
                    bad++;
                }
            }
        } catch (IOException e) {
            throw new CliException(ExitCode.INVALID_INPUT, Inputs.name(f) + ":" + (lineNo + 1) + ": cannot read: "
                    + Inputs.reason(e));
        }
        io.out().println(Io.printable(Inputs.name(f)) + ": " + ok + " valid, " + bad + " invalid");
        return bad == 0;
    }
}

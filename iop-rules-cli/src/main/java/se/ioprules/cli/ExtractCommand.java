package se.ioprules.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.ioprules.api.facts.Partnership;
import se.ioprules.extract.Conflict;
import se.ioprules.extract.ExtractException;
import se.ioprules.extract.ExtractLimits;
import se.ioprules.extract.ExtractReport;
import se.ioprules.extract.Extraction;
import se.ioprules.extract.Extractor;
import se.ioprules.json.InvalidJsonException;
import se.ioprules.json.JsonProblem;
import se.ioprules.json.PartnershipJson;

/** {@code iop-rules extract}: suggests facts from an agreement document, each with its quote. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads an agreement (.docx, .pdf, .txt, .md) and suggests partnership facts.",
            "Each suggestion is marked in factSources as extracted (unconfirmed) with the file, section, page, "
                + "the quoted words and a confidence. Facts in --base are never overwritten; clauses that "
                + "contradict the base or each other are reported on stderr (and in --format md), not added. "
                + "Check the suggestions, then evaluate the facts."})
final class ExtractCommand implements Callable<Integer> {
    enum Format { json, md }

    private final Io io;

    @Parameters(index = "0", paramLabel = "FILE", description = "The agreement: .docx, .pdf, .txt or .md.")
    Path file;

    @Option(names = "--base", paramLabel = "FACTS", description = "Partnership JSON with facts already known; "
            + "they are kept as they are.")
    String base;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "json (partnership JSON with the suggestions, default) or md (the suggestions and "
                    + "conflicts with their quotes, for reading).")
    Format format;

    ExtractCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        List<String> inputs = new ArrayList<>();
        inputs.add(file.toString());
        if (base != null) {
            inputs.add(base);
        }
        Output.check(out, inputs);
        Partnership basePartnership = null;
        if (base != null) {
            try (BufferedReader r = Inputs.open(base, io)) {
                basePartnership = PartnershipJson.read(r);
            } catch (InvalidJsonException e) {
                List<String> ms = new ArrayList<>();
                for (JsonProblem p : e.problems()) {
                    ms.add(EvaluateCommand.location(base, p));
                }
                throw new CliException(ExitCode.INVALID_INPUT, ms);
            } catch (IOException e) {
                throw new CliException(ExitCode.INVALID_INPUT, Inputs.name(base) + ": cannot read: "
                        + Inputs.reason(e));
            }
        }
        quietPoiLogging();
        Extraction e;
        try {
            e = new Extractor(ExtractLimits.DEFAULT).extract(file, basePartnership);
        } catch (ExtractException x) {
            throw new CliException(ExitCode.INVALID_INPUT, x.getMessage());
        }
        try (Output w = Output.open(out, io, inputs)) {
            w.write(format == Format.md ? ExtractReport.markdown(e) : PartnershipJson.write(e.partnership()));
            w.commit();
        } catch (IOException x) {
            throw new CliException(ExitCode.OUTPUT_ERROR, x.getMessage());
        }
        for (Conflict c : e.conflicts()) {
            io.problem(Inputs.name(file.toString()) + ": " + c.path() + ": " + c.reason()
                    + (c.baseValue() == null ? "" : " (base: " + c.baseValue() + ")") + "; "
                    + String.join(" / ", c.clauses().stream().map(s -> s.block().where() + " \u201D"
                    + (s.quote().length() > 120 ? s.quote().substring(0, 119) + "…" : s.quote()) + "\u201D").toList()));
        }
        io.err().println("iop-rules: " + Io.printable(Inputs.name(file.toString())) + ": " + e.suggestions().size()
                + " facts suggested (unconfirmed: check each against its quote), " + e.conflicts().size()
                + " conflicts" + (base == null ? "" : ", " + e.agreeing().size() + " already in the base"));
        return ExitCode.OK;
    }

    /**
     * POI (through the Log4j API) and PDFBox (through commons-logging, hence SLF4J) log what they repair or skip in a
     * malformed document; the user gets one clear error instead, so their logging is off unless the user set it.
     */
    private static void quietPoiLogging() {
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.pdfbox", "off");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.fontbox", "off");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}

package se.ioprules.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.InvalidPartnershipException;
import se.ioprules.api.OpenQuestions;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.PartnershipValidator;
import se.ioprules.api.Problem;
import se.ioprules.api.RuleSetNotInForceException;
import se.ioprules.api.RuleSetRef;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.EvaluationJson;
import se.ioprules.json.InvalidJsonException;
import se.ioprules.json.JsonProblem;
import se.ioprules.json.PartnershipJson;
import se.ioprules.report.HtmlReport;
import se.ioprules.report.MarkdownReport;

/** {@code iop-rules evaluate}: evaluates partnership JSON files, or NDJSON batches with --batch. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Evaluates partnerships against the rule sets and prints the result.",
            "Each FILE holds one partnership as JSON ('-' reads standard input). With --batch each line of each "
                    + "FILE is one partnership (NDJSON) and one JSON result line is written per input line, in "
                    + "constant memory."})
final class EvaluateCommand implements java.util.concurrent.Callable<Integer> {
    enum Format { json, md, html }

    enum Lang { sv, en }

    private final Io io;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Partnership JSON file(s); '-' for standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Evaluate with the rule sets and parameters in force on DATE (yyyy-mm-dd). "
                    + "Default: the partnership's decision date, else its signing date, term start, or today.")
    LocalDate asOf;

    @Option(names = "--rule-sets", paramLabel = "ID[@VERSION]", split = ",",
            description = "Only these rule sets (comma-separated), e.g. sou-2019-56,skl-2018@2018.1. "
                    + "Default: every rule set in force on the as-of date.")
    List<String> ruleSets = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "Output: json (default), md (Markdown report) or html (a single self-contained, printable page).")
    Format format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "sv",
            description = "Language of messages and reports: sv (default) or en.")
    Lang lang;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
    Path out;

    @Option(names = "--batch", description = "Read NDJSON (one partnership per line) and write one JSON line per input line.")
    boolean batch;

    @Option(names = "--jobs", paramLabel = "N",
            description = "With --batch: evaluate N lines at a time (default: the number of processors, at most 8). "
                    + "Output lines keep the input order.")
    Integer jobs;

    @Option(names = "--findings", paramLabel = "WHICH", defaultValue = "all",
            description = "JSON only: all (default) lists every finding; notable lists only FAIL, WARNING and "
                    + "NOT_ASSESSABLE (counts still cover all; the result says findingsIncluded), for checking a "
                    + "whole register with --batch.")
    Findings findings;

    /** Which findings the JSON output lists. */
    enum Findings { all, notable }

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Override a rule-set parameter: NAME (every rule set that has it) or RULESET.NAME, e.g. "
                    + "--param longTermMonths=24. Repeatable; recorded in the result.")
    Map<String, BigDecimal> params = new LinkedHashMap<>();

    @Option(names = "--questions", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "md and html: begin the report with the decisive questions (\"Att ta reda på\"), found by "
                    + "evaluating the alternatives; costs more evaluations. On by default; --no-questions leaves it out.")
    boolean questions = true;

    @Mixin
    EngineMixin engineOptions = new EngineMixin();

    EvaluateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (findings == Findings.notable && format != Format.json) {
            throw new CliException(ExitCode.USAGE, "--findings notable applies to JSON output; the " + format
                    + " report already details only the findings that need attention");
        }
        if (batch && format != Format.json) {
            throw new CliException(ExitCode.USAGE, "--batch writes one JSON line per input (NDJSON); "
                    + "--format " + format + " is not available with --batch");
        }
        if (jobs != null && !batch) {
            throw new CliException(ExitCode.USAGE, "--jobs applies to --batch only");
        }
        EvaluationRequest request = request();
        return batch ? batch(request) : files(request);
    }

    private EvaluationRequest request() {
        return request(asOf, ruleSets, params);
    }

    /** The request of --as-of, --rule-sets and --param (shared with the questions and interview commands). */
    static EvaluationRequest request(LocalDate asOf, List<String> ruleSets, Map<String, BigDecimal> params) {
        EvaluationRequest.Builder b = EvaluationRequest.builder().asOf(asOf);
        for (String r : ruleSets) {
            if (r.isBlank() || r.trim().startsWith("@") || r.trim().endsWith("@")) {
                throw new CliException(ExitCode.USAGE, "--rule-sets: '" + r + "' is not ID or ID@VERSION");
            }
            b.ruleSet(RuleSetRef.parse(r));
        }
        params.forEach(b::parameter);
        return b.build();
    }

    private int files(EvaluationRequest request) {
        Output.check(out, files); // an output that is an input is refused before anything is read
        engineOptions.startEngine(); // reading the rule sets overlaps with reading the input
        List<String> names = new ArrayList<>();
        List<Partnership> inputs = new ArrayList<>();
        List<List<se.ioprules.api.InputWarning>> warned = new ArrayList<>(); // per input: told on stderr, written in JSON
        boolean invalid = false;
        for (String f : files) {
            try (BufferedReader r = Inputs.open(f, io)) {
                Partnership p = PartnershipJson.read(r);
                List<se.ioprules.api.InputWarning> ws = PartnershipValidator.warnings(p);
                inputs.add(p);
                warned.add(ws);
                names.add(f);
                Inputs.warnings(f, 0, ws, lang.name()).forEach(io::problem);
            } catch (InvalidJsonException e) {
                invalid = true;
                for (JsonProblem p : e.problems()) {
                    io.problem(location(f, p));
                }
            } catch (CliException e) {
                if (e.exitCode() != ExitCode.INVALID_INPUT) {
                    throw e;
                }
                invalid = true;
                e.messages().forEach(io::problem);
            } catch (IOException e) {
                invalid = true;
                io.problem(Inputs.name(f) + ": cannot read: " + Inputs.reason(e));
            }
        }
        if (inputs.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        List<Evaluation> results = new ArrayList<>();
        List<OpenQuestions> open = format != Format.json && questions ? new ArrayList<>() : null;
        try (IopRulesEngine engine = engineOptions.engine(io)) {
            for (Partnership p : inputs) {
                results.add(engine.evaluate(p, request));
                if (open != null) {
                    open.add(engine.openQuestions(p, request));
                }
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        try (Output w = Output.open(out, io, files)) {
            switch (format) {
                case json -> {
                    List<ObjectNode> trees = new ArrayList<>();
                    for (int i = 0; i < results.size(); i++) {
                        ObjectNode t = EvaluationJson.toTree(results.get(i), lang.name(), findings == Findings.notable);
                        ((ObjectNode) t.get("input")).put("file", Inputs.name(names.get(i)));
                        EvaluationJson.addInputWarnings(t, warned.get(i));
                        trees.add(t);
                    }
                    if (trees.size() == 1) {
                        w.write(EvaluationJson.write(trees.get(0), true));
                    } else {
                        com.fasterxml.jackson.databind.node.ArrayNode all =
                                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
                        trees.forEach(all::add);
                        w.write(EvaluationJson.write(all, true));
                    }
                }
                case md -> {
                    if (results.size() > 1) {
                        w.write(MarkdownReport.overview(results, names.stream().map(Inputs::name).toList(), lang.name()));
                        w.write("---\n\n");
                    }
                    for (int i = 0; i < results.size(); i++) {
                        if (i > 0) {
                            w.write("\n---\n\n");
                        }
                        w.write(MarkdownReport.render(results.get(i), inputs.get(i), lang.name(), true,
                                open == null ? null : open.get(i)));
                    }
                }
                case html -> w.write(HtmlReport.renderAll(results, inputs, lang.name(), open));
            }
            w.commit();
        } catch (IOException e) {
            throw new CliException(ExitCode.OUTPUT_ERROR, e.getMessage());
        }
        if (invalid) {
            return ExitCode.INVALID_INPUT;
        }
        return results.stream().anyMatch(Evaluation::anyDoesNotMeet) ? ExitCode.DOES_NOT_MEET : ExitCode.OK;
    }

    /**
     * What one input line gave: the output line, the problems to print, how it counts; or an error that ends the
     * whole batch ({@code fatal}), raised in the line's turn so that everything before it is written first.
     */
    private record LineResult(String json, java.nio.ByteBuffer utf8, List<String> problems, boolean evaluated,
            boolean doesNotMeet, boolean invalid, boolean notInForce, RuntimeException fatal) {
        LineResult(String json, List<String> problems, boolean evaluated, boolean doesNotMeet, boolean invalid,
                boolean notInForce, RuntimeException fatal) {
            this(json, null, problems, evaluated, doesNotMeet, invalid, notInForce, fatal);
        }
    }

    /** Lines written so far, by how they count. */
    private static final class Counts {
        long evaluated;
        long doesNotMeet;
        long invalid;
        long notInForce;

        void add(LineResult r) {
            evaluated += r.evaluated() ? 1 : 0;
            doesNotMeet += r.doesNotMeet() ? 1 : 0;
            invalid += r.invalid() ? 1 : 0;
            notInForce += r.notInForce() ? 1 : 0;
        }

        @Override
        public String toString() {
            return summary(evaluated, doesNotMeet, invalid, notInForce);
        }
    }

    private final Counts counts = new Counts();

    private int batch(EvaluationRequest request) {
        Counts c = counts;
        Output.check(out, files); // an output that is an input is refused before the engine starts
        int threads = jobs != null ? jobs : Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        if (threads < 1) {
            throw new CliException(ExitCode.USAGE, "--jobs must be at least 1, was " + threads);
        }
        // Lines are evaluated (and their output line written to text, streamed with no tree) on a bounded pool and
        // written in input order.
        // At most `window` lines are in flight, so memory stays flat however long the input is.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "iop-rules-batch");
            t.setDaemon(true);
            return t;
        });
        int window = 4 * threads;
        java.util.ArrayDeque<java.util.concurrent.Future<LineResult>> pending = new java.util.ArrayDeque<>();
        try (IopRulesEngine engine = engineOptions.engine(io); Output w = Output.open(out, io, files)) {
            for (String f : files) {
                try (NdjsonLines lines = new NdjsonLines(Inputs.openStream(f, io), PartnershipJson.MAX_INPUT_CHARS)) {
                    NdjsonLines.Line line;
                    while ((line = next(lines, f, pending, w)) != null) {
                        if (line.text() != null && line.text().isBlank()) {
                            continue;
                        }
                        NdjsonLines.Line l = line;
                        pending.add(pool.submit(() -> evaluateLine(engine, request, f, l)));
                        while (pending.size() >= window) {
                            take(pending, w);
                        }
                    }
                    while (!pending.isEmpty()) {
                        take(pending, w);
                    }
                } catch (CliException e) {
                    if (e.exitCode() != ExitCode.INVALID_INPUT) {
                        throw e;
                    }
                    e.messages().forEach(io::problem);
                    c.invalid++;
                }
            }
            w.commit();
        } catch (Output.Failure e) {
            throw new CliException(ExitCode.OUTPUT_ERROR, List.of(e.getMessage(), "batch stopped: " + c
                    + " before the output failed"));
        } catch (IOException e) {
            throw new CliException(ExitCode.OUTPUT_ERROR, "cannot write the output: " + Inputs.reason(e));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        io.problem("batch: " + c);
        if (c.notInForce > 0) {
            return ExitCode.RULE_SET_ERROR;
        }
        if (c.invalid > 0) {
            return ExitCode.INVALID_INPUT;
        }
        return c.doesNotMeet > 0 ? ExitCode.DOES_NOT_MEET : ExitCode.OK;
    }

    /** Runs on a pool thread: reads, evaluates and renders one line; nothing here touches the output. */
    private LineResult evaluateLine(IopRulesEngine engine, EvaluationRequest request, String f, NdjsonLines.Line line) {
        long lineNo = line.number();
        List<JsonProblem> problems;
        String errorKind = "invalid-input";
        try {
            if (line.error() != null) {
                throw new InvalidJsonException(List.of(new JsonProblem("$", 0, 0, line.error())));
            }
            Partnership p = PartnershipJson.read(line.text());
            List<se.ioprules.api.InputWarning> ws = PartnershipValidator.warnings(p);
            List<String> warnings = Inputs.warnings(f, lineNo, ws, lang.name());
            Evaluation e = engine.evaluate(p, request);
            java.nio.ByteBuffer utf8 = null;
            String json;
            if (!ws.isEmpty()) { // rare: the tree, with input.warnings added
                ObjectNode tree = EvaluationJson.toTree(e, lang.name(), findings == Findings.notable);
                ((ObjectNode) tree.get("input")).put("file", Inputs.name(f)).put("line", lineNo);
                json = EvaluationJson.write(EvaluationJson.addInputWarnings(tree, ws), false);
            } else {
                // UTF-8 bytes straight from the evaluation; text (encoded when written) only for a lone surrogate
                utf8 = EvaluationJson.writeLineUtf8(e, lang.name(), findings == Findings.notable, Inputs.name(f), lineNo,
                        lineBuffers.poll());
                json = utf8 != null ? null
                        : EvaluationJson.writeLine(e, lang.name(), findings == Findings.notable, Inputs.name(f), lineNo);
            }
            return new LineResult(json, utf8, warnings, true, e.anyDoesNotMeet(), false, false, null);
        } catch (InvalidJsonException e) {
            problems = e.problems();
        } catch (InvalidPartnershipException e) {
            List<JsonProblem> ps = new ArrayList<>();
            for (Problem p : e.problems()) {
                ps.add(new JsonProblem("$." + p.path(), 0, 0, p.message()));
            }
            problems = ps;
        } catch (RuleSetNotInForceException e) {
            if (request.asOf() != null) {
                // one --as-of for every line: no line can be evaluated
                return new LineResult(null, List.of(), false, false, false, false, e);
            }
            // the line's own date picks the rule sets: this line only cannot be evaluated
            problems = List.of(new JsonProblem("$", 0, 0, e.getMessage().lines().findFirst().orElse("")));
            errorKind = "rule-set-not-in-force";
        } catch (RuntimeException e) {
            return new LineResult(null, List.of(), false, false, false, false, e);
        }
        ObjectNode result = EvaluationJson.errorTree(lineNo, errorKind, problems);
        ObjectNode input = result.putObject("input");
        input.put("file", Inputs.name(f));
        input.put("line", lineNo);
        List<String> messages = new ArrayList<>(problems.size());
        for (JsonProblem p : problems) {
            messages.add(Inputs.lineProblem(f, lineNo, p));
        }
        boolean bad = errorKind.equals("invalid-input");
        return new LineResult(EvaluationJson.write(result, false), messages, false, false, bad, !bad, null);
    }

    /**
     * Buffers of lines already written, for the next lines' bytes (no new 150 kB array and copy per line); bounded, a
     * buffer beyond it is left to the garbage collector.
     */
    private final java.util.concurrent.ArrayBlockingQueue<java.nio.ByteBuffer> lineBuffers =
            new java.util.concurrent.ArrayBlockingQueue<>(64);

    /** Waits for the oldest line in flight, prints its problems and writes its output line (flushed). */
    private LineResult take(java.util.ArrayDeque<java.util.concurrent.Future<LineResult>> pending, Output w)
            throws IOException {
        LineResult r;
        try {
            r = pending.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCode.INTERNAL_ERROR, "batch interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw Tasks.failure(e);
        }
        if (r.fatal() != null) {
            throw r.fatal();
        }
        r.problems().forEach(io::problem);
        if (r.utf8() != null) {
            java.nio.ByteBuffer b = r.utf8();
            w.writeUtf8(b.array(), b.arrayOffset() + b.position(), b.remaining());
            w.write('\n');
            lineBuffers.offer(b); // written: its array serves a later line
        } else {
            w.write(r.json());
            w.write('\n');
        }
        w.flush(); // one line at a time; a closed pipe stops the batch here
        counts.add(r);
        return r;
    }

    private static String summary(long evaluated, long doesNotMeet, long invalid, long notInForce) {
        return evaluated + " evaluated (" + doesNotMeet + " DOES_NOT_MEET), " + invalid + " invalid"
                + (notInForce > 0 ? ", " + notInForce + " dated before the rule sets they need" : "");
    }

    /**
     * The next line; a read error (not a bad line: the input itself failed) ends this file as invalid input, after
     * the lines before it are written.
     */
    private NdjsonLines.Line next(NdjsonLines lines, String f,
            java.util.ArrayDeque<java.util.concurrent.Future<LineResult>> pending, Output w) throws IOException {
        try {
            return lines.next();
        } catch (IOException e) {
            while (!pending.isEmpty()) {
                take(pending, w); // the lines before the failure are written and counted first
            }
            throw new CliException(ExitCode.INVALID_INPUT, Inputs.name(f) + ": cannot read: " + Inputs.reason(e));
        }
    }

    static String location(String file, JsonProblem p) {
        return Inputs.name(file) + (p.line() > 0 ? ":" + p.line() + ":" + p.column() : "") + ": " + p.path() + ": "
                + p.message();
    }
}

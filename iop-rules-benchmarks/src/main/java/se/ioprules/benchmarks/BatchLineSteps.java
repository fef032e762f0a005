package se.ioprules.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.facts.FactPaths;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.EvaluationJson;
import se.ioprules.json.PartnershipJson;

/**
 * The steps of one {@code evaluate --batch} line, each timed alone in CPU time of the measuring thread: reading the
 * line ({@code read}, what {@code validate --batch} does per line), the input hash ({@code hash}), the evaluation
 * including the hash ({@code evaluate}) and writing the result line ({@code write}; {@code fresh-write} writes the line
 * of an evaluation made just before, untimed, so that its texts are new objects as in a batch). For A/B runs of the batch's parts
 * on a loaded machine; run it as the launcher runs a batch (C1 only). Not a JMH benchmark; see docs/benchmarks.md.
 *
 * <pre>
 * java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "iop-rules-cli/target/lib/*:iop-rules-benchmarks/target/classes" \
 *   se.ioprules.benchmarks.BatchLineSteps FILE.ndjson STEP [OPS_PER_ROUND [ROUNDS]]
 * </pre>
 */
public final class BatchLineSteps {
    private BatchLineSteps() {
    }

    /**
     * @param args the NDJSON file (its first three lines are used in turn, as of 2025-06-01), the step (read, hash,
     *     evaluate, write, fresh-write or fresh-write-reuse), operations per round (default 1000), rounds (default 6;
     *     the first ones are warm-up)
     */
    public static void main(String[] args) throws Exception {
        List<String> lines;
        try (var all = Files.lines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            lines = all.filter(l -> !l.isBlank()).limit(3).toList();
        }
        String step = args[1];
        int ops = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 6;
        EvaluationRequest request = EvaluationRequest.builder().asOf(LocalDate.of(2025, 6, 1)).build();
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        EngineOptions options = EngineOptions.DEFAULT.withTimeBudget(java.time.Duration.ofMinutes(10));
        try (IopRulesEngine engine = IopRules.engine(options)) {
            List<Partnership> inputs = new ArrayList<>();
            List<Evaluation> results = new ArrayList<>();
            for (String l : lines) {
                inputs.add(PartnershipJson.read(l));
                results.add(engine.evaluate(inputs.get(inputs.size() - 1), request));
            }
            long sink = 0;
            java.nio.ByteBuffer reuse = null;
            for (int round = 1; round <= rounds; round++) {
                long start = bean.getCurrentThreadCpuTime();
                long untimed = 0;
                for (int i = 0; i < ops; i++) {
                    int k = i % lines.size();
                    if (step.startsWith("fresh-write")) {
                        // a new evaluation's line, as in a batch (the write step alone writes the same objects
                        // again and again, which flatters what is cached by reference); only the write is counted
                        long t0 = bean.getCurrentThreadCpuTime();
                        Evaluation e = engine.evaluate(inputs.get(k), request);
                        untimed += bean.getCurrentThreadCpuTime() - t0;
                        if (step.equals("fresh-write-reuse")) { // as the CLI does: the buffer of the line before
                            reuse = EvaluationJson.writeLineUtf8(e, "sv", false, args[0], i + 1, reuse);
                            sink += reuse.remaining();
                        } else {
                            sink += EvaluationJson.writeLineUtf8(e, "sv", false, args[0], i + 1).length;
                        }
                        continue;
                    }
                    sink += switch (step) {
                        case "read" -> PartnershipJson.read(lines.get(k)).parties().size();
                        case "hash" -> FactPaths.sha256(inputs.get(k)).length();
                        case "evaluate" -> engine.evaluate(inputs.get(k), request).ruleSets().size();
                        case "write" -> EvaluationJson.writeLineUtf8(results.get(k), "sv", false, args[0], i + 1).length;
                        default -> throw new IllegalArgumentException(
                                "step: read, hash, evaluate, write, fresh-write or fresh-write-reuse");
                    };
                }
                long cpu = bean.getCurrentThreadCpuTime() - start - untimed;
                System.out.printf(java.util.Locale.ROOT, "%s round %d: %.1f us CPU per line (%d)%n", step, round,
                        cpu / 1000.0 / ops, sink % 10);
            }
        }
    }
}

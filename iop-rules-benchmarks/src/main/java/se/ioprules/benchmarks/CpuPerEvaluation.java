package se.ioprules.benchmarks;

import java.lang.management.ManagementFactory;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.facts.Partnership;
import se.ioprules.fixtures.Partnerships;

/**
 * Warm evaluations of the typical partnership (as {@link EvaluateBenchmark#evaluateTypicalAllInForce}) reported as
 * wall time and process CPU time per evaluation. For A/B runs on a shared, overloaded machine, where JMH's wall-clock
 * figures say more about the other processes than about the code: run with {@code -Xbatch} (the JIT compiles in the
 * foreground, so a starved compiler cannot leave the code interpreted), warm up by a number of evaluations rather
 * than by time, start the two builds at the same moment so both see the same load, and compare CPU time per
 * evaluation. Not a JMH benchmark; see docs/benchmarks.md.
 *
 * <pre>
 * java -Xbatch -cp iop-rules-benchmarks/target/benchmarks.jar se.ioprules.benchmarks.CpuPerEvaluation ROUNDS WARMUP PER_ROUND
 * </pre>
 */
public final class CpuPerEvaluation {
    private CpuPerEvaluation() {
    }

    /**
     * @param args rounds (default 5), warm-up evaluations (default 5000), evaluations per round (default 1000)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int perRound = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        // an overloaded machine must not turn a slow evaluation into an error
        EngineOptions options = EngineOptions.DEFAULT.withTimeBudget(java.time.Duration.ofMinutes(10));
        try (IopRulesEngine engine = IopRules.engine(options)) {
            Partnership p = Partnerships.typicalIop();
            // an equal but distinct copy in turn, so the validator's memo of the last valid object never answers
            Partnership[] both = {p, p.toBuilder().build()};
            for (int i = 0; i < warmup; i++) {
                engine.evaluate(both[i & 1]);
            }
            for (int r = 1; r <= rounds; r++) {
                long cpu0 = os.getProcessCpuTime();
                long wall0 = System.nanoTime();
                int n = 0;
                for (; n < perRound; n++) {
                    engine.evaluate(both[n & 1]);
                }
                long cpu = os.getProcessCpuTime() - cpu0;
                long wall = System.nanoTime() - wall0;
                System.out.printf(java.util.Locale.ROOT, "round %d: %.1f µs wall, %.1f µs CPU per evaluation (%d evaluations)%n",
                        r, wall / 1e3 / n, cpu / 1e3 / n, n);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package se.ioprules.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Warm evaluations of the typical partnership by two or more builds in ONE JVM, in alternating rounds: each build's
 * shaded benchmarks jar in its own class loader, its own engine, the same thread. Rounds alternate (and reverse their
 * order every other round), so every build sees the same load over the same minutes; the figure is the evaluating
 * thread's CPU time per evaluation, which leaves out the JIT and GC threads and the time spent waiting for a processor.
 * On a shared, loaded machine this gives ratios that repeat where JMH's wall-clock scores do not (docs/benchmarks.md,
 * Round 4). Run with {@code -Xbatch}, so the JIT compiles in the foreground and a starved compiler thread cannot
 * leave one build interpreted. Builds whose engine hands evaluations to a worker thread (before issue 13's round 2)
 * are not measured correctly: their work is not on this thread.
 *
 * <pre>
 * java -Xbatch -XX:+UseSerialGC -cp iop-rules-benchmarks/target/benchmarks.jar se.ioprules.benchmarks.InterleavedCpu \
 *     ROUNDS WARMUP PER_ROUND before=/tmp/before/benchmarks.jar after=iop-rules-benchmarks/target/benchmarks.jar
 * </pre>
 */
public final class InterleavedCpu {
    private InterleavedCpu() {
    }

    /** One build: its class loader, engine and the typical partnership with an equal copy. */
    private static final class Side {
        private final String label;
        private final ClassLoader loader;
        private final Object engine;
        private final Object[] partnerships;
        private final Method evaluate;
        private final List<Double> perRound = new ArrayList<>();

        Side(String label, String jar) throws Exception {
            this.label = label;
            loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader); // Drools finds its services through it
            Class<?> options = loader.loadClass("se.ioprules.api.EngineOptions");
            Object o = options.getField("DEFAULT").get(null);
            // a loaded machine must not turn a slow evaluation into an error
            o = options.getMethod("withTimeBudget", Duration.class).invoke(o, Duration.ofMinutes(10));
            engine = loader.loadClass("se.ioprules.api.IopRules").getMethod("engine", options).invoke(null, o);
            Object p = loader.loadClass("se.ioprules.fixtures.Partnerships").getMethod("typicalIop").invoke(null);
            Object builder = p.getClass().getMethod("toBuilder").invoke(p);
            // an equal but distinct copy in turn, so the validator's memo of the last valid object never answers
            partnerships = new Object[] {p, builder.getClass().getMethod("build").invoke(builder)};
            evaluate = loader.loadClass("se.ioprules.api.IopRulesEngine").getMethod("evaluate",
                    loader.loadClass("se.ioprules.api.facts.Partnership"));
        }

        void run(int n) throws Exception {
            Thread.currentThread().setContextClassLoader(loader);
            for (int i = 0; i < n; i++) {
                evaluate.invoke(engine, partnerships[i & 1]);
            }
        }
    }

    /**
     * @param args rounds, warm-up evaluations per build, evaluations per round, then label=jar for each build (the
     *     first is the one the others are divided by)
     * @throws Exception if a build cannot be loaded or fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int per = Integer.parseInt(args[2]);
        List<Side> sides = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            sides.add(new Side(kv[0], kv[1]));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int w = 0; w < warmup; w += 500) {
            for (Side s : sides) {
                s.run(Math.min(500, warmup - w));
            }
        }
        for (int k = 0; k < rounds; k++) {
            List<Side> order = new ArrayList<>(sides);
            if ((k & 1) == 1) {
                Collections.reverse(order);
            }
            for (Side s : order) {
                long cpu0 = mx.getCurrentThreadCpuTime();
                s.run(per);
                s.perRound.add((mx.getCurrentThreadCpuTime() - cpu0) / 1e3 / per);
            }
        }
        for (Side s : sides) {
            double[] v = s.perRound.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%s: thread CPU µs per evaluation: median %.0f, min %.0f, quartiles %.0f–%.0f"
                    + " (%d rounds of %d)%n", s.label, v[v.length / 2], v[0], v[v.length / 4], v[3 * v.length / 4],
                    v.length, per);
        }
        Side first = sides.get(0);
        for (Side s : sides.subList(1, sides.size())) {
            double[] ratio = new double[first.perRound.size()];
            for (int i = 0; i < ratio.length; i++) {
                ratio[i] = first.perRound.get(i) / s.perRound.get(i);
            }
            Arrays.sort(ratio);
            System.out.printf(Locale.ROOT, "%s ÷ %s, round by round: median %.3f (quartiles %.3f–%.3f)%n", first.label,
                    s.label, ratio[ratio.length / 2], ratio[ratio.length / 4], ratio[3 * ratio.length / 4]);
        }
        for (Side s : sides) {
            ((AutoCloseable) s.engine).close();
        }
    }
}

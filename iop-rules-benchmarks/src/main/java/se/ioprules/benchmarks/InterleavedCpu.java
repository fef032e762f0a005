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
 * Round 4). {@code -Dinterleaved.input=FILE.ndjson} evaluates that file's first three lines instead (a batch's
 * inputs, with their agreement texts). Run with {@code -Xbatch}, so the JIT compiles in the foreground and a starved compiler thread cannot
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

    /**
     * With {@code -Dinterleaved.input=FILE.ndjson}: the file's first three lines, evaluated in turn as of 2025-06-01
     * (as {@link BatchLineSteps} does), instead of the typical partnership; null without it.
     */
    private static final List<String> INPUT = input(System.getProperty("interleaved.input"));

    private static List<String> input(String file) {
        if (file == null) {
            return null;
        }
        try (var all = java.nio.file.Files.lines(Path.of(file), java.nio.charset.StandardCharsets.UTF_8)) {
            return all.filter(l -> !l.isBlank()).limit(3).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One build: its class loader, engine and the typical partnership with an equal copy. */
    private static final class Side {
        private final String label;
        private final ClassLoader loader;
        private final Object engine;
        private final Object[] partnerships;
        private final Method evaluate;
        private final Object request;
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
            Class<?> partnership = loader.loadClass("se.ioprules.api.facts.Partnership");
            if (INPUT != null) {
                // the file's lines, each read by this build, evaluated in turn as of the batch's date
                Method read = loader.loadClass("se.ioprules.json.PartnershipJson").getMethod("read", String.class);
                partnerships = new Object[INPUT.size()];
                for (int i = 0; i < partnerships.length; i++) {
                    partnerships[i] = read.invoke(null, INPUT.get(i));
                }
                Class<?> requests = loader.loadClass("se.ioprules.api.EvaluationRequest");
                Object b = requests.getMethod("builder").invoke(null);
                b = b.getClass().getMethod("asOf", java.time.LocalDate.class).invoke(b, java.time.LocalDate.of(2025, 6, 1));
                request = b.getClass().getMethod("build").invoke(b);
                evaluate = loader.loadClass("se.ioprules.api.IopRulesEngine").getMethod("evaluate", partnership, requests);
            } else {
                Object p = loader.loadClass("se.ioprules.fixtures.Partnerships").getMethod("typicalIop").invoke(null);
                Object builder = p.getClass().getMethod("toBuilder").invoke(p);
                // an equal but distinct copy in turn, so the validator's memo of the last valid object never answers
                partnerships = new Object[] {p, builder.getClass().getMethod("build").invoke(builder)};
                request = null;
                evaluate = loader.loadClass("se.ioprules.api.IopRulesEngine").getMethod("evaluate", partnership);
            }
        }

        void run(int n) throws Exception {
            Thread.currentThread().setContextClassLoader(loader);
            for (int i = 0; i < n; i++) {
                Object p = partnerships[i % partnerships.length];
                if (request == null) {
                    evaluate.invoke(engine, p);
                } else {
                    evaluate.invoke(engine, p, request);
                }
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

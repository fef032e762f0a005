package se.ioprules.drools.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.drools.load.RuleSetDefinition;
import se.ioprules.drools.load.RuleSetLoader;

/**
 * Build step: generates and compiles the executable model of every rule-set version under a rule-set root, so the
 * engine never compiles built-in DRL at run time ({@link PrecompiledModel} loads the result). Run by the
 * exec-maven-plugin of the module that carries the rule sets, after its classes are compiled:
 * <pre>
 * java -cp &lt;compile class path&gt; se.ioprules.drools.internal.RuleSetPrecompiler &lt;rule-set root&gt; &lt;output dir&gt;
 * </pre>
 * The rule-set root may be {@code classpath:} for the built-in rule sets on the class path (when they come from a
 * dependency). The output directory (normally {@code target/classes/iop-rules/precompiled}) receives one folder per version,
 * {@code <id>/<version>/}, with the model's classes and {@link PrecompiledModel#INDEX}. Needs
 * {@code org.drools:drools-model-codegen} on the class path; the engine at run time does not. Any rule set that does
 * not compile fails the build, with every message.
 */
public final class RuleSetPrecompiler {
    /** Drools' builder option for reproducible executable-model generation (Drools' ReproducibleExecutableModelGenerationOption). */
    static final String REPRODUCIBLE = "drools.reproducibleExecutableModelGeneration";
    /** Index key: {@link #compiledAgainst()} when the model was generated. */
    public static final String CLASSES = "classes";

    private RuleSetPrecompiler() {
    }

    /**
     * @param args the rule-set root ({@code <id>/<version>/manifest.properties}) and the output directory
     * @throws IOException if the output cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RuleSetPrecompiler <rule-set root, or classpath:> <output dir>");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        List<String> done = args[0].equals("classpath:") ? precompile(RuleSetLoader.builtIn(), Path.of(args[1]))
                : precompile(Path.of(args[0]), Path.of(args[1]));
        System.out.println("[iop-rules] executable models of " + done.size() + " rule-set versions up to date in "
                + (System.nanoTime() - t0) / 1_000_000 + " ms: " + done);
    }

    /**
     * For a build where the rule sets come from a dependency: the built-in rule sets found on the class path.
     *
     * @param defs rule sets
     * @param out the output directory
     * @return the refs of the rule sets precompiled
     * @throws IllegalStateException naming every problem, if any rule set cannot be compiled
     * @throws IOException if the output cannot be written
     */
    public static List<String> precompile(List<RuleSetDefinition> defs, Path out) throws IOException {
        List<String> refs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (RuleSetDefinition def : defs) {
            List<String> failed = precompile(def, out);
            if (failed.isEmpty()) {
                refs.add(def.info().ref());
            } else {
                errors.addAll(failed);
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Cannot precompile the built-in rule sets:\n  " + String.join("\n  ", errors));
        }
        return refs;
    }

    /**
     * @param root a rule-set root
     * @param out the output directory
     * @return the refs of the rule sets precompiled
     * @throws IllegalStateException naming every problem, if any rule set cannot be read or compiled
     * @throws IOException if the output cannot be written
     */
    public static List<String> precompile(Path root, Path out) throws IOException {
        List<String> refs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path dir : RuleSetLoader.versionDirs(root)) {
            List<RuleSetDiagnostic> problems = new ArrayList<>();
            String label = "classpath:" + root.relativize(dir).toString().replace('\\', '/');
            RuleSetDefinition def = RuleSetLoader.read(dir, label, problems);
            if (def == null) {
                problems.forEach(p -> errors.add(p.toString()));
                continue;
            }
            List<String> failed = precompile(def, out);
            if (failed.isEmpty()) {
                refs.add(def.info().ref());
            } else {
                errors.addAll(failed);
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Cannot precompile the rule sets under " + root + ":\n  "
                    + String.join("\n  ", errors));
        }
        return refs;
    }

    /**
     * Generates one rule set's model into {@code out/<id>/<version>/}, replacing what was there.
     *
     * @param def the rule set
     * @param out the output directory
     * @return the compile errors (none when written)
     * @throws IOException if the output cannot be written
     */
    static List<String> precompile(RuleSetDefinition def, Path out) throws IOException {
        Path target = out.resolve(def.info().id()).resolve(def.info().version());
        Path existing = target.resolve(PrecompiledModel.INDEX);
        if (Files.isRegularFile(existing)) {
            // An incremental build: the model there was generated from these very files.
            Properties index = new Properties();
            try (var r = Files.newBufferedReader(existing, StandardCharsets.UTF_8)) {
                index.load(r);
            }
            if (PrecompiledModel.mismatch(index, def) == null && compiledAgainst().equals(index.getProperty(CLASSES))) {
                return List.of();
            }
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId rid = ks.newReleaseId("se.ioprules.precompiled", def.info().id(), def.info().version());
        kfs.generateAndWritePomXML(rid);
        // Drools builds large packages and externalises lambdas in parallel, numbering generated names in the order
        // threads finish; this option makes it number them in rule order, so two builds give the same classes.
        KieModuleModel kmodule = ks.newKieModuleModel();
        kmodule.setConfigurationProperty(REPRODUCIBLE, "true");
        kfs.writeKModuleXML(kmodule.toXML());
        restartGeneratedNames();
        def.drl().forEach((name, text) -> kfs.write("src/main/resources/"
                + se.ioprules.drools.RuleSetCompiler.packageFolder(text) + name, forExecutableModel(text)));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<String> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            errors.add(def.info().ref() + ": " + m.getPath() + ":" + m.getLine() + ": " + m.getText());
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        deleteTree(target);
        Files.createDirectories(target);
        TreeSet<String> models = new TreeSet<>();
        for (String file : new TreeSet<>(module.getFileNames())) {
            if (file.endsWith(".class")) {
                Path f = target.resolve(file);
                Files.createDirectories(f.getParent());
                Files.write(f, module.getBytes(file));
            } else if (file.endsWith("/drools-model")) {
                for (String line : new String(module.getBytes(file), StandardCharsets.UTF_8).split("\\R")) {
                    if (!line.isBlank() && !line.startsWith("Drools-Model-Version:")) {
                        models.add(line.strip());
                    }
                }
            }
        }
        if (models.isEmpty()) {
            return List.of(def.info().ref() + ": the executable-model build named no model class");
        }
        Properties index = new Properties();
        index.setProperty("format", PrecompiledModel.FORMAT);
        index.setProperty("ref", def.info().ref());
        index.setProperty("sha256", def.info().sha256());
        index.setProperty("drools", PrecompiledModel.droolsVersion());
        index.setProperty("models", String.join(",", models));
        index.setProperty(CLASSES, compiledAgainst());
        StringWriter w = new StringWriter();
        index.store(w, null);
        // Properties.store writes the date first: leave it out, so that two builds of the same files are identical.
        String text = w.toString().lines().filter(l -> !l.startsWith("#")).sorted()
                .reduce("", (a, l) -> a + l + "\n");
        Files.writeString(target.resolve(PrecompiledModel.INDEX), text, StandardCharsets.UTF_8);
        ks.getRepository().removeKieModule(rid);
        return List.of();
    }

    /**
     * The classes a model is compiled against: the fact model and API ({@code se.ioprules.api}) and the rule DSL
     * ({@code se.ioprules.drools.dsl}), the only packages rule files import. A model generated against other versions
     * of them may not link, or may index fact properties differently, so an incremental build regenerates it when
     * they change even if the rule files did not; {@code PrecompiledModelsUpToDateTest} fails a build that ships
     * such a model.
     *
     * @return SHA-256 over those packages' class files (name and bytes, in name order)
     * @throws IOException if a class file cannot be read
     */
    public static String compiledAgainst() throws IOException {
        java.security.MessageDigest md;
        try {
            md = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Class<?> anchor : List.of(se.ioprules.api.IopRules.class, se.ioprules.drools.dsl.Findings.class)) {
            String pkg = anchor.getPackageName().replace('.', '/') + "/";
            java.util.TreeMap<String, byte[]> classes = new java.util.TreeMap<>();
            Path source;
            try {
                source = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (java.net.URISyntaxException e) {
                throw new IOException(e);
            }
            if (Files.isDirectory(source)) {
                try (var s = Files.walk(source.resolve(pkg))) {
                    for (Path f : s.filter(Files::isRegularFile).toList()) {
                        String name = source.relativize(f).toString().replace('\\', '/');
                        if (name.endsWith(".class")) {
                            classes.put(name, Files.readAllBytes(f));
                        }
                    }
                }
            } else {
                try (var jar = new java.util.zip.ZipFile(source.toFile())) {
                    for (var e : java.util.Collections.list(jar.entries())) {
                        if (e.getName().startsWith(pkg) && e.getName().endsWith(".class")) {
                            try (var in = jar.getInputStream(e)) {
                                classes.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
            classes.forEach((name, bytes) -> {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(bytes);
            });
        }
        return java.util.HexFormat.of().formatHex(md.digest());
    }

    /**
     * Drools numbers generated pattern names with one counter per JVM ({@code org.drools.model.impl.NamesGenerator}),
     * so a model's bytes would depend on which rule sets were generated before it in the same process (an
     * incremental build regenerates only some). Restarting the counter before each rule set makes every model depend
     * on its own files only. Names need only be unique within one model: each loads in its own class loader.
     */
    private static void restartGeneratedNames() {
        try {
            java.lang.reflect.Field index = Class.forName("org.drools.model.impl.NamesGenerator").getDeclaredField("index");
            index.setAccessible(true);
            ((java.util.concurrent.atomic.AtomicInteger) index.get(null)).set(0);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("[iop-rules] warning: cannot restart Drools' name counter (" + e
                    + "); the generated models are valid, but may differ between builds");
        }
    }

    /** {@code drools} passed as an argument: not followed by '.', not part of a longer name or a package name. */
    private static final Pattern DROOLS_ARGUMENT = Pattern.compile("(?<![\\w.$])drools(?![\\w$]|\\s*\\.)");

    /**
     * Rules hand the rule context to the DSL as {@code out.indicate(drools, …)}. In a classic build {@code drools} is
     * a {@code RuleContext}; in the executable model it is the model's own {@code Drools} handle, which the DSL's
     * methods do not take, while {@code kcontext} is the rule context on both routes. So where {@code drools} is an
     * argument it becomes {@code kcontext} here: the same object, and the rule files stay as authors write them.
     *
     * @param drl a DRL file's text
     * @return the text given to the executable-model build
     */
    static String forExecutableModel(String drl) {
        return DROOLS_ARGUMENT.matcher(drl).replaceAll("kcontext");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

package se.ioprules.drools.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.api.RuleSetException;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetStatus;
import se.ioprules.drools.dsl.Messages;

/**
 * Reads rule sets laid out as {@code <root>/<id>/<version>/} with {@code manifest.properties}, one or more
 * {@code *.drl}, {@code messages_sv.properties}, {@code messages_en.properties} and optionally
 * {@code parameters.conf}, the criteria table {@code criteria.tsv} (see {@link CriterionTable}), data tables
 * {@code *.tsv} (see {@link TsvTables}) and {@code README.md}; other files and folders (such as the rule set's
 * {@code tests/}) are not read. A version whose manifest says {@code extends=<version>} holds only what it changes
 * and is composed with that sibling version first ({@link RuleSetOverlay}). The built-in rule sets live under {@value #CLASSPATH_ROOT} in the
 * content jar (iop-rules-rulesets), in the same layout.
 */
public final class RuleSetLoader {
    /** Classpath folder of the built-in rule sets. */
    public static final String CLASSPATH_ROOT = "iop-rules/rulesets";
    /** Required manifest keys. */
    public static final List<String> REQUIRED_KEYS = List.of("id", "version", "title", "issuer", "status");
    /** Rule-set ids and versions: letters, digits, '-' and '.', starting with a letter or digit (they name folders). */
    public static final java.util.regex.Pattern SAFE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,99}");
    /** The largest file a rule set may have; rule files are text of some kilobytes. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    /** The most a rule set's files may hold together. */
    public static final long MAX_RULE_SET_BYTES = 8L * 1024 * 1024;

    /**
     * @param name a file name in a rule-set folder
     * @return whether it is one of the files a rule set consists of (no other file is read)
     */
    public static boolean isRuleSetFile(String name) {
        return name.equals("manifest.properties") || name.equals("messages_sv.properties")
                || name.equals("messages_en.properties") || name.equals("parameters.conf") || name.equals("README.md")
                || name.endsWith(".drl") || name.endsWith(".tsv");
    }

    private RuleSetLoader() {
    }

    /** @return the built-in rule sets */
    public static List<RuleSetDefinition> builtIn() {
        return fromRoot(builtInRoot(), "classpath:");
    }

    /**
     * The built-in rule sets as an engine needs them at start: what their manifests say, with the content hash
     * recorded when their precompiled model was built (beside it, {@code model.properties}), and their files read
     * and checked only when a version is first used ({@link Deferred#definition()}). Reading and hashing all ten
     * versions was most of an engine's creation, and an evaluation uses three or four of them. A version without a
     * recorded hash is read whole here, as {@link #builtIn()} reads it.
     *
     * @return every built-in rule-set version
     * @throws RuleSetException with every problem of the versions read whole here
     */
    public static List<Deferred> builtInDeferred() {
        return deferred(builtInRoot());
    }

    /**
     * @param root a folder laid out as the class path's {@value #CLASSPATH_ROOT}, with the precompiled models'
     *     {@code model.properties} under its sibling {@code precompiled/<id>/<version>/}
     * @return its versions, as {@link #builtInDeferred()}
     */
    static List<Deferred> deferred(Path root) {
        List<Deferred> out = new ArrayList<>();
        List<RuleSetDiagnostic> problems = new ArrayList<>();
        for (Path dir : versionDirs(root)) {
            String location = "classpath:" + root.relativize(dir).toString().replace('\\', '/');
            RuleSetInfo info = indexedInfo(root, dir, location);
            if (info != null) {
                out.add(new Deferred(info, dir, location));
            } else {
                RuleSetDefinition def = read(dir, location, problems);
                if (def != null) {
                    out.add(Deferred.of(def));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException("Rule sets under " + root + " have problems", problems);
        }
        return out;
    }

    /**
     * A rule-set version whose files are read when first needed. Thread-safe: the files are read once.
     */
    public static final class Deferred {
        private final RuleSetInfo info;
        private final Path dir;
        private final String location;
        private volatile RuleSetDefinition definition;

        private Deferred(RuleSetInfo info, Path dir, String location) {
            this.info = info;
            this.dir = dir;
            this.location = location;
        }

        /**
         * @param definition a rule set already read
         * @return it, as a deferred one that has nothing left to read
         */
        public static Deferred of(RuleSetDefinition definition) {
            Deferred d = new Deferred(definition.info(), null, definition.info().location());
            d.definition = definition;
            return d;
        }

        /** @return what the manifest says, and the content hash */
        public RuleSetInfo info() {
            return info;
        }

        /**
         * @return the rule set, its files read now if they were not yet
         * @throws RuleSetException with every problem of its files
         */
        public RuleSetDefinition definition() {
            RuleSetDefinition d = definition;
            if (d == null) {
                synchronized (this) {
                    d = definition;
                    if (d == null) {
                        List<RuleSetDiagnostic> problems = new ArrayList<>();
                        d = read(dir, location, problems);
                        if (!problems.isEmpty() || d == null) {
                            throw new RuleSetException("Rule set " + info.ref() + " has problems", problems);
                        }
                        if (!d.info().equals(info)) {
                            // its files changed after the build: the hash differs, and so the model is not used
                            org.slf4j.LoggerFactory.getLogger(RuleSetLoader.class).warn("built-in rule set {} differs "
                                    + "from what was built (content hash {} recorded, {} now): rebuild iop-rules-rulesets",
                                    info.ref(), info.sha256(), d.info().sha256());
                        }
                        definition = d;
                    }
                }
            }
            return d;
        }
    }

    /**
     * The info of a built-in version from its manifest and criteria, with the hash recorded beside its precompiled
     * model; null when there is none, or anything is not as {@link #read} accepts it
     * (then the version is read whole, which reports the problems). Must give exactly what {@link #read} gives for
     * unchanged files (RuleSetIndexTest).
     */
    private static RuleSetInfo indexedInfo(Path root, Path dir, String location) {
        try {
            if (dir.getParent() == null || dir.getParent().getParent() == null
                    || !dir.getParent().getParent().equals(root)) {
                return null;
            }
            String id = dir.getParent().getFileName().toString();
            String version = dir.getFileName().toString();
            Path index = root.resolveSibling("precompiled").resolve(id).resolve(version).resolve("model.properties");
            if (!Files.isRegularFile(index)) {
                return null;
            }
            Properties model = new Properties();
            model.load(new StringReader(Files.readString(index, StandardCharsets.UTF_8)));
            String sha256 = model.getProperty("sha256");
            if (sha256 == null || !(id + "@" + version).equals(model.getProperty("ref"))) {
                return null;
            }
            List<RuleSetDiagnostic> problems = new ArrayList<>();
            Map<String, LineProperties.Entry> m = LineProperties.parse("manifest.properties",
                    RuleSetOverlay.composedKeyedFile(dir, "manifest.properties"), problems);
            if (!problems.isEmpty()) {
                return null;
            }
            boolean overlay = LineProperties.parse("manifest.properties", Files.readString(
                    dir.resolve("manifest.properties"), StandardCharsets.UTF_8), problems)
                    .containsKey(RuleSetOverlay.EXTENDS);
            for (String k : REQUIRED_KEYS) {
                if (!m.containsKey(k) || m.get(k).value().isBlank()) {
                    return null;
                }
            }
            if (!m.get("id").value().equals(id) || !m.get("version").value().equals(version)
                    || !SAFE_NAME.matcher(id).matches() || !SAFE_NAME.matcher(version).matches()) {
                return null;
            }
            RuleSetStatus status = RuleSetStatus.valueOf(m.get("status").value());
            LocalDate from = date(m, "effectiveFrom", "", problems);
            LocalDate to = date(m, "effectiveTo", "", problems);
            Map<String, String> sources = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (k.startsWith("source.")) {
                    sources.put(k.substring("source.".length()), v.value());
                }
            });
            List<String> requires = m.containsKey("requires") && !m.get("requires").value().isBlank()
                    ? Arrays.stream(m.get("requires").value().split(",")).map(String::strip).toList() : List.of();
            Map<String, se.ioprules.api.LocalizedText> titles;
            String criteriaText = RuleSetOverlay.composedKeyedFile(dir, CriterionTable.FILE);
            if (criteriaText != null) {
                CriterionTable criteria = CriterionTable.parse(CriterionTable.FILE, criteriaText, sources, problems);
                titles = criteria.present() ? criteria.titles() : null;
            } else if (overlay) {
                return null; // titles from messages composed over versions: read whole
            } else {
                Map<String, String> files = new HashMap<>();
                for (String name : List.of("messages_sv.properties", "messages_en.properties")) {
                    files.put(name, Files.readString(dir.resolve(name), StandardCharsets.UTF_8));
                }
                titles = criterionTitles(messages(files, "messages_sv.properties", "", problems),
                        messages(files, "messages_en.properties", "", problems));
            }
            boolean pathLike = sources.values().stream().anyMatch(v -> v.startsWith("/") || v.startsWith("file:")
                    || Arrays.asList(v.split("[/\\\\]")).contains(".."));
            if (!problems.isEmpty() || titles == null || sources.isEmpty() || pathLike
                    || (from != null && to != null && to.isBefore(from))
                    || (status != RuleSetStatus.DRAFT && from == null)) {
                return null;
            }
            return new RuleSetInfo(id, version, m.get("title").value(), m.get("issuer").value(), status, from, to,
                    sources, requires, sha256, location, m.containsKey("title.en") ? m.get("title.en").value() : null,
                    titles);
        } catch (IOException | RuntimeException e) {
            return null; // read whole instead, which reports what is wrong
        }
    }

    private static Path builtInRoot() {
        URL marker = RuleSetLoader.class.getClassLoader().getResource(CLASSPATH_ROOT + "/README.md");
        if (marker == null) {
            throw new RuleSetException("Inbyggda regelverk saknas på klassökvägen / Built-in rule sets not found on the classpath ("
                    + CLASSPATH_ROOT + "/README.md): add the dependency se.ioprules:iop-rules-rulesets, or load none "
                    + "(EngineOptions.withBuiltIn(false), command line --no-builtin)");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath(CLASSPATH_ROOT);
            }
            return Paths.get(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new RuleSetException("Cannot read built-in rule sets: " + e.getMessage());
        }
    }

    /**
     * @param root a directory with {@code <id>/<version>/} folders
     * @param label prefix for {@link RuleSetInfo#location()}
     * @return every rule set found
     * @throws RuleSetException with every problem if any rule set is malformed
     */
    public static List<RuleSetDefinition> fromRoot(Path root, String label) {
        if (!Files.isDirectory(root)) {
            throw new RuleSetException("Rule-set directory does not exist: " + root);
        }
        List<RuleSetDefinition> out = new ArrayList<>();
        List<RuleSetDiagnostic> problems = new ArrayList<>();
        // Versions are read independently, several at once (most of an engine's creation); results and problems
        // are then taken in folder order, as if read one after the other.
        record Read(RuleSetDefinition def, List<RuleSetDiagnostic> problems) {
        }
        List<Read> reads = versionDirs(root).parallelStream().map(dir -> {
            List<RuleSetDiagnostic> own = new ArrayList<>();
            return new Read(read(dir, label + root.relativize(dir).toString().replace('\\', '/'), own), own);
        }).toList();
        for (Read r : reads) {
            problems.addAll(r.problems());
            if (r.def() != null) {
                out.add(r.def());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException("Rule sets under " + root + " have problems", problems);
        }
        return out;
    }

    /**
     * @param root a rule-set root
     * @return every folder holding a manifest.properties, sorted
     */
    public static List<Path> versionDirs(Path root) {
        try (Stream<Path> s = Files.walk(root, 3)) {
            return s.filter(p -> p.getFileName() != null && p.getFileName().toString().equals("manifest.properties"))
                    .map(Path::getParent).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one rule-set version folder.
     *
     * @param dir the folder
     * @param location label for {@link RuleSetInfo#location()}
     * @param problems receives every problem found
     * @return the definition, or null if it is unusable
     */
    public static RuleSetDefinition read(Path dir, String location, List<RuleSetDiagnostic> problems) {
        String prefix = location.replaceFirst("^classpath:", "") + "/";
        int before = problems.size();
        Map<String, String> files = composedFiles(dir, prefix, problems);
        if (files == null) {
            return null;
        }
        String manifestFile = prefix + "manifest.properties";
        Map<String, LineProperties.Entry> m = LineProperties.parse(manifestFile, files.get("manifest.properties"), problems);
        for (String k : REQUIRED_KEYS) {
            if (!m.containsKey(k) || m.get(k).value().isBlank()) {
                problems.add(new RuleSetDiagnostic(manifestFile, 1, 1, "error", "manifest lacks '" + k + "'"));
            }
        }
        Map<String, Integer> lines = new HashMap<>();
        m.forEach((k, v) -> lines.put(k, v.line()));
        RuleSetStatus status = null;
        if (m.containsKey("status")) {
            try {
                status = RuleSetStatus.valueOf(m.get("status").value());
            } catch (IllegalArgumentException e) {
                problems.add(new RuleSetDiagnostic(manifestFile, m.get("status").line(), 1, "error", "status '"
                        + m.get("status").value() + "' is not one of " + Arrays.toString(RuleSetStatus.values())));
            }
        }
        LocalDate from = date(m, "effectiveFrom", manifestFile, problems);
        LocalDate to = date(m, "effectiveTo", manifestFile, problems);
        if (status != null && status != RuleSetStatus.DRAFT && from == null) {
            problems.add(new RuleSetDiagnostic(manifestFile, 1, 1, "error", "manifest lacks 'effectiveFrom' (only a DRAFT may omit it)"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new RuleSetDiagnostic(manifestFile, m.get("effectiveTo").line(), 1, "error", "effectiveTo is before effectiveFrom"));
        }
        Map<String, String> sources = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (k.startsWith("source.")) {
                sources.put(k.substring("source.".length()), v.value());
            }
        });
        if (sources.isEmpty()) {
            problems.add(new RuleSetDiagnostic(manifestFile, 1, 1, "error", "manifest declares no source documents (source.<KEY>=<document>)"));
        }
        List<String> requires = m.containsKey("requires") && !m.get("requires").value().isBlank()
                ? Arrays.stream(m.get("requires").value().split(",")).map(String::strip).toList() : List.of();
        TreeMap<String, String> drl = new TreeMap<>();
        files.forEach((name, content) -> {
            if (name.endsWith(".drl")) {
                drl.put(name, content);
            }
        });
        if (drl.isEmpty()) {
            problems.add(new RuleSetDiagnostic(prefix, 0, 0, "error", "no .drl file"));
        }
        Map<String, String> sv = messages(files, "messages_sv.properties", prefix, problems);
        Map<String, String> en = messages(files, "messages_en.properties", prefix, problems);
        ParameterTable params = files.containsKey("parameters.conf")
                ? ParameterTable.parse(prefix + "parameters.conf", files.get("parameters.conf"), problems)
                : ParameterTable.EMPTY;
        TreeMap<String, se.ioprules.drools.dsl.DataTable> tables = new TreeMap<>();
        CriterionTable criteria = files.containsKey(CriterionTable.FILE)
                ? CriterionTable.parse(prefix + CriterionTable.FILE, files.get(CriterionTable.FILE), sources, problems)
                : CriterionTable.NONE;
        files.forEach((name, content) -> {
            if (name.endsWith(".tsv") && !name.equals(CriterionTable.FILE)) {
                String table = name.substring(0, name.length() - ".tsv".length());
                var t = TsvTables.parse(prefix + name, table, content, problems);
                if (t != null) {
                    if (se.ioprules.drools.dsl.TermScanner.isTermTable(t)) {
                        problems.addAll(se.ioprules.drools.dsl.TermScanner.check(t));
                    }
                    tables.put(table, t);
                }
            }
        });
        if (problems.size() > before || status == null) {
            return null;
        }
        String id = m.get("id").value();
        String version = m.get("version").value();
        boolean unsafe = false;
        for (String key : List.of("id", "version")) {
            String v = m.get(key).value();
            if (!SAFE_NAME.matcher(v).matches()) {
                problems.add(new RuleSetDiagnostic(manifestFile, m.get(key).line(), 1, "error", key + " '" + v
                        + "' may contain only letters, digits, '-' and '.' (at most 100, starting with a letter or "
                        + "digit): it names the rule set's folder"));
                unsafe = true;
            }
        }
        for (var e : m.entrySet()) {
            String v = e.getValue().value();
            if (e.getKey().startsWith("source.") && (v.startsWith("/") || v.startsWith("file:")
                    || java.util.Arrays.asList(v.split("[/\\\\]")).contains(".."))) {
                problems.add(new RuleSetDiagnostic(manifestFile, e.getValue().line(), 1, "error", e.getKey() + " '" + v
                        + "' looks like a file path: a source names a document (title, or a web address); "
                        + "iop-rules reads no file that a manifest names"));
                unsafe = true;
            }
        }
        if (unsafe) {
            return null;
        }
        String expected = id + "/" + version;
        if (!dir.toString().replace('\\', '/').endsWith(expected)) {
            problems.add(new RuleSetDiagnostic(manifestFile, m.get("id").line(), 1, "error",
                    "folder must be <id>/<version> = " + expected));
            return null;
        }
        RuleSetInfo info = new RuleSetInfo(id, version, m.get("title").value(), m.get("issuer").value(), status, from, to,
                sources, requires, hash(files), location,
                m.containsKey("title.en") ? m.get("title.en").value() : null,
                criteria.present() ? criteria.titles() : criterionTitles(sv, en));
        return new RuleSetDefinition(info, drl, new Messages(sv, en), params, lines, tables, criteria);
    }

    /**
     * Reads the files a rule set consists of ({@link #isRuleSetFile}), within the size limits; a symbolic link is
     * followed only when it stays inside the rule-set folder.
     *
     * @param dir a rule-set version folder
     * @param prefix shown before file names in problems
     * @param problems receives what is refused
     * @return file name to text, or null (with a problem) if the folder cannot be read
     */
    public static Map<String, String> readFiles(Path dir, String prefix, List<RuleSetDiagnostic> problems) {
        Map<String, String> files = new TreeMap<>();
        long total = 0;
        try (Stream<Path> s = Files.list(dir)) {
            Path real = "file".equals(dir.getFileSystem().provider().getScheme()) ? dir.toRealPath() : null;
            for (Path f : s.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!isRuleSetFile(name)) {
                    continue;
                }
                if (Files.isSymbolicLink(f) && real != null && !f.toRealPath().startsWith(real)) {
                    problems.add(new RuleSetDiagnostic(prefix + name, 0, 0, "error", "is a symbolic link to "
                            + f.toRealPath() + ", outside the rule-set folder: refused (copy the file into the folder)"));
                    continue;
                }
                if (!Files.isRegularFile(f)) {
                    continue;
                }
                long size = Files.size(f);
                total += size;
                if (size > MAX_FILE_BYTES) {
                    problems.add(new RuleSetDiagnostic(prefix + name, 0, 0, "error", "has " + size + " bytes; a rule-set "
                            + "file may have at most " + MAX_FILE_BYTES + ""));
                    continue;
                }
                if (total > MAX_RULE_SET_BYTES) {
                    problems.add(new RuleSetDiagnostic(prefix, 0, 0, "error", "the rule set's files hold more than "
                            + MAX_RULE_SET_BYTES + " bytes together"));
                    return null;
                }
                files.put(name, Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new RuleSetDiagnostic(prefix, 0, 0, "error", "cannot read: " + e.getMessage()));
            return null;
        }
        return files;
    }

    /**
     * Reads a version folder's files and, when its manifest says {@code extends=<version>}, composes them with that
     * sibling version's (see {@link RuleSetOverlay}): what every reader of a rule set (loader, hash, precompiler,
     * linter) must see.
     *
     * @param dir a rule-set version folder
     * @param prefix shown before file names in problems
     * @param problems receives what is refused
     * @return file name to text of the complete rule set, or null (with a problem)
     */
    public static Map<String, String> composedFiles(Path dir, String prefix, List<RuleSetDiagnostic> problems) {
        Map<String, String> files = readFiles(dir, prefix, problems);
        return files == null ? null : RuleSetOverlay.compose(dir, files, prefix, problems);
    }

    /** Criterion titles from the {@code <criterion>.title} messages; English falls back to Swedish. */
    private static Map<String, se.ioprules.api.LocalizedText> criterionTitles(Map<String, String> sv, Map<String, String> en) {
        Map<String, se.ioprules.api.LocalizedText> out = new TreeMap<>();
        sv.forEach((key, text) -> {
            if (key.endsWith(".title")) {
                String criterion = key.substring(0, key.length() - ".title".length());
                out.put(criterion, new se.ioprules.api.LocalizedText(text, en.getOrDefault(key, text)));
            }
        });
        return out;
    }

    private static LocalDate date(Map<String, LineProperties.Entry> m, String key, String file, List<RuleSetDiagnostic> problems) {
        LineProperties.Entry e = m.get(key);
        if (e == null || e.value().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(e.value());
        } catch (DateTimeParseException ex) {
            problems.add(new RuleSetDiagnostic(file, e.line(), 1, "error", key + " '" + e.value() + "' is not a date (yyyy-mm-dd)"));
            return null;
        }
    }

    private static Map<String, String> messages(Map<String, String> files, String name, String prefix,
            List<RuleSetDiagnostic> problems) {
        String text = files.get(name);
        if (text == null) {
            problems.add(new RuleSetDiagnostic(prefix + name, 0, 0, "error", "missing message file"));
            return Map.of();
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new RuleSetDiagnostic(prefix + name, 0, 0, "error", e.getMessage()));
        }
        Map<String, String> out = new HashMap<>();
        p.forEach((k, v) -> out.put(k.toString(), v.toString()));
        return out;
    }

    private static String hash(Map<String, String> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : files.entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package se.ioprules.drools.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ioprules.api.RuleSetDiagnostic;

/**
 * A version that states only what it changes against the one it supersedes ({@code extends=<version>} in its
 * manifest, the base being the sibling folder {@code <id>/<version>}). The overlay is composed with its base into
 * the files of a complete rule set, as text, before anything parses them: the loader, the content hash, the
 * precompiler and the linter then see one ordinary rule set, and a fix in the base reaches every version built on it.
 * <ul>
 * <li>{@code *.drl}: a rule in the overlay replaces the base's rule of the same name; {@code removes=name|name}
 * drops base rules. A base rule taken out becomes blank lines, so the base file's line numbers stay right. An
 * overlay DRL file with a base file's name replaces that file whole.</li>
 * <li>{@code manifest.properties}, {@code messages_*.properties}, {@code parameters.conf}: override by key
 * ({@code extends} and {@code removes} are not inherited).</li>
 * <li>{@code criteria.tsv}: rows override by criterion (in the base's place); new rows follow the base's.</li>
 * <li>other {@code *.tsv} data tables: the overlay's file replaces the base's.</li>
 * <li>{@code README.md}: the overlay's own (the reading of what changed); never inherited.</li>
 * </ul>
 */
final class RuleSetOverlay {
    static final String EXTENDS = "extends";
    static final String REMOVES = "removes";
    /** A chain longer than this is almost certainly a cycle. */
    private static final int MAX_DEPTH = 8;
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");

    private RuleSetOverlay() {
    }

    /**
     * @param dir the version folder whose files were read
     * @param files its files (name to text)
     * @param prefix shown before file names in problems
     * @param problems receives an unknown base, a cycle, a removed rule the base lacks
     * @return the composed files, the same map when the version extends nothing, or null after a problem
     */
    static Map<String, String> compose(Path dir, Map<String, String> files, String prefix, List<RuleSetDiagnostic> problems) {
        return compose(dir, files, prefix, problems, 0);
    }

    private static Map<String, String> compose(Path dir, Map<String, String> files, String prefix,
            List<RuleSetDiagnostic> problems, int depth) {
        String manifestFile = prefix + "manifest.properties";
        Map<String, LineProperties.Entry> m = LineProperties.parse(manifestFile, files.getOrDefault("manifest.properties", ""),
                new ArrayList<>());
        LineProperties.Entry ext = m.get(EXTENDS);
        if (ext == null) {
            return files;
        }
        String base = ext.value();
        Path baseDir = dir.getParent() == null ? null : dir.getParent().resolve(base);
        if (!RuleSetLoader.SAFE_NAME.matcher(base).matches() || baseDir == null
                || !Files.isRegularFile(baseDir.resolve("manifest.properties"))) {
            problems.add(new RuleSetDiagnostic(manifestFile, ext.line(), 1, "error", "extends '" + base
                    + "': no such version of this rule set (expected the sibling folder " + base + "/ with a manifest)"));
            return null;
        }
        if (Files.isSymbolicLink(baseDir)) {
            // The loader never follows a linked version folder (Files.walk), so extends must not either.
            problems.add(new RuleSetDiagnostic(manifestFile, ext.line(), 1, "error", "extends '" + base
                    + "': the folder is a symbolic link, refused (copy the version into the rule set's folder)"));
            return null;
        }
        if (depth >= MAX_DEPTH) {
            problems.add(new RuleSetDiagnostic(manifestFile, ext.line(), 1, "error", "extends '" + base
                    + "': the chain of versions is longer than " + MAX_DEPTH + " (a cycle?)"));
            return null;
        }
        String basePrefix = prefix.replaceFirst("[^/]+/$", "") + base + "/";
        Map<String, String> baseOwn = RuleSetLoader.readFiles(baseDir, basePrefix, problems);
        Map<String, String> baseFiles = baseOwn == null ? null : compose(baseDir, baseOwn, basePrefix, problems, depth + 1);
        if (baseFiles == null) {
            return null;
        }
        Set<String> baseRules = new LinkedHashSet<>();
        baseFiles.forEach((name, text) -> {
            if (name.endsWith(".drl") && !files.containsKey(name)) {
                baseRules.addAll(ruleNames(text));
            }
        });
        // Rules that replace a base rule move into its place (with the new rules written right after them), so the
        // composed rule set declares its rules in the order a full copy would: the order they fire and findings list.
        Map<String, String> own = new TreeMap<>(files);
        Map<String, StringBuilder> spliced = new LinkedHashMap<>();
        files.forEach((name, text) -> {
            if (name.endsWith(".drl") && !baseFiles.containsKey(name)) {
                own.put(name, moveReplacing(text, baseRules, spliced));
            }
        });
        Set<String> removed = new LinkedHashSet<>();
        LineProperties.Entry rem = m.get(REMOVES);
        if (rem != null) {
            for (String r : rem.value().split("\\|")) {
                if (!r.isBlank()) {
                    removed.add(r.strip());
                }
            }
        }
        for (String r : removed) {
            if (!baseRules.contains(r)) {
                problems.add(new RuleSetDiagnostic(manifestFile, rem.line(), 1, "error", "removes rule \"" + r
                        + "\", which version " + base + " does not have"));
            }
            if (spliced.containsKey(r)) {
                problems.add(new RuleSetDiagnostic(manifestFile, rem.line(), 1, "error", "removes rule \"" + r
                        + "\" and also defines it: one or the other"));
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (var e : baseFiles.entrySet()) {
            String name = e.getKey();
            String text = e.getValue();
            if (name.equals("README.md") || files.containsKey(name) && !isKeyed(name)) {
                continue;
            }
            out.put(name, name.endsWith(".drl") ? replaceRules(text, spliced, removed) : text);
        }
        for (var e : own.entrySet()) {
            String name = e.getKey();
            String text = e.getValue();
            String inherited = out.get(name);
            if (inherited == null || !isKeyed(name)) {
                out.put(name, text);
            } else if (name.equals(CriterionTable.FILE)) {
                out.put(name, mergeRows(inherited, text));
            } else {
                out.put(name, mergeKeys(text, inherited, name.equals("manifest.properties")));
            }
        }
        return out;
    }

    /**
     * The composed text of one keyed file ({@code manifest.properties}, {@code criteria.tsv}) of a version, as
     * {@link #compose} gives it, without reading the version's other files: what an engine needs of a built-in version
     * at start ({@link RuleSetLoader#builtInDeferred}).
     *
     * @param dir a version folder
     * @param name the keyed file
     * @return its composed text, or null when neither the version nor what it extends has it
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException if the versions it extends cannot be followed ({@link #compose} says why)
     */
    static String composedKeyedFile(Path dir, String name) throws java.io.IOException {
        return composedKeyedFile(dir, name, 0);
    }

    private static String composedKeyedFile(Path dir, String name, int depth) throws java.io.IOException {
        Path file = dir.resolve(name);
        String own = Files.isRegularFile(file) ? Files.readString(file, java.nio.charset.StandardCharsets.UTF_8) : null;
        Map<String, LineProperties.Entry> m = LineProperties.parse("manifest.properties",
                Files.readString(dir.resolve("manifest.properties"), java.nio.charset.StandardCharsets.UTF_8),
                new ArrayList<>());
        LineProperties.Entry ext = m.get(EXTENDS);
        if (ext == null) {
            return own;
        }
        Path baseDir = dir.getParent() == null ? null : dir.getParent().resolve(ext.value());
        if (depth >= MAX_DEPTH || !RuleSetLoader.SAFE_NAME.matcher(ext.value()).matches() || baseDir == null
                || !Files.isRegularFile(baseDir.resolve("manifest.properties")) || Files.isSymbolicLink(baseDir)) {
            throw new IllegalArgumentException("extends " + ext.value());
        }
        String inherited = composedKeyedFile(baseDir, name, depth + 1);
        if (inherited == null || own == null) {
            return own == null ? inherited : own;
        }
        return name.equals(CriterionTable.FILE) ? mergeRows(inherited, own)
                : mergeKeys(own, inherited, name.equals("manifest.properties"));
    }

    /** @return whether the file is composed entry by entry rather than replaced whole */
    private static boolean isKeyed(String name) {
        return name.endsWith(".properties") || name.equals("parameters.conf") || name.equals(CriterionTable.FILE);
    }

    /** @return the names of the rules a DRL text declares, in order */
    static List<String> ruleNames(String drl) {
        List<String> out = new ArrayList<>();
        for (String line : drl.split("\r?\n", -1)) {
            Matcher r = RULE.matcher(line);
            if (r.find()) {
                out.add(r.group(1));
            }
        }
        return out;
    }

    /**
     * Takes out of an overlay DRL file each rule that replaces a base rule, and each new rule written right after
     * one (only blank and comment lines between), into {@code spliced} under the base rule's name; they leave blank
     * lines, so the file's other rules keep their line numbers.
     */
    private static String moveReplacing(String drl, Set<String> baseRules, Map<String, StringBuilder> spliced) {
        String[] lines = drl.split("\r?\n", -1);
        String anchor = null;
        boolean adjacent = false;
        for (int i = 0; i < lines.length; i++) {
            Matcher r = RULE.matcher(lines[i]);
            if (!r.find()) {
                String t = lines[i].strip();
                adjacent &= t.isEmpty() || t.startsWith("//");
                continue;
            }
            String name = r.group(1);
            if (baseRules.contains(name)) {
                anchor = name;
                spliced.computeIfAbsent(name, k -> new StringBuilder());
            } else if (anchor == null || !adjacent) {
                anchor = null;
                adjacent = false;
                continue;
            }
            StringBuilder sb = spliced.get(anchor);
            for (; i < lines.length; i++) {
                sb.append(lines[i]).append('\n');
                boolean last = END.matcher(lines[i]).matches();
                lines[i] = "";
                if (last) {
                    break;
                }
            }
            sb.append('\n');
            adjacent = true;
        }
        return String.join("\n", lines);
    }

    /** The base DRL with each rule in {@code spliced} replaced by its text and each removed rule blanked. */
    private static String replaceRules(String drl, Map<String, StringBuilder> spliced, Set<String> removed) {
        String[] lines = drl.split("\r?\n", -1);
        List<String> out = new ArrayList<>();
        String skipping = null;
        for (String line : lines) {
            Matcher r = RULE.matcher(line);
            if (skipping == null && r.find() && (spliced.containsKey(r.group(1)) || removed.contains(r.group(1)))) {
                skipping = r.group(1);
            }
            if (skipping == null) {
                out.add(line);
                continue;
            }
            if (END.matcher(line).matches()) {
                StringBuilder with = spliced.get(skipping);
                if (with != null) {
                    String t = with.toString().stripTrailing();
                    out.add(t);
                } else {
                    out.add("");
                }
                skipping = null;
            } else if (!spliced.containsKey(skipping)) {
                out.add("");
            }
        }
        return String.join("\n", out);
    }

    /** The key of a properties-like line, or null for comments, blanks and continuations. */
    private static String key(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#") || s.startsWith("!")) {
            return null;
        }
        int eq = s.indexOf('=');
        return eq <= 0 ? null : s.substring(0, eq).strip();
    }

    /**
     * The overlay's lines first (so problems name their real line numbers), then the base's entries the overlay does
     * not set. Later Properties keys would win anyway, but the manifest and parameter parsers refuse duplicates.
     */
    private static String mergeKeys(String own, String inherited, boolean manifest) {
        Set<String> ownKeys = new LinkedHashSet<>();
        for (String line : own.split("\r?\n", -1)) {
            String k = key(line);
            if (k != null) {
                ownKeys.add(k);
            }
        }
        StringBuilder sb = new StringBuilder(own);
        if (!own.endsWith("\n")) {
            sb.append('\n');
        }
        for (String line : inherited.split("\r?\n", -1)) {
            String k = key(line);
            if (k != null && !ownKeys.contains(k) && !(manifest && (k.equals(EXTENDS) || k.equals(REMOVES)))) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** The base's rows with the overlay's replacing those of the same criterion, then the overlay's new rows. */
    private static String mergeRows(String inherited, String own) {
        Map<String, String> ownRows = new LinkedHashMap<>();
        boolean header = true;
        for (String line : own.split("\r?\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            ownRows.put(line.split("\t", -1)[0].strip(), line);
        }
        StringBuilder sb = new StringBuilder();
        header = true;
        for (String line : inherited.split("\r?\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String id = line.split("\t", -1)[0].strip();
            sb.append(!header && ownRows.containsKey(id) ? ownRows.remove(id) : line).append('\n');
            header = false;
        }
        ownRows.values().forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }
}

package se.ioprules.authoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ioprules.api.CriterionKind;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.api.RuleSetException;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.facts.Derived;
import se.ioprules.api.facts.FactPaths;
import se.ioprules.api.facts.Partnership;
import se.ioprules.drools.CompiledRuleSet;
import se.ioprules.drools.RuleSetCompiler;
import se.ioprules.drools.dsl.RuleMeta;
import se.ioprules.drools.load.LineProperties;
import se.ioprules.drools.load.RuleCodeSafety;
import se.ioprules.drools.load.RuleSetDefinition;
import se.ioprules.drools.load.RuleSetLoader;

/**
 * Checks a rule-set directory (same layout as the built-in rule sets: {@code <id>/<version>/manifest.properties …})
 * and reports every problem as {@code file:line:column: message}:
 * <ul>
 *   <li>manifest: missing or malformed fields (id, version, title, issuer, status, dates, sources), a folder that is not
 *       {@code <id>/<version>}, {@code requires} naming an unknown rule set, effective periods overlapping another
 *       version of the same id (an open-ended older version is superseded by the newer one's effectiveFrom, which is
 *       not an overlap; an explicit effectiveTo reaching past it, or two versions starting the same day, is);</li>
 *   <li>parameters: lines without a source, malformed names, dates and values; parameters read in DRL
 *       ({@code $p.intValue("x")}) or cited ({@code param.x}) but not declared;</li>
 *   <li>DRL: syntax and type errors from Drools (unknown fields in patterns), with the position Drools gives;</li>
 *   <li>rule metadata: missing {@code @criterion}/{@code @kind}/{@code @source}, malformed values, source keys
 *       not declared in the manifest, one criterion with two kinds, criterion ids used by another rule set;</li>
 *   <li>{@code out.*(...)} calls: unknown method, fact paths that do not resolve (partnership paths via
 *       {@link FactPaths#typeOf}, {@code derived.*}, {@code param.*}, {@code conclusion.*} of this or a required rule
 *       set), message keys missing in either language;</li>
 *   <li>messages: {@code {placeholders}} that do not resolve, criteria without a {@code .title} in both languages,
 *       and (warning) messages no rule uses;</li>
 *   <li>safety ({@link RuleCodeSafety}): code beyond the rule DSL and pure operations, which the engine refuses to
 *       load unless trusted (then a warning); unsafe ids, path-like sources, links leaving the folder, oversized
 *       files (from the loader); an external version of a built-in id (a warning when superseding is allowed).</li>
 * </ul>
 * The built-in rule sets (and any other directories given) are the context: {@code requires}, overlaps and duplicate
 * criterion ids are checked against them too.
 */
public final class RuleSetLinter {
    private static final Pattern CRITERION_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MESSAGE_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.\\[\\]-]+)}");
    private static final Set<String> ELEMENT_CONCLUSIONS = Set.of("MET", "NOT_MET", "UNKNOWN", "CONTESTED");
    /**
     * The closed set of conclusions a finding may carry (besides none, ""), documented in the rule sets' README:
     * elements of a legal test, the two aggregate tests, whether a rule applies, and the state of a remedy. A new
     * value needs its words in {@code value-labels.properties} and the report, so the linter rejects any other.
     */
    static final Set<String> CONCLUSIONS = Set.of("MET", "NOT_MET", "CONTESTED", "UNKNOWN",
            "PUBLIC_CONTRACT", "NOT_PUBLIC_CONTRACT", "STATE_AID", "NOT_STATE_AID",
            "APPLIES", "DOES_NOT_APPLY", "NOT_NEEDED", "EXCLUDED",
            "REMEDIATED", "IN_PROGRESS", "COMPLETED", "NONE");
    /** A conclusion word a manifest may declare: capitals, digits and underscores, as the built-in ones. */
    private static final Pattern CONCLUSION_WORD = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** A score, "<n>/<of>" (the literal part of {@code $n + "/12"} reads {@code x/12}). */
    private static final Pattern SCORE_CONCLUSION = Pattern.compile("(x|[0-9]+)/[0-9]+");
    /** Methods whose argument 2 is a conclusion. */
    private static final Set<String> CONCLUSION_AT_2 = Set.of("conclude", "report", "aggregate");

    private final boolean includeBuiltIn;
    private final List<Path> contextDirs;
    private final boolean trustRuleCode;
    private final boolean allowSupersedingBuiltIn;

    /**
     * @param includeBuiltIn whether the built-in rule sets form part of the context
     * @param contextDirs other rule-set directories loaded alongside (e.g. the CLI's {@code --rules-dir})
     */
    public RuleSetLinter(boolean includeBuiltIn, List<Path> contextDirs) {
        this(includeBuiltIn, contextDirs, false, false);
    }

    /**
     * @param includeBuiltIn whether the built-in rule sets form part of the context
     * @param contextDirs other rule-set directories loaded alongside (e.g. the CLI's {@code --rules-dir})
     * @param trustRuleCode whether the code will be trusted (the safety check then warns instead of failing)
     * @param allowSupersedingBuiltIn whether superseding a built-in rule set is intended (then a warning)
     */
    public RuleSetLinter(boolean includeBuiltIn, List<Path> contextDirs, boolean trustRuleCode,
            boolean allowSupersedingBuiltIn) {
        this.includeBuiltIn = includeBuiltIn;
        this.contextDirs = List.copyOf(contextDirs);
        this.trustRuleCode = trustRuleCode;
        this.allowSupersedingBuiltIn = allowSupersedingBuiltIn;
    }

    /** A linter with the built-in rule sets as context. */
    public RuleSetLinter() {
        this(true, List.of());
    }

    /** What is known of one rule-set version, linted or from the context. */
    private static final class Unit {
        String id;
        String version;
        boolean draft;
        LocalDate from;
        LocalDate to;
        List<String> requires = List.of();
        /** Conclusion words this rule set adds to {@link #CONCLUSIONS} (manifest key {@code conclusions}). */
        Set<String> ownConclusions = Set.of();
        String sha;
        String prefix;
        boolean linted;
        Map<String, String> files = new TreeMap<>();
        Map<String, LineProperties.Entry> manifest = Map.of();
        Map<String, List<DrlScan.RuleDecl>> rules = new TreeMap<>();
        RuleSetDefinition def;

        String ref() {
            return id + "@" + version;
        }

        Set<String> criteria() {
            Set<String> out = new LinkedHashSet<>();
            rules.values().forEach(rs -> rs.forEach(r -> {
                if (r.criterion() != null) {
                    out.add(r.criterion());
                }
            }));
            return out;
        }
    }

    /**
     * @param dir a rule-set directory
     * @return every problem found
     */
    public LintReport check(Path dir) {
        List<RuleSetDiagnostic> out = new ArrayList<>();
        String label = dir.toString().replace('\\', '/').replaceAll("/+$", "");
        if (!Files.isDirectory(dir)) {
            out.add(new RuleSetDiagnostic(label, 0, 0, "error", "not a directory"));
            return new LintReport(out, List.of());
        }
        List<Unit> linted = new ArrayList<>();
        for (Path vdir : RuleSetLoader.versionDirs(dir)) {
            String rel = dir.relativize(vdir).toString().replace('\\', '/');
            linted.add(read(vdir, rel.isEmpty() ? label : label + "/" + rel, out));
        }
        if (linted.isEmpty()) {
            out.add(new RuleSetDiagnostic(label, 0, 0, "error",
                    "no rule set found: expected <id>/<version>/manifest.properties"));
        }
        List<Unit> context = context(linted, out);
        List<Unit> all = new ArrayList<>(linted);
        all.addAll(context);
        for (Unit u : linted) {
            lintUnit(u, all, out);
        }
        checkOverlaps(linted, all, out);
        checkDuplicateCriteria(linted, all, out);
        checkBibliography(dir, label, linted, out);
        List<RuleSetInfo> infos = linted.stream().filter(u -> u.def != null).map(u -> u.def.info()).toList();
        return new LintReport(dedupe(out), infos);
    }

    /** The file at the root of a rule-set directory that lists its source documents once (the built-in one has it). */
    public static final String BIBLIOGRAPHY = "bibliography.tsv";

    /**
     * With a bibliography at the root, every source key a manifest declares must be listed there, under the same
     * title: one title per key across the rule sets (rules and criteria tables cite only keys their manifest declares,
     * which the loader and compiler check).
     */
    private static void checkBibliography(Path dir, String label, List<Unit> linted, List<RuleSetDiagnostic> out) {
        Path file = dir.resolve(BIBLIOGRAPHY);
        if (!Files.isRegularFile(file)) {
            return;
        }
        String shown = label + "/" + BIBLIOGRAPHY;
        se.ioprules.drools.dsl.DataTable t;
        try {
            t = se.ioprules.drools.load.TsvTables.parse(shown, "bibliography", Files.readString(file), out);
        } catch (java.io.IOException e) {
            out.add(new RuleSetDiagnostic(shown, 0, 0, "error", "cannot read: " + e.getMessage()));
            return;
        }
        if (t == null) {
            return;
        }
        if (!t.hasColumn("key") || !t.hasColumn("title")) {
            out.add(new RuleSetDiagnostic(shown, 0, 0, "error", "needs the columns key and title"));
            return;
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (int i = 0; i < t.size(); i++) {
            if (titles.put(t.cell(i, "key"), t.cell(i, "title")) != null) {
                out.add(new RuleSetDiagnostic(shown, t.lines().get(i), 1, "error", "key " + t.cell(i, "key") + " is listed twice"));
            }
        }
        for (Unit u : linted) {
            u.manifest.forEach((k, v) -> {
                if (!k.startsWith("source.")) {
                    return;
                }
                String key = k.substring(7);
                String title = titles.get(key);
                if (title == null) {
                    out.add(new RuleSetDiagnostic(u.prefix + "manifest.properties", v.line(), 1, "error", "source key " + key
                            + " is not in " + shown + ": add it there (key, kind, title, link) and cite it by that key"));
                } else if (!title.equals(v.value())) {
                    out.add(new RuleSetDiagnostic(u.prefix + "manifest.properties", v.line(), 1, "error", "source " + key
                            + " has another title here than in " + shown + " (\"" + title + "\"): one title per key"));
                }
            });
        }
    }

    private static List<RuleSetDiagnostic> dedupe(List<RuleSetDiagnostic> in) {
        return List.copyOf(new LinkedHashSet<>(in));
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    private Unit read(Path vdir, String location, List<RuleSetDiagnostic> out) {
        Unit u = new Unit();
        u.linted = true;
        u.prefix = location + "/";
        // Only the files a rule set consists of, within the size limits and the folder (the loader reports
        // what it refuses); an overlay version composed with its base, as the loader sees it.
        Map<String, String> files = RuleSetLoader.composedFiles(vdir, u.prefix, new ArrayList<>());
        if (files != null) {
            u.files.putAll(files);
        }
        u.def = RuleSetLoader.read(vdir, location, out);
        u.manifest = LineProperties.parse(u.prefix + "manifest.properties", u.files.getOrDefault("manifest.properties", ""),
                new ArrayList<>());
        u.id = value(u.manifest, "id");
        u.version = value(u.manifest, "version");
        u.draft = "DRAFT".equals(value(u.manifest, "status"));
        u.from = date(value(u.manifest, "effectiveFrom"));
        u.to = date(value(u.manifest, "effectiveTo"));
        String req = value(u.manifest, "requires");
        u.requires = req == null ? List.of() : Arrays.stream(req.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        u.sha = u.def == null ? null : u.def.info().sha256();
        u.files.forEach((name, text) -> {
            if (name.endsWith(".drl")) {
                u.rules.put(name, DrlScan.rules(text));
            }
        });
        return u;
    }

    private static Unit fromDefinition(RuleSetDefinition def) {
        Unit u = new Unit();
        RuleSetInfo i = def.info();
        u.id = i.id();
        u.version = i.version();
        u.draft = i.status() == se.ioprules.api.RuleSetStatus.DRAFT;
        u.from = i.effectiveFrom();
        u.to = i.effectiveTo();
        u.requires = i.requires();
        u.sha = i.sha256();
        u.prefix = i.location() + "/";
        u.def = def;
        def.drl().forEach((name, text) -> u.rules.put(name, DrlScan.rules(text)));
        return u;
    }

    private List<Unit> context(List<Unit> linted, List<RuleSetDiagnostic> out) {
        List<RuleSetDefinition> defs = new ArrayList<>();
        if (includeBuiltIn) {
            defs.addAll(RuleSetLoader.builtIn());
        }
        for (Path d : contextDirs) {
            for (Path vdir : RuleSetLoader.versionDirs(d)) {
                RuleSetDefinition def = RuleSetLoader.read(vdir, d + "/" + d.relativize(vdir), new ArrayList<>());
                if (def != null) {
                    defs.add(def);
                }
            }
        }
        List<Unit> ctx = new ArrayList<>();
        Map<String, String> builtIn = new TreeMap<>();
        defs.stream().filter(d -> d.info().location().startsWith("classpath:"))
                .forEach(d -> builtIn.merge(d.info().id(), d.info().ref(), (a, b) -> a + ", " + b));
        for (Unit u : linted) {
            if (u.id != null && builtIn.containsKey(u.id) && !u.prefix.contains(RuleSetLoader.CLASSPATH_ROOT + "/")
                    && !builtIn.get(u.id).contains(u.ref())) {
                out.add(new RuleSetDiagnostic(u.prefix + "manifest.properties", line(u.manifest, "id"), 1,
                        allowSupersedingBuiltIn ? "warning" : "error", "id '" + u.id + "' is a built-in rule set's ("
                                + builtIn.get(u.id) + "): loaded with --rules-dir, version " + u.version + " supersedes "
                                + "it only when named (--rule-sets " + u.ref() + ") or allowed "
                                + "(--allow-superseding-builtin, EngineOptions.allowSupersedingBuiltIn); give the rule "
                                + "set its own id, or check with --allow-superseding-builtin if that is intended"));
            }
        }
        for (RuleSetDefinition def : defs) {
            Unit same = linted.stream().filter(u -> def.info().ref().equals(u.ref())).findFirst().orElse(null);
            if (same == null) {
                ctx.add(fromDefinition(def));
            } else if (same.sha != null && !same.sha.equals(def.info().sha256())) {
                // An error for the engine (a ref may be loaded once); but editing a built-in rule set in place
                // looks the same before the jar is rebuilt: there only warn, and let the linted copy stand.
                boolean inPlace = same.prefix.contains(RuleSetLoader.CLASSPATH_ROOT + "/");
                out.add(new RuleSetDiagnostic(same.prefix + "manifest.properties", line(same.manifest, "version"), 1,
                        inPlace ? "warning" : "error", "rule set " + same.ref() + " is also defined in " + def.info().location()
                                + " with different content: loaded beside it (--rules-dir) it is refused; give this one"
                                + " a new version (or rebuild, if you are editing that rule set in place)"));
            }
        }
        return ctx;
    }

    // ---- one rule-set version -----------------------------------------------------------------------------------

    private void lintUnit(Unit u, List<Unit> all, List<RuleSetDiagnostic> out) {
        String manifestFile = u.prefix + "manifest.properties";
        Map<String, String> sources = new LinkedHashMap<>();
        u.manifest.forEach((k, v) -> {
            if (k.startsWith("source.")) {
                sources.put(k.substring(7), v.value());
            }
        });
        lintOwnConclusions(u, manifestFile, out);
        // requires
        LineProperties.Entry req = u.manifest.get("requires");
        if (req != null) {
            String raw = lineText(u.files.get("manifest.properties"), req.line());
            for (String r : u.requires) {
                if (all.stream().noneMatch(x -> r.equals(x.id))) {
                    out.add(new RuleSetDiagnostic(manifestFile, req.line(), column(raw, r), "error",
                            "requires unknown rule set '" + r + "'"));
                } else if (r.equals(u.id)) {
                    out.add(new RuleSetDiagnostic(manifestFile, req.line(), column(raw, r), "error", "a rule set cannot require itself"));
                }
            }
        }
        Set<String> params = u.def != null ? u.def.parameters().names() : declaredParams(u);
        Set<String> ownCriteria = u.criteria();
        Set<String> visibleCriteria = new LinkedHashSet<>(ownCriteria);
        for (String r : requiredClosure(u, all)) {
            all.stream().filter(x -> r.equals(x.id)).forEach(x -> visibleCriteria.addAll(x.criteria()));
        }
        Map<String, Map<String, LineProperties.Entry>> messages = new LinkedHashMap<>();
        for (String lang : List.of("sv", "en")) {
            String name = "messages_" + lang + ".properties";
            messages.put(lang, LineProperties.parse(u.prefix + name, u.files.getOrDefault(name, ""), new ArrayList<>()));
        }
        Set<String> usedKeys = new LinkedHashSet<>();
        Set<String> dynamicKeys = new LinkedHashSet<>();
        Map<String, Set<String>> details = new HashMap<>();
        Map<String, CriterionKind> kinds = new HashMap<>();
        Map<String, String> kindFirstRule = new HashMap<>();
        for (var fileRules : u.rules.entrySet()) {
            String file = u.prefix + fileRules.getKey();
            for (DrlScan.RuleDecl r : fileRules.getValue()) {
                lintMetadata(file, r, sources, kinds, kindFirstRule, out);
                lintCalls(file, r, messages, params, visibleCriteria, u.ownConclusions, usedKeys, dynamicKeys, details, out);
                for (DrlScan.ParamUse p : r.params()) {
                    if (!params.contains(p.name())) {
                        out.add(new RuleSetDiagnostic(file, p.pos().line(), p.pos().column(), "error", "rule \"" + r.name()
                                + "\" reads parameter '" + p.name() + "', which parameters.conf does not declare"));
                    }
                }
            }
        }
        // messages: placeholders, titles, unused
        for (var lang : messages.entrySet()) {
            String name = "messages_" + lang.getKey() + ".properties";
            String file = u.prefix + name;
            String text = u.files.getOrDefault(name, "");
            for (var e : lang.getValue().entrySet()) {
                String raw = lineText(text, e.getValue().line());
                Matcher m = PLACEHOLDER.matcher(raw);
                int valueStart = raw.indexOf('=') + 1;
                while (m.find()) {
                    if (m.start() < valueStart) {
                        continue;
                    }
                    // {party} is filled from the finding's parties[<id>] fact at run time (Messages); the
                    // invariant tests catch a finding that has none
                    String problem = m.group(1).equals(se.ioprules.drools.dsl.Messages.PARTY) ? null
                            : m.group(1).equals("detail." + PARTY_DETAIL) ? "write {party}: " + ONE_PARTY_NAME
                            : m.group(1).startsWith("detail.")
                            ? detailProblem(m.group(1).substring(7), details.get(criterionOf(e.getKey())))
                            : pathProblem(m.group(1), params, visibleCriteria);
                    if (problem != null) {
                        out.add(new RuleSetDiagnostic(file, e.getValue().line(), m.start() + 1, "error",
                                "message " + e.getKey() + ": placeholder {" + m.group(1) + "}: " + problem));
                    }
                }
                String key = e.getKey();
                int dot = key.indexOf('.');
                String criterion = dot < 0 ? key : key.substring(0, dot);
                if (!ownCriteria.isEmpty() && !ownCriteria.contains(criterion)) {
                    out.add(new RuleSetDiagnostic(file, e.getValue().line(), 1, "warning",
                            "message " + key + " belongs to no criterion of this rule set"));
                } else if (!key.endsWith(".title") && !key.endsWith(".short") && !key.endsWith(".counted") && !key.contains(se.ioprules.drools.dsl.Messages.VALUE)
                        && !usedKeys.contains(key) && !dynamicKeys.contains(criterion)
                        && !u.rules.isEmpty() && u.def != null) {
                    out.add(new RuleSetDiagnostic(file, e.getValue().line(), 1, "warning", "message " + key + " is used by no rule"));
                }
            }
            if (u.files.containsKey(name) && !u.files.containsKey(se.ioprules.drools.load.CriterionTable.FILE)) {
                // with a criteria table the titles are there, and the compiler checks that every criterion has a row
                for (String c : ownCriteria) {
                    if (!lang.getValue().containsKey(c + ".title")) {
                        out.add(firstUse(u, c, "criterion " + c + " has no title in " + name + ": add " + c
                                + ".title=<one line>"));
                    }
                }
            }
        }
        // safety: what the code may do when the rule set is not trusted (the engine refuses it otherwise)
        Map<String, String> drl = new TreeMap<>();
        u.files.forEach((name, text) -> {
            if (name.endsWith(".drl")) {
                drl.put(name, text);
            }
        });
        for (RuleSetDiagnostic d : RuleCodeSafety.check(u.prefix, drl)) {
            if (d.message().startsWith(RuleCodeSafety.UNREADABLE)) {
                continue; // the compiler reports the syntax error itself (below)
            }
            out.add(trustRuleCode ? new RuleSetDiagnostic(d.file(), d.line(), d.column(), "warning",
                    d.message() + " (allowed: the code is trusted)") : d);
        }
        // compile: syntax and type errors (metadata is checked above with exact positions)
        if (u.def != null) {
            try {
                CompiledRuleSet crs = RuleSetCompiler.compile(u.def);
                try {
                    lintDerivedPaths(u, crs, out);
                } finally {
                    crs.release().run();
                }
            } catch (RuleSetException e) {
                for (RuleSetDiagnostic d : e.diagnostics()) {
                    if (!d.message().startsWith("rule \"")) {
                        out.add(d);
                    }
                }
            }
        }
    }

    /** The detail rules once passed to name a party; messages use {@code {party}} instead. */
    private static final String PARTY_DETAIL = "party";
    /** Why there is one way to name a party in messages. */
    private static final String ONE_PARTY_NAME = "messages name the party a finding is about with {party}, which the"
            + " engine fills with the party's name as recorded, else its id (from the finding's parties[<id>] facts)";

    /** Methods whose findings name the facts their rule's patterns test before the paths they are given. */
    private static final Set<String> DERIVING = Set.of("pass", "fail", "warn", "info", "notAssessable", "element",
            "conclude", "passWith", "failWith", "warnWith", "reportWith", "report", "indicate");

    /**
     * Warns where a consequence names a fact path the rule's patterns already give the finding (see
     * {@link se.ioprules.drools.internal.PatternFacts}): the path can go, the explanation stays the same. A party's
     * path matches {@code "parties[" + $id + "]…"} when the rule matches one party.
     */
    private static void lintDerivedPaths(Unit u, CompiledRuleSet crs, List<RuleSetDiagnostic> out) {
        Map<String, se.ioprules.drools.internal.PatternFacts.Reads> byName = new HashMap<>();
        for (var pkg : crs.kieBase().getKiePackages()) {
            for (var rule : pkg.getRules()) {
                byName.put(rule.getName(), se.ioprules.drools.internal.PatternFacts.of(rule));
            }
        }
        for (var fileRules : u.rules.entrySet()) {
            String file = u.prefix + fileRules.getKey();
            for (DrlScan.RuleDecl r : fileRules.getValue()) {
                var reads = byName.get(r.name());
                if (reads == null || reads.reads().isEmpty()) {
                    continue;
                }
                Set<String> given = new LinkedHashSet<>();
                long parties = reads.reads().stream().filter(x -> x.type() == se.ioprules.api.facts.Party.class)
                        .mapToInt(se.ioprules.drools.internal.PatternFacts.Read::ordinal).distinct().count();
                for (var read : reads.reads()) {
                    if (read.type() == null) {
                        given.add(read.path());
                    } else if (read.type() == se.ioprules.api.facts.Party.class && parties == 1) {
                        given.add("parties[x]" + read.path());
                    }
                }
                for (DrlScan.OutCall c : r.calls()) {
                    DrlScan.Layout layout = DrlScan.OUT_METHODS.get(c.method());
                    if (layout == null || !DERIVING.contains(c.method())) {
                        continue;
                    }
                    for (int i = layout.firstPath(); i < c.args().size(); i++) {
                        DrlScan.Arg a = c.args().get(i);
                        if (a.literal() != null && given.contains(a.literal())) {
                            out.add(new RuleSetDiagnostic(file, a.pos().line(), a.pos().column(), "warning", "rule \""
                                    + r.name() + "\": fact path '" + a.literal() + "' is named by the rule's conditions"
                                    + " already; leave it out of out." + c.method() + "(…)"));
                        }
                    }
                }
            }
        }
    }

    /** A diagnostic at the {@code @criterion} of the first rule that names the criterion. */
    private static RuleSetDiagnostic firstUse(Unit u, String criterion, String message) {
        for (var e : u.rules.entrySet()) {
            for (DrlScan.RuleDecl r : e.getValue()) {
                if (criterion.equals(r.criterion())) {
                    DrlScan.Pos p = r.annotations().get("criterion").pos();
                    return new RuleSetDiagnostic(u.prefix + e.getKey(), p.line(), p.column(), "error", message);
                }
            }
        }
        return new RuleSetDiagnostic(u.prefix, 0, 0, "error", message);
    }

    private static void lintMetadata(String file, DrlScan.RuleDecl r, Map<String, String> sources,
            Map<String, CriterionKind> kinds, Map<String, String> kindFirstRule, List<RuleSetDiagnostic> out) {
        for (String key : RuleMeta.REQUIRED) {
            DrlScan.Annotation a = r.annotations().get(key);
            if (a == null || a.value().isBlank()) {
                out.add(new RuleSetDiagnostic(file, r.pos().line(), r.pos().column(), "error",
                        "rule \"" + r.name() + "\" lacks @" + key + "(\"…\")"));
            }
        }
        DrlScan.Annotation crit = r.annotations().get("criterion");
        if (crit != null && !crit.value().isBlank() && !CRITERION_ID.matcher(crit.value()).matches()) {
            out.add(new RuleSetDiagnostic(file, crit.pos().line(), crit.pos().column(), "error", "rule \"" + r.name()
                    + "\": criterion id '" + crit.value() + "' must be lower-case words joined by '-'"));
        }
        DrlScan.Annotation kind = r.annotations().get("kind");
        CriterionKind k = null;
        if (kind != null && !kind.value().isBlank()) {
            try {
                k = CriterionKind.valueOf(kind.value());
            } catch (IllegalArgumentException e) {
                out.add(new RuleSetDiagnostic(file, kind.pos().line(), kind.pos().column(), "error", "rule \"" + r.name()
                        + "\": @kind '" + kind.value() + "' is not one of " + Arrays.toString(CriterionKind.values())));
            }
        }
        if (k != null && crit != null && !crit.value().isBlank()) {
            CriterionKind prev = kinds.putIfAbsent(crit.value(), k);
            kindFirstRule.putIfAbsent(crit.value(), r.name());
            if (prev != null && prev != k) {
                out.add(new RuleSetDiagnostic(file, kind.pos().line(), kind.pos().column(), "error", "rule \"" + r.name()
                        + "\": criterion " + crit.value() + " is " + k + " here but " + prev + " in rule \""
                        + kindFirstRule.get(crit.value()) + "\""));
            }
        }
        DrlScan.Annotation src = r.annotations().get("source");
        if (src != null && !src.value().isBlank()) {
            int offset = 0;
            for (String part : src.value().split(";", -1)) {
                String p = part.strip();
                int lead = part.length() - part.stripLeading().length();
                if (!p.isEmpty()) {
                    String key = p.contains(" ") ? p.substring(0, p.indexOf(' ')) : p;
                    int col = src.pos().column() + offset + lead;
                    if (!sources.containsKey(key)) {
                        out.add(new RuleSetDiagnostic(file, src.pos().line(), col, "error", "rule \"" + r.name()
                                + "\": @source key '" + key + "' is not declared in manifest.properties (source." + key
                                + "=<document>)"));
                    } else if (!p.contains(" ")) {
                        out.add(new RuleSetDiagnostic(file, src.pos().line(), col, "warning", "rule \"" + r.name()
                                + "\": @source '" + key + "' has no locator (page, section or paragraph)"));
                    }
                }
                offset += part.length() + 1;
            }
        }
    }

    /**
     * Reads the manifest's {@code conclusions} (comma-separated words a rule set from {@code --rules-dir} adds to the
     * closed set of conclusions, for its own rules); a malformed word is an error at the manifest line.
     */
    private static void lintOwnConclusions(Unit u, String manifestFile, List<RuleSetDiagnostic> out) {
        LineProperties.Entry e = u.manifest.get("conclusions");
        if (e == null || e.value().isBlank()) {
            return;
        }
        Set<String> own = new LinkedHashSet<>();
        for (String w : e.value().split(",")) {
            String word = w.strip();
            if (!CONCLUSION_WORD.matcher(word).matches()) {
                out.add(new RuleSetDiagnostic(manifestFile, e.line(), 1, "error", "conclusions: '" + word
                        + "' is not a conclusion word (capital letters, digits and _, such as ADEQUATE; comma-separated)"));
            } else if (CONCLUSIONS.contains(word)) {
                out.add(new RuleSetDiagnostic(manifestFile, e.line(), 1, "warning", "conclusions: '" + word
                        + "' is already a documented conclusion; declare only new words"));
            } else {
                own.add(word);
            }
        }
        u.ownConclusions = Set.copyOf(own);
    }

    private static void lintCalls(String file, DrlScan.RuleDecl r, Map<String, Map<String, LineProperties.Entry>> messages,
            Set<String> params, Set<String> criteria, Set<String> ownConclusions, Set<String> usedKeys, Set<String> dynamicKeys,
            Map<String, Set<String>> details, List<RuleSetDiagnostic> out) {
        if (r.calls().isEmpty()) {
            out.add(new RuleSetDiagnostic(file, r.pos().line(), r.pos().column(), "warning", "rule \"" + r.name()
                    + "\" reports nothing (no out.pass/fail/warn/info/notAssessable/element/conclude call)"));
        }
        for (DrlScan.OutCall c : r.calls()) {
            DrlScan.Layout layout = DrlScan.OUT_METHODS.get(c.method());
            if (layout == null) {
                if (!"findings".equals(c.method()) && !"addEngineFinding".equals(c.method())) {
                    out.add(new RuleSetDiagnostic(file, c.pos().line(), c.pos().column(), "error", "rule \"" + r.name()
                            + "\": out." + c.method() + "(...) is not a reporting method; use one of "
                            + new TreeSet<>(DrlScan.OUT_METHODS.keySet())));
                }
                continue;
            }
            if (!layout.impliedDetails().isEmpty()) {
                details.computeIfAbsent(r.criterion(), k -> new LinkedHashSet<>()).addAll(layout.impliedDetails());
            }
            for (String implied : layout.impliedKeys()) {
                String full = r.criterion() + "." + implied;
                usedKeys.add(full);
                if (r.criterion() != null) {
                    for (var lang : messages.entrySet()) {
                        if (!lang.getValue().containsKey(full)) {
                            out.add(new RuleSetDiagnostic(file, c.pos().line(), c.pos().column(), "error", "rule \""
                                    + r.name() + "\": message " + full + " is missing in messages_" + lang.getKey()
                                    + ".properties"));
                        }
                    }
                }
            }
            int keyIndex = layout.key();
            if (keyIndex < 0) {
                lintPaths(file, r, c, layout, params, criteria, out);
                continue;
            }
            if (c.args().size() <= keyIndex) {
                out.add(new RuleSetDiagnostic(file, c.pos().line(), c.pos().column(), "error", "rule \"" + r.name()
                        + "\": out." + c.method() + "(...) lacks its message key"));
                continue;
            }
            if (layout.elementConclusion()) {
                DrlScan.Arg concl = c.args().get(1);
                if (concl.literal() != null && !ELEMENT_CONCLUSIONS.contains(concl.literal())) {
                    out.add(new RuleSetDiagnostic(file, concl.pos().line(), concl.pos().column(), "error", "rule \""
                            + r.name() + "\": element conclusion '" + concl.literal() + "' must be MET, NOT_MET, CONTESTED or UNKNOWN"));
                }
            }
            if (CONCLUSION_AT_2.contains(c.method())) {
                DrlScan.Arg concl = c.args().get(2);
                // A conclusion computed at run time (no literal) cannot be checked here.
                if (concl.literal() != null && !concl.literal().isEmpty() && !CONCLUSIONS.contains(concl.literal())
                        && !ownConclusions.contains(concl.literal()) && !SCORE_CONCLUSION.matcher(concl.literal()).matches()) {
                    out.add(new RuleSetDiagnostic(file, concl.pos().line(), concl.pos().column(), "error", "rule \""
                            + r.name() + "\": conclusion '" + concl.literal() + "' is not one of the documented "
                            + "conclusions " + new TreeSet<>(CONCLUSIONS) + (ownConclusions.isEmpty() ? ""
                                    : ", this rule set's own " + new TreeSet<>(ownConclusions) + " (manifest conclusions=)")
                            + ", a score such as \"7/12\", or \"\" (none); a rule set of its own may declare new words"
                            + " with conclusions= in its manifest"));
                }
            }
            if (layout.details() >= 0 && c.args().size() > layout.details()) {
                Set<String> names = DrlScan.mapKeys(c.args().get(layout.details()).text());
                if (names == null) {
                    details.computeIfAbsent(r.criterion(), k -> new LinkedHashSet<>()).add("*");
                } else {
                    details.computeIfAbsent(r.criterion(), k -> new LinkedHashSet<>()).addAll(names);
                    if (names.contains(PARTY_DETAIL)) {
                        DrlScan.Arg d = c.args().get(layout.details());
                        out.add(new RuleSetDiagnostic(file, d.pos().line(), d.pos().column(), "error", "rule \""
                                + r.name() + "\": a detail '" + PARTY_DETAIL + "' is not needed: " + ONE_PARTY_NAME));
                    }
                }
            }
            DrlScan.Arg key = c.args().get(keyIndex);
            String criterion = r.criterion();
            boolean plain = key.literal() != null && key.text().startsWith("\"") && key.text().endsWith("\"");
            if (plain && !MESSAGE_KEY.matcher(key.literal()).matches()) {
                out.add(new RuleSetDiagnostic(file, key.pos().line(), key.pos().column(), "error", "rule \"" + r.name()
                        + "\": message key '" + key.literal() + "' must be letters, digits, '-' or '_'"));
            } else if (plain) {
                String full = criterion + "." + layout.keyPrefix() + key.literal();
                usedKeys.add(full);
                if (criterion != null) {
                    for (var lang : messages.entrySet()) {
                        if (!lang.getValue().containsKey(full)) {
                            out.add(new RuleSetDiagnostic(file, key.pos().line(), key.pos().column(), "error", "rule \""
                                    + r.name() + "\": message " + full + " is missing in messages_" + lang.getKey()
                                    + ".properties"));
                        }
                    }
                }
            }
            if (!plain) {
                dynamicKeys.add(criterion);
            }
            lintPaths(file, r, c, layout, params, criteria, out);
        }
    }

    private static void lintPaths(String file, DrlScan.RuleDecl r, DrlScan.OutCall c, DrlScan.Layout layout,
            Set<String> params, Set<String> criteria, List<RuleSetDiagnostic> out) {
        for (int i = layout.firstPath(); i < c.args().size(); i++) {
            DrlScan.Arg a = c.args().get(i);
            if (a.literal() == null) {
                continue;
            }
            // decide's guard facts may name alternatives: "a|b"
            for (String alt : a.literal().split("\\|")) {
                String path = alt.contains("=") ? alt.substring(0, alt.indexOf('=')) : alt;
                String problem = pathProblem(path, params, criteria);
                if (problem != null) {
                    out.add(new RuleSetDiagnostic(file, a.pos().line(), a.pos().column(), "error", "rule \"" + r.name()
                            + "\": fact path '" + path + "': " + problem));
                }
            }
        }
    }

    private static String criterionOf(String messageKey) {
        int dot = messageKey.indexOf('.');
        return dot < 0 ? messageKey : messageKey.substring(0, dot);
    }

    /** {@code {detail.x}} resolves when a rule of the criterion passes a details map with key x (or one we cannot read). */
    private static String detailProblem(String name, Set<String> known) {
        if (known == null) {
            return "no rule of this criterion passes details (out.report/reportWith/passWith/warnWith/failWith)";
        }
        return known.contains("*") || known.contains(name) ? null
                : "no rule of this criterion passes a detail '" + name + "' (details passed: " + known + ")";
    }

    /**
     * @param path a fact path as rules cite it
     * @param params declared parameter names
     * @param criteria criterion ids whose conclusions are visible
     * @return what is wrong with it, or null if it resolves
     */
    static String pathProblem(String path, Set<String> params, Set<String> criteria) {
        if (path.startsWith("param.")) {
            String name = path.substring(6);
            return params.contains(name) ? null : "parameters.conf declares no parameter '" + name + "'";
        }
        if (path.startsWith("conclusion.")) {
            String c = path.substring(11);
            return criteria.contains(c) ? null
                    : "no criterion '" + c + "' in this rule set or a rule set it requires";
        }
        if (path.startsWith("derived.")) {
            return FactPaths.typeOf(Derived.class, path.substring(8)).isPresent() ? null
                    : "Derived has no value '" + path.substring(8) + "'";
        }
        return FactPaths.typeOf(Partnership.class, path).isPresent() ? null
                : "the fact model has no such field (see FactPaths / catalogue section C)";
    }

    private static Set<String> requiredClosure(Unit u, List<Unit> all) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(u.requires);
        while (!todo.isEmpty()) {
            String r = todo.remove(0);
            if (seen.add(r)) {
                all.stream().filter(x -> r.equals(x.id)).forEach(x -> todo.addAll(x.requires));
            }
        }
        return seen;
    }

    private static Set<String> declaredParams(Unit u) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : u.files.getOrDefault("parameters.conf", "").split("\r?\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#") && l.contains("=")) {
                out.add(l.substring(0, l.indexOf('=')).replaceAll("@.*", "").strip());
            }
        }
        return out;
    }

    // ---- across versions and rule sets ---------------------------------------------------------------------------

    private static void checkOverlaps(List<Unit> linted, List<Unit> all, List<RuleSetDiagnostic> out) {
        Map<String, List<Unit>> byId = new LinkedHashMap<>();
        for (Unit u : all) {
            if (u.id != null && u.from != null && !u.draft) {
                byId.computeIfAbsent(u.id, k -> new ArrayList<>()).add(u);
            }
        }
        for (List<Unit> versions : byId.values()) {
            versions.sort(Comparator.comparing((Unit x) -> x.from).thenComparing(x -> x.version));
            for (int i = 0; i + 1 < versions.size(); i++) {
                Unit a = versions.get(i);
                Unit b = versions.get(i + 1);
                String problem = null;
                if (a.from.equals(b.from)) {
                    problem = "both start on " + a.from + ", so neither supersedes the other";
                } else if (a.to != null && !a.to.isBefore(b.from)) {
                    problem = a.ref() + " runs to " + a.to + " but " + b.ref() + " starts on " + b.from;
                }
                if (problem == null) {
                    continue;
                }
                for (Unit x : List.of(a, b)) {
                    if (x.linted) {
                        Unit other = x == a ? b : a;
                        String key = x == a && a.to != null && !a.from.equals(b.from) ? "effectiveTo" : "effectiveFrom";
                        out.add(new RuleSetDiagnostic(x.prefix + "manifest.properties", line(x.manifest, key), 1, "error",
                                "effective period overlaps " + other.ref() + " (" + other.prefix + "manifest.properties): "
                                        + problem));
                    }
                }
            }
        }
        for (Unit u : linted) {
            if (u.draft && u.from != null) {
                out.add(new RuleSetDiagnostic(u.prefix + "manifest.properties", line(u.manifest, "effectiveFrom"), 1, "error",
                        "a DRAFT has no effective date: leave effectiveFrom empty (drafts run only when named)"));
            }
        }
    }

    private static void checkDuplicateCriteria(List<Unit> linted, List<Unit> all, List<RuleSetDiagnostic> out) {
        Map<String, Set<String>> owners = new HashMap<>();
        for (Unit u : all) {
            if (u.id != null) {
                for (String c : u.criteria()) {
                    owners.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(u.id);
                }
            }
        }
        for (Unit u : linted) {
            Set<String> reported = new LinkedHashSet<>();
            for (var e : u.rules.entrySet()) {
                for (DrlScan.RuleDecl r : e.getValue()) {
                    String c = r.criterion();
                    if (c == null || !reported.add(c)) {
                        continue;
                    }
                    Set<String> others = new TreeSet<>(owners.getOrDefault(c, Set.of()));
                    others.remove(u.id);
                    if (!others.isEmpty()) {
                        DrlScan.Annotation a = r.annotations().get("criterion");
                        out.add(new RuleSetDiagnostic(u.prefix + e.getKey(), a.pos().line(), a.pos().column(), "error",
                                "criterion id '" + c + "' is already used by rule set " + String.join(", ", others)
                                        + "; criterion ids must be unique across rule sets (conclusions are looked up by id)"));
                    }
                }
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static String value(Map<String, LineProperties.Entry> m, String key) {
        LineProperties.Entry e = m.get(key);
        return e == null || e.value().isBlank() ? null : e.value();
    }

    private static int line(Map<String, LineProperties.Entry> m, String key) {
        LineProperties.Entry e = m.get(key);
        return e == null ? 1 : e.line();
    }

    private static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String lineText(String text, int line) {
        if (text == null || line < 1) {
            return "";
        }
        String[] lines = text.split("\r?\n", -1);
        return line <= lines.length ? lines[line - 1] : "";
    }

    private static int column(String raw, String token) {
        int eq = raw.indexOf('=');
        Matcher m = Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(token) + "(?![A-Za-z0-9-])").matcher(raw);
        while (m.find()) {
            if (m.start() > eq) {
                return m.start() + 1;
            }
        }
        return 1;
    }
}

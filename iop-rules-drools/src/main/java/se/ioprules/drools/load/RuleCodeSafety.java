package se.ioprules.drools.load;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.drools.dsl.Findings;
import se.ioprules.drools.dsl.LineIndex;

/**
 * The safety check of rule code: what a rule set that is not trusted may run. The DRL is parsed with Drools' own
 * parser (rules, functions, conditions) and the Java in it with JavaParser; nothing is matched by text.
 *
 * <p>Consequences, functions and conditions may use only the rule DSL — the {@code out} global
 * ({@link Findings}), the {@code drools} handle passed to it, the rule set's own functions and the classes of
 * {@code se.ioprules.drools.dsl} and the fact model — and an allow-list of pure JDK operations (numbers, text,
 * dates, collections). Refused: {@code new} of other types, static calls and fields outside the allow-list,
 * reflection ({@code getClass}, class literals, …), access to the engine's session, {@code insert}/{@code update}/
 * {@code delete}, lambdas, {@code try}/{@code throw}/{@code synchronized}, local classes, any loop in a consequence,
 * {@code while}/{@code do} and unbounded {@code for} in functions, recursion, globals other than {@code out},
 * {@code import function} and {@code import accumulate}, inline accumulate code. So an untrusted rule set cannot
 * touch files, processes, the network, threads or the JVM, and every loop it has ends with the list it walks.
 */
public final class RuleCodeSafety {
    private static final JavaParser JAVA = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    /** Packages whose classes rule code may use freely: the fact model and the rule DSL. */
    private static final Set<String> DSL_PACKAGES = Set.of("se.ioprules.api.facts", "se.ioprules.drools.dsl");

    /** JDK classes whose static methods and fields are pure (minus {@link #IMPURE_STATICS}). */
    private static final Set<String> PURE_JDK = Set.of(
            "java.lang.Math", "java.lang.StrictMath", "java.lang.String", "java.lang.Integer", "java.lang.Long",
            "java.lang.Short", "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.lang.Boolean",
            "java.lang.Character", "java.math.BigDecimal", "java.math.BigInteger", "java.math.RoundingMode",
            "java.math.MathContext", "java.util.List", "java.util.Set", "java.util.Map", "java.util.Collections",
            "java.util.Arrays", "java.util.Objects", "java.util.EnumSet", "java.util.Optional",
            "java.time.LocalDate", "java.time.Period", "java.time.Year", "java.time.YearMonth", "java.time.Month",
            "java.time.DayOfWeek", "java.time.temporal.ChronoUnit");
    /** Static methods of those classes that read the clock or system properties, or start threads. */
    private static final Set<String> IMPURE_STATICS = Set.of("now", "getInteger", "getLong", "getBoolean",
            "parallelSort", "parallelSetAll", "parallelPrefix");
    /** JDK types rule code may create with {@code new}. */
    private static final Set<String> NEW_JDK = Set.of("java.util.ArrayList", "java.util.LinkedList",
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.EnumMap",
            "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.ArrayDeque",
            "java.lang.StringBuilder", "java.lang.String", "java.math.BigDecimal", "java.math.BigInteger");
    /** JDK value and collection types a pattern may match (facts come only from the engine). */
    private static final Set<String> PATTERN_JDK = Set.of("java.lang.Object", "java.lang.Number", "java.lang.Integer",
            "java.lang.Long", "java.lang.Double", "java.lang.String", "java.math.BigDecimal", "java.util.List",
            "java.util.Set", "java.util.Collection", "java.util.Map");
    /** Methods never callable on any value: reflection, threads, the engine's session and working memory. */
    private static final Set<String> DENIED_METHODS = Set.of("getClass", "getClassLoader", "forName", "newInstance",
            "invoke", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields",
            "getDeclaredField", "getDeclaredFields", "getConstructor", "getConstructors", "getDeclaredConstructor",
            "getDeclaredConstructors", "setAccessible", "wait", "notify", "notifyAll", "getRuntime", "exec", "exit",
            "halt", "start", "join", "interrupt", "load", "loadLibrary", "getKieRuntime", "getKnowledgeRuntime",
            "getWorkingMemory", "getKieBase", "getEntryPoint", "getChannels", "setGlobal", "getGlobal", "getGlobals",
            "insert", "insertLogical", "update", "modify", "delete", "retract", "parallelStream", "parallel");
    /**
     * Property names that reach the same (conditions and MVEL read {@code x.classLoader} as
     * {@code x.getClassLoader()}).
     */
    private static final Set<String> DENIED_PROPERTIES = Set.of("class", "classLoader", "methods", "declaredMethods",
            "fields", "declaredFields", "constructors", "declaredConstructors", "runtime", "kieRuntime",
            "knowledgeRuntime", "workingMemory", "kieBase", "entryPoint", "channels", "globals", "kieSession");
    /** Calls DRL allows without a receiver in a consequence: they change working memory, which rules may not. */
    private static final Set<String> MEMORY_OPS = Set.of("insert", "insertLogical", "update", "modify", "delete",
            "retract");
    /** What rule code may ask of the {@code drools} handle: nothing; it only passes it to {@code out}. */
    private static final Set<String> DROOLS_METHODS = Set.of();
    /** Accumulate functions that Drools ships. */
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "average", "min", "max",
            "collectList", "collectSet", "countDistinct");
    private static final Set<String> FINDINGS_METHODS = findingsMethods();
    /** How the message about a DRL file that does not parse begins. */
    public static final String UNREADABLE = "the safety check cannot read this file";

    private RuleCodeSafety() {
    }

    private static Set<String> findingsMethods() {
        Set<String> out = new TreeSet<>();
        for (Method m : Findings.class.getMethods()) {
            if (m.getDeclaringClass() == Findings.class && !Modifier.isStatic(m.getModifiers())) {
                out.add(m.getName());
            }
        }
        return out;
    }

    /**
     * @param def a rule set
     * @return every place its code goes beyond the rule DSL and the pure operations; empty when it is safe
     */
    public static List<RuleSetDiagnostic> check(RuleSetDefinition def) {
        String shown = def.info().location().replaceFirst("^classpath:", "") + "/";
        return check(shown, def.drl());
    }

    /**
     * @param prefix shown before each file name
     * @param drl DRL files by name
     * @return the problems, as errors with file, line and column
     */
    public static List<RuleSetDiagnostic> check(String prefix, Map<String, String> drl) {
        List<RuleSetDiagnostic> out = new ArrayList<>();
        Map<String, PackageDescr> parsed = new LinkedHashMap<>();
        for (var e : drl.entrySet()) {
            DrlParser parser = new DrlParser();
            try {
                PackageDescr pkg = parser.parse(false, e.getValue());
                if (pkg != null && !parser.hasErrors()) {
                    parsed.put(e.getKey(), pkg);
                    continue;
                }
            } catch (DroolsParserException | RuntimeException ex) {
                // reported below
            }
            // The compiler reports the syntax error itself; unreadable code is never run, so it is also unsafe.
            out.add(new RuleSetDiagnostic(prefix + e.getKey(), 0, 0, "error",
                    UNREADABLE + " (DRL syntax error): it is refused until it parses"));
        }
        // Functions are shared by every file of a rule set (one package).
        Set<String> functions = new HashSet<>();
        Set<String> declared = new HashSet<>();
        parsed.values().forEach(p -> {
            p.getFunctions().forEach(f -> functions.add(f.getName()));
            p.getTypeDeclarations().forEach(t -> declared.add(t.getTypeName()));
        });
        Map<String, Set<String>> calls = new LinkedHashMap<>();
        Map<String, Where> functionPos = new HashMap<>();
        for (var e : parsed.entrySet()) {
            new FileCheck(prefix + e.getKey(), drl.get(e.getKey()), e.getValue(), functions, declared, calls,
                    functionPos, out).run();
        }
        recursion(calls, functionPos, out);
        return out;
    }

    /** A function that calls itself, directly or through others, might never return. */
    private static void recursion(Map<String, Set<String>> calls, Map<String, Where> pos, List<RuleSetDiagnostic> out) {
        for (String f : calls.keySet()) {
            Set<String> seen = new HashSet<>();
            List<String> todo = new ArrayList<>(calls.get(f));
            while (!todo.isEmpty()) {
                String g = todo.remove(todo.size() - 1);
                if (g.equals(f)) {
                    Where p = pos.getOrDefault(f, new Where("", 0, 0));
                    out.add(new RuleSetDiagnostic(p.file(), p.line(), p.column(), "error", "function " + f
                            + " calls itself (recursion): it might never return; walk the list with for (T x : list)"));
                    break;
                }
                if (seen.add(g)) {
                    todo.addAll(calls.getOrDefault(g, Set.of()));
                }
            }
        }
    }

    private record Where(String file, int line, int column) {
    }

    /** Where rule code sits, which decides what it may do. */
    private enum Place {
        CONSEQUENCE("a consequence"), FUNCTION("a function"), CONDITION("a condition");

        final String label;

        Place(String label) {
            this.label = label;
        }
    }

    private static final class FileCheck {
        private final String file;
        private final String text;
        private final LineIndex lines;
        private final PackageDescr pkg;
        private final Set<String> functions;
        private final Set<String> declared;
        private final Map<String, Set<String>> calls;
        private final Map<String, Where> functionPos;
        private final List<RuleSetDiagnostic> out;
        private final Map<String, Optional<Class<?>>> resolved = new HashMap<>();

        FileCheck(String file, String text, PackageDescr pkg, Set<String> functions, Set<String> declared,
                Map<String, Set<String>> calls, Map<String, Where> functionPos, List<RuleSetDiagnostic> out) {
            this.file = file;
            this.text = text;
            this.lines = new LineIndex(text);
            this.pkg = pkg;
            this.functions = functions;
            this.declared = declared;
            this.calls = calls;
            this.functionPos = functionPos;
            this.out = out;
        }

        void run() {
            for (var fi : pkg.getFunctionImports()) {
                error(fi.getLine(), fi.getColumn(), "import function " + fi.getTarget() + " is not allowed: rule code "
                        + "may call only its own functions, the rule DSL and pure operations");
            }
            for (var ai : pkg.getAccumulateImports()) {
                error(ai.getLine(), ai.getColumn(), "import accumulate " + ai.getTarget() + " is not allowed: use "
                        + "the accumulate functions Drools ships " + new TreeSet<>(ACCUMULATE_FUNCTIONS));
            }
            for (GlobalDescr g : pkg.getGlobals()) {
                Optional<Class<?>> type = resolve(g.getType());
                if (!"out".equals(g.getIdentifier()) || type.isEmpty() || type.get() != Findings.class) {
                    error(g.getLine(), g.getColumn(), "global " + g.getType() + " " + g.getIdentifier()
                            + " is not allowed: the only global is 'global Findings out;'");
                }
            }
            for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
                for (var st : t.getSuperTypes()) {
                    if (!declared.contains(st.getName()) && !st.getName().equals("Object")
                            && !st.getName().equals("java.lang.Object")) {
                        error(t.getLine(), t.getColumn(), "declare " + t.getTypeName() + " extends " + st.getFullName()
                                + ": a declared type may extend only another declared type");
                    }
                }
                for (var a : t.getAnnotations()) {
                    if (!a.getName().equals("role") && !a.getName().equals("propertyReactive")) {
                        error(t.getLine(), t.getColumn(), "declare " + t.getTypeName() + ": annotation @"
                                + a.getName() + " is not allowed in a rule set that is not trusted");
                    }
                }
            }
            for (FunctionDescr f : pkg.getFunctions()) {
                function(f);
            }
            for (RuleDescr r : pkg.getRules()) {
                rule(r);
            }
        }

        private void function(FunctionDescr f) {
            int start = Math.max(0, f.getStartCharacter());
            int bodyAt = text.indexOf(f.getBody(), start);
            functionPos.put(f.getName(), new Where(file, lines.line(start), lines.column(start)));
            Set<String> vars = new HashSet<>(f.getParameterNames());
            Set<String> called = calls.computeIfAbsent(f.getName(), k -> new LinkedHashSet<>());
            block(f.getBody(), bodyAt < 0 ? start : bodyAt, Place.FUNCTION, vars, called, "function " + f.getName());
        }

        private void rule(RuleDescr r) {
            String what = "rule \"" + r.getName() + "\"";
            for (AttributeDescr a : r.getAttributes().values()) {
                String v = a.getValue() == null ? "" : a.getValue().strip();
                if (!v.matches("-?\\d+|true|false|\"[^\"]*\"|[A-Za-z0-9_ -]*")) {
                    error(a.getLine(), a.getColumn(), what + ": attribute " + a.getName() + " must be a literal, not "
                            + "code, in a rule set that is not trusted");
                }
            }
            Set<String> vars = new HashSet<>();
            lhs(r.getLhs(), vars, what);
            if (!r.getNamedConsequences().isEmpty()) {
                error(r.getLine(), r.getColumn(), what + ": named consequences (then[...]) are not allowed in a rule "
                        + "set that is not trusted");
            }
            Object c = r.getConsequence();
            if (c instanceof String body && !body.isBlank()) {
                int lineStart = offsetOfLine(Math.max(1, r.getConsequenceLine()));
                String head = body.strip();
                int at = text.indexOf(head.substring(0, Math.min(head.length(), 40)), lineStart);
                int bodyAt = at < 0 ? lineStart : at - (body.length() - body.stripLeading().length());
                block(body, Math.max(0, bodyAt), Place.CONSEQUENCE, vars, new HashSet<>(), what);
            }
        }

        private int offsetOfLine(int line) {
            int off = 0;
            for (int l = 1; l < line && off >= 0; l++) {
                off = text.indexOf('\n', off) + 1;
                if (off == 0) {
                    return 0;
                }
            }
            return off;
        }

        // ---- conditions (left-hand side) ----------------------------------------------------------------------

        private void lhs(BaseDescr d, Set<String> vars, String what) {
            if (d == null) {
                return;
            }
            if (d instanceof PatternDescr p) {
                if (p.getIdentifier() != null) {
                    vars.add(p.getIdentifier());
                }
                Optional<Class<?>> type = resolve(p.getObjectType());
                boolean factType = declared.contains(p.getObjectType()) || type.filter(RuleCodeSafety::patternType).isPresent();
                if (!factType) {
                    error(p.getLine(), p.getColumn(), what + ": pattern " + p.getObjectType() + "(...) matches a type "
                            + "that is not a fact: rules may match the fact model, Conclusion, Params, DataTable and "
                            + "plain values");
                }
                for (BaseDescr c : p.getDescrs()) {
                    if (c instanceof ExprConstraintDescr e) {
                        constraint(e, vars, what);
                    } else {
                        lhs(c, vars, what);
                    }
                }
                lhs(p.getSource(), vars, what);
            } else if (d instanceof EvalDescr e) {
                expression(String.valueOf(e.getContent()), e.getLine(), e.getColumn(), vars, what, false);
            } else if (d instanceof FromDescr f) {
                expression(f.getDataSource() == null ? "" : f.getDataSource().getText(), f.getLine(), f.getColumn(),
                        vars, what, false);
            } else if (d instanceof org.drools.drl.ast.descr.GroupByDescr g) {
                error(g.getLine(), g.getColumn(), what + ": groupby is not allowed in a rule set that is not trusted");
            } else if (d instanceof AccumulateDescr a) {
                if (a.getInitCode() != null || a.getActionCode() != null || a.getResultCode() != null) {
                    error(a.getLine(), a.getColumn(), what + ": accumulate with init/action/result code is not "
                            + "allowed; use the accumulate functions " + new TreeSet<>(ACCUMULATE_FUNCTIONS));
                }
                for (var fn : a.getFunctions()) {
                    if (!ACCUMULATE_FUNCTIONS.contains(fn.getFunction())) {
                        error(a.getLine(), a.getColumn(), what + ": accumulate function " + fn.getFunction()
                                + " is not one of " + new TreeSet<>(ACCUMULATE_FUNCTIONS));
                    }
                    if (fn.getBind() != null) {
                        vars.add(fn.getBind());
                    }
                    for (String param : fn.getParams()) {
                        expression(param, a.getLine(), a.getColumn(), vars, what, false);
                    }
                }
                lhs(a.getInput(), vars, what);
            } else if (d instanceof CollectDescr c) {
                lhs(c.getInputPattern(), vars, what);
            } else if (d instanceof ConditionalElementDescr ce) {
                for (Object o : ce.getDescrs()) {
                    lhs((BaseDescr) o, vars, what);
                }
            } else {
                error(d.getLine(), d.getColumn(), what + ": " + d.getClass().getSimpleName().replace("Descr", "")
                        + " is not allowed in a rule set that is not trusted");
            }
        }

        private void constraint(ExprConstraintDescr e, Set<String> vars, String what) {
            DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
            ConstraintConnectiveDescr tree = parser.parse(e.getExpression());
            if (tree == null || parser.hasErrors()) {
                error(e.getLine(), e.getColumn(), what + ": the safety check cannot read the condition '"
                        + e.getExpression() + "'");
                return;
            }
            atoms(tree, e, vars, what);
        }

        private void atoms(BaseDescr d, ExprConstraintDescr e, Set<String> vars, String what) {
            if (d instanceof AtomicExprDescr a) {
                if (!a.isLiteral()) {
                    expression(a.getExpression(), e.getLine(), e.getColumn(), vars, what, true);
                }
            } else if (d instanceof BindingDescr b) {
                vars.add(b.getVariable());
                expression(b.getExpression(), e.getLine(), e.getColumn(), vars, what, true);
            } else if (d instanceof RelationalExprDescr r) {
                atoms(r.getLeft(), e, vars, what);
                atoms(r.getRight(), e, vars, what);
            } else if (d instanceof ConstraintConnectiveDescr c) {
                for (BaseDescr x : c.getDescrs()) {
                    atoms(x, e, vars, what);
                }
            }
        }

        private void expression(String code, int line, int column, Set<String> vars, String what, boolean inPattern) {
            if (code == null || code.isBlank()) {
                return;
            }
            ParseResult<Expression> r = JAVA.parseExpression(code.strip());
            if (!r.isSuccessful() || r.getResult().isEmpty()) {
                error(line, column, what + ": the safety check cannot read the expression '" + code.strip() + "'");
                return;
            }
            new CodeCheck(Place.CONDITION, vars, new HashSet<>(), what, inPattern, n -> new int[] {line, column})
                    .check(r.getResult().get());
        }

        // ---- consequences and functions ----------------------------------------------------------------------

        private void block(String body, int bodyOffset, Place place, Set<String> vars, Set<String> called, String what) {
            ParseResult<BlockStmt> r = JAVA.parseBlock("{" + body + "\n}");
            if (!r.isSuccessful() || r.getResult().isEmpty()) {
                int[] p = position(bodyOffset, r.getProblems().isEmpty() ? null
                        : r.getProblems().get(0).getLocation().flatMap(l -> l.getBegin().getRange())
                                .map(x -> x.begin).orElse(null));
                error(p[0], p[1], what + ": the safety check cannot read " + place.label + " as Java ("
                        + (r.getProblems().isEmpty() ? "parse error" : r.getProblems().get(0).getMessage().lines()
                                .findFirst().orElse("")) + "); only plain Java is allowed in a rule set that is not trusted");
                return;
            }
            BlockStmt b = r.getResult().get();
            b.findAll(VariableDeclarator.class).forEach(v -> vars.add(v.getNameAsString()));
            b.findAll(Parameter.class).forEach(v -> vars.add(v.getNameAsString()));
            new CodeCheck(place, vars, called, what, false,
                    n -> position(bodyOffset, n.getBegin().orElse(null))).check(b);
        }

        /** Maps a position in "{" + body to the file: line 1 is shifted by the brace. */
        private int[] position(int bodyOffset, Position p) {
            int line = lines.line(bodyOffset);
            int col = lines.column(bodyOffset);
            if (p == null) {
                return new int[] {line, col};
            }
            return p.line == 1 ? new int[] {line, col + p.column - 2} : new int[] {line + p.line - 1, p.column};
        }

        // ---- the Java itself ---------------------------------------------------------------------------------

        private final class CodeCheck {
            private final Place place;
            private final Set<String> vars;
            private final Set<String> called;
            private final String what;
            private final boolean inPattern;
            private final java.util.function.Function<Node, int[]> where;

            CodeCheck(Place place, Set<String> vars, Set<String> called, String what, boolean inPattern,
                    java.util.function.Function<Node, int[]> where) {
                this.place = place;
                this.vars = vars;
                this.called = called;
                this.what = what;
                this.inPattern = inPattern;
                this.where = where;
            }

            void check(Node root) {
                root.walk(Node.TreeTraversal.PREORDER, this::node);
            }

            private void bad(Node n, String message) {
                int[] p = where.apply(n);
                error(p[0], p[1], what + ": " + message);
            }

            private void node(Node n) {
                if (n instanceof WhileStmt || n instanceof DoStmt) {
                    bad(n, place == Place.CONSEQUENCE ? "a consequence may not loop; report per fact with a rule, or walk a list in a function"
                            : "while/do loops are not allowed (they need not end); walk a list with for (T x : list)");
                } else if (n instanceof ForEachStmt && place != Place.FUNCTION) {
                    bad(n, place.label + " may not loop; walk the list in a function");
                } else if (n instanceof ForStmt f) {
                    if (place != Place.FUNCTION) {
                        bad(n, place.label + " may not loop; walk the list in a function");
                    } else if (!boundedFor(f)) {
                        bad(n, "only counting loops are allowed (for (int i = a; i < b; i++) without assigning i in "
                                + "the body) or for (T x : list)");
                    }
                } else if (n instanceof TryStmt || n instanceof ThrowStmt || n instanceof SynchronizedStmt
                        || n instanceof LabeledStmt) {
                    bad(n, keyword(n) + " is not allowed in rule code");
                } else if (n instanceof LocalClassDeclarationStmt || n instanceof LocalRecordDeclarationStmt) {
                    bad(n, "local classes are not allowed in rule code");
                } else if (n instanceof LambdaExpr || n instanceof MethodReferenceExpr) {
                    bad(n, "lambdas and method references are not allowed in rule code");
                } else if (n instanceof ClassExpr) {
                    bad(n, "class literals (reflection) are not allowed in rule code");
                } else if (n instanceof ThisExpr && place != Place.CONDITION || n instanceof SuperExpr) {
                    bad(n, "this/super are not allowed in rule code");
                } else if (n instanceof ObjectCreationExpr o) {
                    creation(o);
                } else if (n instanceof MethodCallExpr m) {
                    call(m);
                } else if (n instanceof FieldAccessExpr f && DENIED_PROPERTIES.contains(f.getNameAsString())) {
                    bad(f, "." + f.getNameAsString() + " is not allowed in rule code (reflection or the engine's session)");
                } else if (n instanceof FieldAccessExpr f && !(f.getParentNode().orElse(null) instanceof FieldAccessExpr)
                        && !(f.getParentNode().orElse(null) instanceof MethodCallExpr mc && mc.getScope().orElse(null) == f)) {
                    staticField(f);
                }
            }

            private String keyword(Node n) {
                return n instanceof TryStmt ? "try/catch" : n instanceof ThrowStmt ? "throw"
                        : n instanceof SynchronizedStmt ? "synchronized" : "a labelled statement";
            }

            private void creation(ObjectCreationExpr o) {
                if (o.getAnonymousClassBody().isPresent()) {
                    bad(o, "anonymous classes are not allowed in rule code");
                    return;
                }
                String name = o.getType().getNameWithScope();
                Optional<Class<?>> c = resolve(name);
                boolean ok = declared.contains(name)
                        || c.filter(k -> NEW_JDK.contains(k.getName()) || inDsl(k)).isPresent();
                if (!ok) {
                    bad(o, "new " + name + "(...) is not allowed: rule code may create only collections, "
                            + "StringBuilder, BigDecimal/BigInteger and fact-model values");
                }
            }

            private void call(MethodCallExpr m) {
                String name = m.getNameAsString();
                Optional<Expression> scope = m.getScope();
                if (scope.isEmpty()) {
                    if (functions.contains(name)) {
                        called.add(name);
                    } else if (MEMORY_OPS.contains(name)) {
                        bad(m, name + "(...) changes the engine's working memory, which rules may not; report "
                                + "through out.* (a conclusion with out.conclude/out.element)");
                    } else if (!inPattern) {
                        bad(m, name + "(...) is neither a function of this rule set nor part of the rule DSL");
                    } else if (DENIED_METHODS.contains(name)) {
                        bad(m, name + "(...) is not allowed in rule code");
                    }
                    return;
                }
                Expression s = scope.get();
                Optional<Class<?>> type = typeOf(s);
                if (type.isPresent()) {
                    Class<?> c = type.get();
                    if (!staticAllowed(c) || IMPURE_STATICS.contains(name) || DENIED_METHODS.contains(name)) {
                        bad(m, c.getName() + "." + name + "(...) is not allowed: rule code may call only the rule DSL "
                                + "and pure operations (Math, String, numbers, dates, collections)");
                    }
                    return;
                }
                if (s instanceof NameExpr n && n.getNameAsString().equals("out") && !vars.contains("out")) {
                    if (!FINDINGS_METHODS.contains(name)) {
                        bad(m, "out." + name + "(...) is not a method of the rule DSL");
                    }
                    return;
                }
                if (s instanceof NameExpr n && (n.getNameAsString().equals("drools")
                        || n.getNameAsString().equals("kcontext"))) {
                    if (!DROOLS_METHODS.contains(name)) {
                        bad(m, n.getNameAsString() + "." + name + "(...) is not allowed: pass drools to out.* only");
                    }
                    return;
                }
                if (DENIED_METHODS.contains(name)) {
                    bad(m, "." + name + "(...) is not allowed in rule code (reflection, threads or the engine's session)");
                }
            }

            private void staticField(FieldAccessExpr f) {
                Optional<Class<?>> type = typeOf(f.getScope());
                if (type.isPresent() && !staticAllowed(type.get()) && !type.get().isEnum()) {
                    bad(f, type.get().getName() + "." + f.getNameAsString() + " is not allowed in rule code");
                }
            }

            /** The class an expression names when it is a type (Tri, java.nio.file.Files), else empty. */
            private Optional<Class<?>> typeOf(Expression s) {
                String dotted = dotted(s);
                if (dotted == null) {
                    return Optional.empty();
                }
                String first = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
                if (vars.contains(first) || first.startsWith("$") || first.equals("out") || first.equals("drools")
                        || first.equals("kcontext")) {
                    return Optional.empty();
                }
                Optional<Class<?>> c = resolve(dotted);
                if (c.isPresent()) {
                    return c;
                }
                // A static field of a class (BigDecimal.ONE, java.lang.System.out): a value, allowed only on
                // allowed classes.
                String prefix = dotted;
                while (prefix.contains(".")) {
                    prefix = prefix.substring(0, prefix.lastIndexOf('.'));
                    Optional<Class<?>> owner = resolve(prefix);
                    if (owner.isPresent()) {
                        if (!staticAllowed(owner.get()) && !owner.get().isEnum()) {
                            bad(s, dotted + " is not allowed in rule code");
                        }
                        return Optional.empty();
                    }
                }
                if (Character.isUpperCase(first.charAt(0)) && !inPattern && !declared.contains(first)) {
                    bad(s, "unknown type " + dotted + ": the safety check cannot tell what it does");
                }
                return c;
            }

            private boolean boundedFor(ForStmt f) {
                if (f.getInitialization().size() != 1 || f.getUpdate().size() != 1 || f.getCompare().isEmpty()) {
                    return false;
                }
                var init = f.getInitialization().get(0);
                if (!init.isVariableDeclarationExpr() || init.asVariableDeclarationExpr().getVariables().size() != 1) {
                    return false;
                }
                String i = init.asVariableDeclarationExpr().getVariable(0).getNameAsString();
                Expression cmp = f.getCompare().get();
                if (!cmp.isBinaryExpr() || !(cmp.asBinaryExpr().getLeft() instanceof NameExpr l)
                        || !l.getNameAsString().equals(i)) {
                    return false;
                }
                var op = cmp.asBinaryExpr().getOperator().asString();
                Expression u = f.getUpdate().get(0);
                boolean up = u instanceof UnaryExpr ue && ue.getExpression() instanceof NameExpr un
                        && un.getNameAsString().equals(i) && ue.getOperator().asString().equals("++");
                boolean down = u instanceof UnaryExpr de && de.getExpression() instanceof NameExpr dn
                        && dn.getNameAsString().equals(i) && de.getOperator().asString().equals("--");
                if (!(up && (op.equals("<") || op.equals("<=")) || down && (op.equals(">") || op.equals(">=")))) {
                    return false;
                }
                boolean assigned = f.getBody().findAll(AssignExpr.class).stream()
                        .anyMatch(a -> a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(i))
                        || f.getBody().findAll(UnaryExpr.class).stream()
                                .anyMatch(x -> x.getExpression() instanceof NameExpr t && t.getNameAsString().equals(i));
                return !assigned;
            }
        }

        private static String dotted(Expression e) {
            if (e instanceof NameExpr n) {
                return n.getNameAsString();
            }
            if (e instanceof FieldAccessExpr f) {
                String s = dotted(f.getScope());
                return s == null ? null : s + "." + f.getNameAsString();
            }
            return null;
        }

        /** Resolves a type name as the DRL compiler would: explicit imports, wildcard imports, java.lang, FQN. */
        private Optional<Class<?>> resolve(String name) {
            if (name == null) {
                return Optional.empty();
            }
            String plain = name.replaceAll("<.*>", "").replace("[]", "").strip();
            return resolved.computeIfAbsent(plain, this::lookup);
        }

        private Optional<Class<?>> lookup(String name) {
            String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            String rest = name.contains(".") ? name.substring(first.length()) : "";
            List<String> candidates = new ArrayList<>();
            for (ImportDescr i : pkg.getImports()) {
                String t = i.getTarget();
                if (t.endsWith("." + first)) {
                    candidates.add(t + rest);
                } else if (t.endsWith(".*")) {
                    candidates.add(t.substring(0, t.length() - 1) + name);
                }
            }
            candidates.add("java.lang." + name);
            if (pkg.getName() != null && !pkg.getName().isEmpty()) {
                candidates.add(pkg.getName() + "." + name);
            }
            candidates.add(name);
            for (String c : candidates) {
                Optional<Class<?>> k = load(c);
                if (k.isPresent()) {
                    return k;
                }
            }
            return Optional.empty();
        }

        private static Optional<Class<?>> load(String dotted) {
            String n = dotted;
            while (true) {
                try {
                    return Optional.of(Class.forName(n, false, RuleCodeSafety.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    int dot = n.lastIndexOf('.');
                    if (dot < 0) {
                        return Optional.empty();
                    }
                    // a nested class: a.b.Outer.Inner is a.b.Outer$Inner
                    n = n.substring(0, dot) + "$" + n.substring(dot + 1);
                    if (n.indexOf('.') < 0) {
                        return Optional.empty();
                    }
                    if (n.chars().filter(ch -> ch == '$').count() > 3) {
                        return Optional.empty();
                    }
                }
            }
        }

        private void error(int line, int column, String message) {
            out.add(new RuleSetDiagnostic(file, Math.max(line, 0), Math.max(column, 0), "error", message));
        }
    }

    private static boolean inDsl(Class<?> c) {
        return DSL_PACKAGES.contains(c.getPackageName());
    }

    private static boolean staticAllowed(Class<?> c) {
        Class<?> top = c;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        return inDsl(top) || PURE_JDK.contains(top.getName())
                || top.getPackageName().equals("se.ioprules.api") && (top.isEnum() || top.isRecord());
    }

    private static boolean patternType(Class<?> c) {
        return inDsl(c) || PATTERN_JDK.contains(c.getName())
                || c.getPackageName().equals("se.ioprules.api") && (c.isEnum() || c.isRecord());
    }
}

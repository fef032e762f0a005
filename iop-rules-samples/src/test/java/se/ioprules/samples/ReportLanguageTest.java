package se.ioprules.samples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ioprules.api.CriterionKind;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.Finding;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.Likelihood;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.RuleSetStatus;
import se.ioprules.api.Verdict;
import se.ioprules.api.facts.FactText;
import se.ioprules.api.facts.Partnership;
import se.ioprules.report.HtmlReport;
import se.ioprules.report.MarkdownReport;

/**
 * Every sample (at its signing date and today) and every golden scenario of the built-in rule sets
 * ({@code <rule-set-id>/tests/} in iop-rules-rulesets), in Markdown and HTML, in both languages: the reports
 * show prose, not code. The Swedish reports contain no raw enum value (no constant of the fact model's, the API's or
 * a conclusion's enums as a word), no "ASSUMPTION", no Java list syntax ("[A, B]") and no rule name (rule names are
 * English); the English reports show the English rule-set titles and no "ASSUMPTION:" either.
 */
class ReportLanguageTest {
    private static final Path SCENARIOS = Path.of("..", "iop-rules-rulesets", "src", "main", "resources", "iop-rules", "rulesets");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}_.-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\p{L}\\p{N}_-])");
    /** "[A, B]": a list as Java prints it. */
    private static final Pattern JAVA_LIST = Pattern.compile("\\\\?\\[[^\\[\\]\\n]{1,200}?, [^\\[\\]\\n]{1,200}?\\\\?]");
    private static final Set<String> CODES = codes();

    private static IopRulesEngine engine;

    @BeforeAll
    static void start() {
        engine = IopRules.engine();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    record Case(String name, Partnership partnership, Evaluation evaluation) {
    }

    /** Every constant the reports could leak: the fact model's enums, the API's, and the rule sets' conclusions. */
    private static Set<String> codes() {
        Set<String> out = new TreeSet<>();
        Properties labels = new Properties();
        try (InputStream in = FactText.class.getResourceAsStream("value-labels.properties")) {
            labels.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        labels.stringPropertyNames().forEach(k -> out.add(k.substring(k.indexOf('.') + 1)));
        for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(Outcome.class, Verdict.class,
                Likelihood.class, CriterionKind.class, RuleSetStatus.class, se.ioprules.api.VerdictBasis.class)) {
            for (Enum<?> c : e.getEnumConstants()) {
                out.add(c.name());
            }
        }
        // the laws' own abbreviations read as words in Swedish prose ("ett valfrihetssystem enligt LOV"), even where
        // an enum constant shares the spelling (AwardRoute.LOV)
        out.removeAll(List.of("LOV", "LOU"));
        out.addAll(List.of("MET", "NOT_MET", "CONTESTED", "PUBLIC_CONTRACT", "NOT_PUBLIC_CONTRACT", "STATE_AID",
                "NOT_STATE_AID", "APPLIES", "DOES_NOT_APPLY", "COMPLETED", "IN_PROGRESS", "EXCLUDED", "NOT_NEEDED",
                "REMEDIATED"));
        return out;
    }

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (Partnership p : Samples.all()) {
            out.add(new Case(p.id() + "@signing", p, engine.evaluate(p, EvaluationRequest.DEFAULT)));
            out.add(new Case(p.id() + "@today+stockholm", p, engine.evaluate(p, EvaluationRequest.builder()
                    .asOf(LocalDate.now()).ruleSets("stockholm-2017").build())));
        }
        assertTrue(Files.isDirectory(SCENARIOS), "scenarios not found at " + SCENARIOS.toAbsolutePath());
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.walk(SCENARIOS)) {
            files = s.filter(f -> f.toString().endsWith(".scenario.json")).sorted().toList();
        }
        assertTrue(files.size() > 50, "expected the built-in scenarios, found " + files.size());
        for (Path f : files) {
            JsonNode n = json.readTree(Files.readString(f, StandardCharsets.UTF_8));
            // Scenario.read resolves a shared partnership (partnershipFile) and its override.
            Partnership p = se.ioprules.authoring.Scenario.read(f).partnership();
            EvaluationRequest.Builder b = EvaluationRequest.builder();
            if (n.hasNonNull("asOf")) {
                b.asOf(LocalDate.parse(n.get("asOf").asText()));
            }
            if (n.has("ruleSets")) {
                List<String> sets = new ArrayList<>();
                n.get("ruleSets").forEach(x -> sets.add(x.asText()));
                b.ruleSets(sets.toArray(String[]::new));
            }
            out.add(new Case(SCENARIOS.relativize(f).toString(), p, engine.evaluate(p, b.build())));
        }
        return out;
    }

    /** The text a person reads in an HTML page: tags dropped, entities decoded. */
    static String text(String html) {
        String body = html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<head>.*?</head>", "");
        return body.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    @Test
    void swedishReportsShowProseNotCode() throws IOException {
        List<String> problems = new ArrayList<>();
        int reports = 0;
        for (Case c : cases()) {
            Set<String> ruleNames = new HashSet<>();
            for (RuleSetResult r : c.evaluation().ruleSets()) {
                for (Finding f : r.findings()) {
                    ruleNames.add(f.rule());
                }
            }
            String md = MarkdownReport.render(c.evaluation(), c.partnership(), "sv");
            String html = text(HtmlReport.render(c.evaluation(), c.partnership(), "sv"));
            for (String[] report : List.of(new String[] {"md", md}, new String[] {"html", html})) {
                reports++;
                String where = c.name() + " (" + report[0] + ", sv)";
                String text = report[1];
                Matcher m = WORD.matcher(text);
                Set<String> leaked = new TreeSet<>();
                while (m.find()) {
                    if (CODES.contains(m.group()) || m.group().contains("_")) {
                        leaked.add(m.group());
                    }
                }
                if (!leaked.isEmpty()) {
                    problems.add(where + ": raw enum values " + leaked + context(text, leaked.iterator().next()));
                }
                if (text.toLowerCase(java.util.Locale.ROOT).contains("assumption")) {
                    problems.add(where + ": \"ASSUMPTION\"" + context(text, "ASSUMPTION"));
                }
                Matcher list = JAVA_LIST.matcher(text);
                if (list.find()) {
                    problems.add(where + ": Java list syntax " + list.group());
                }
                for (String rule : ruleNames) {
                    if (!rule.isEmpty() && text.contains(rule)) {
                        problems.add(where + ": English rule name \"" + rule + "\"");
                    }
                }
            }
        }
        assertTrue(reports > 100, "reports checked: " + reports);
        assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n" + String.join("\n",
                problems.subList(0, Math.min(40, problems.size()))));
    }

    @Test
    void englishReportsHaveEnglishTitlesAndNoAssumptionCode() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Case c : cases()) {
            String md = MarkdownReport.render(c.evaluation(), c.partnership(), "en");
            String html = text(HtmlReport.render(c.evaluation(), c.partnership(), "en"));
            for (RuleSetResult r : c.evaluation().ruleSets()) {
                String title = r.ruleSet().title("en");
                assertFalse(title.equals(r.ruleSet().title()), r.ruleSet().ref() + " has no English title");
                if (!html.contains(title)) {
                    problems.add(c.name() + ": English title of " + r.ruleSet().ref() + " missing in HTML");
                }
            }
            if (md.contains("ASSUMPTION:") || html.contains("ASSUMPTION:")) {
                problems.add(c.name() + ": ASSUMPTION: shown as code");
            }
            if (md.contains("Sammanfattning") || html.contains("Sammanfattning")) {
                problems.add(c.name() + ": Swedish heading in the English report");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static String context(String text, String word) {
        int i = text.indexOf(word);
        return i < 0 ? "" : " near \"" + text.substring(Math.max(0, i - 80), Math.min(text.length(), i + 40))
                .replace('\n', ' ') + "\"";
    }
}

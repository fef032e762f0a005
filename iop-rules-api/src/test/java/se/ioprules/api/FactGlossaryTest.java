package se.ioprules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.ioprules.api.facts.FactPaths;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.RemedyOnBreach;
import se.ioprules.api.facts.SanctionClause;

/**
 * The fact glossary is complete and well-formed: every fact path has a question and a help text in Swedish and
 * English, every key of the file is a real path, questions are questions, and no enum code leaks into a sentence.
 */
class FactGlossaryTest {
    private static final String RESOURCE = "/se/ioprules/api/facts/fact-glossary.properties";
    /** Abbreviations a sentence may use; any other word in capitals with two or more letters reads as a code. */
    private static final Set<String> ABBREVIATIONS = Set.of("IOP", "IOP:er", "LOU", "LOV", "EU", "SGEI", "TFEU", "SEK",
            "EUR", "KS", "SOU", "SKL", "CPV");
    private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z][A-Z0-9_]+\\b");

    @Test
    void everyFactPathHasAQuestionAndHelpInBothLanguages() {
        List<String> paths = FactGlossary.paths();
        assertEquals(183, paths.size(), "the fact model changed: add glossary entries for new facts");
        List<String> missing = new ArrayList<>();
        for (String path : paths) {
            FactGlossary.Entry e = FactGlossary.entry(path).orElse(null);
            if (e == null || blank(e.ask().sv()) || blank(e.ask().en()) || blank(e.help().sv()) || blank(e.help().en())) {
                missing.add(path);
            }
        }
        assertEquals(List.of(), missing, "fact paths without a complete glossary entry (ask and help, sv|en)");
        assertEquals(paths, FactGlossary.entries().stream().map(FactGlossary.Entry::path).toList());
    }

    @Test
    void theShippedFileHasOnlyRealKeysEachOnceWithBothLanguages() throws IOException {
        assertEquals(List.of(), problems(shipped()));
    }

    @Test
    void aTypoOrAStrayKeyOrAMissingLanguageIsReported() {
        String text = """
                # a comment
                agreement.instrument.ask=Vilket?|Which?
                agreement.instrumnt.help=Stavfel.|Typo.
                agreement.instrument.hint=Fel suffix.|Wrong suffix.
                agreement.ask=En grupp, inte ett faktum?|A group, not a fact?
                term.endDate.ask=Bara svenska?
                term.endDate.ask=Två gånger?|Twice?
                """;
        assertEquals(List.of(
                "line 3: agreement.instrumnt is not a fact path",
                "line 4: agreement.instrument.hint: the suffix must be .ask or .help",
                "line 5: agreement is not a fact path",
                "line 6: term.endDate.ask: write Swedish|English",
                "line 7: term.endDate.ask is given twice"), problems(text));
    }

    @Test
    void questionsAreQuestionsAndNameNoEnumCode() {
        List<String> bad = new ArrayList<>();
        for (FactGlossary.Entry e : FactGlossary.entries()) {
            for (String q : List.of(e.ask().sv(), e.ask().en())) {
                if (!q.endsWith("?")) {
                    bad.add(e.path() + ": not a question: " + q);
                }
            }
            for (String t : List.of(e.ask().sv(), e.ask().en(), e.help().sv(), e.help().en())) {
                String code = code(t);
                if (code != null) {
                    bad.add(e.path() + ": names the code " + code + ": " + t);
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void theCodeCheckCatchesConstantsButNotAbbreviations() {
        assertEquals("REPAYMENT_ONLY", code("Är svaret REPAYMENT_ONLY?"));
        assertEquals("TRUE", code("Svara TRUE om det stämmer."));
        assertEquals(null, code("Upphandlas tjänsten enligt LOU eller i ett valfrihetssystem (LOV)?"));
    }

    @Test
    void choiceFactsOfferEveryValueWithLabelsInBothLanguages() {
        int choices = 0;
        for (FactGlossary.Entry e : FactGlossary.entries()) {
            Class<?> type = FactPaths.typeOf(Partnership.class, e.path()).orElseThrow();
            if (type.isEnum() && type != se.ioprules.api.facts.Tri.class) {
                assertEquals(type.getEnumConstants().length, e.answers().size(), e.path());
                assertEquals("enum", e.type(), e.path());
            }
            if (e.type().equals("tri")) {
                assertEquals(List.of("TRUE", "FALSE"), e.answers().stream().map(FactGlossary.Answer::value).toList(),
                        e.path() + ": unknown is no answer, it leaves the fact unrecorded");
            }
            if (e.type().equals("tri") || e.type().equals("enum")) {
                assertFalse(e.answers().isEmpty(), e.path());
                choices++;
            }
            Set<String> values = new HashSet<>();
            for (FactGlossary.Answer a : e.answers()) {
                assertFalse(blank(a.label().sv()) || blank(a.label().en()), e.path() + " " + a.value());
                assertTrue(values.add(a.value()), e.path() + " repeats " + a.value());
            }
        }
        assertTrue(choices > 120, "tri-state and enum facts: " + choices);
    }

    @Test
    void aSetOfConstantsOffersItsConstantsAsChoices() {
        FactGlossary.Entry sanctions = FactGlossary.entry("agreement.sanctionClauses").orElseThrow();
        assertEquals("set", sanctions.type());
        assertEquals(SanctionClause.values().length, sanctions.answers().size());
        assertEquals(new LocalizedText("vite", "contractual penalty (vite)"), sanctions.answers().get(0).label());
        assertEquals(List.of(), FactGlossary.entry("initiative.processStepsCompleted").orElseThrow().answers(),
                "a set of numbers has no fixed choices");
    }

    @Test
    void entriesAreFoundWithOrWithoutListSelectors() {
        assertEquals("parties[].idea.democracy.discrimination",
                FactGlossary.normalize("parties[forening].idea.democracy.discrimination"));
        FactGlossary.Entry e = FactGlossary.entry("parties[forening].idea.registeredIn2022_900").orElseThrow();
        assertEquals("parties[].idea.registeredIn2022_900", e.path());
        assertEquals("tri", e.type());
        FactGlossary.Entry remedy = FactGlossary.entry("agreement.remedyOnBreach").orElseThrow();
        assertEquals(RemedyOnBreach.REPAYMENT_ONLY.name(), remedy.answers().get(0).value());
        assertEquals(new LocalizedText("bara återbetalning", "repayment only"), remedy.answers().get(0).label());
        assertTrue(FactGlossary.entry("agreement").isEmpty(), "a group is not a fact");
        assertTrue(FactGlossary.entry("no.such.fact").isEmpty());
    }

    /**
     * Problems of a glossary file's text: stray or repeated keys, unknown suffixes, a language missing. (Missing
     * entries are found through the API, above.)
     */
    static List<String> problems(String text) {
        Set<String> paths = new HashSet<>(FactGlossary.paths());
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "line " + (i + 1) + ": ";
            int eq = line.indexOf('=');
            if (eq < 0) {
                out.add(where + "not key=value (continuation lines are not used in this file)");
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1);
            int dot = key.lastIndexOf('.');
            String suffix = dot < 0 ? "" : key.substring(dot + 1);
            String path = dot < 0 ? key : key.substring(0, dot);
            if (!paths.contains(path)) {
                out.add(where + path + " is not a fact path");
            } else if (!suffix.equals("ask") && !suffix.equals("help")) {
                out.add(where + key + ": the suffix must be .ask or .help");
            } else if (!seen.add(key)) {
                out.add(where + key + " is given twice");
            } else {
                String[] parts = value.split("\\|", -1);
                if (parts.length != 2 || blank(parts[0]) || blank(parts[1])) {
                    out.add(where + key + ": write Swedish|English");
                }
            }
        }
        return out;
    }

    private static String shipped() throws IOException {
        try (InputStream in = FactGlossary.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** @return the first word in capitals that is not a known abbreviation, or null */
    private static String code(String text) {
        Matcher m = CAPITALS.matcher(text);
        while (m.find()) {
            if (!ABBREVIATIONS.contains(m.group())) {
                return m.group();
            }
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

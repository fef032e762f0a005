package se.ioprules.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.FactGlossary;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.OpenQuestion;
import se.ioprules.api.OpenQuestions;
import se.ioprules.api.Problem;
import se.ioprules.api.facts.FactBasis;
import se.ioprules.api.facts.FactPaths;
import se.ioprules.api.facts.FactSource;
import se.ioprules.api.facts.FactText;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.PartnershipJson;

/**
 * {@code iop-rules interview}: asks the decisive questions one at a time, in rank order, and writes the completed
 * partnership. The conversation goes to standard error (as a shell's {@code read -p} prompt does), the answers are
 * read from standard input line by line, and the partnership JSON goes to standard output or --out, so it can be
 * scripted: {@code printf '1\n2\nsluta\n' | iop-rules interview --out p.json}.
 */
@Command(name = "interview", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Asks the decisive questions one at a time (most decisive first), shows after each answer what is now "
                    + "decided, and writes the completed partnership JSON. Answer with the number or the word; "
                    + "'vet inte' (or ?) skips, 'tillbaka' (or b) goes back, 'sluta' (or s) stops and writes.",
            "Facts suggested by 'iop-rules extract' (not yet confirmed) are offered first, each with the words "
                    + "it was read from: j confirms it, n removes it (and asks for the right answer), ? leaves it.",
            "Every answered fact is recorded in factSources as stated in the interview, with the date. Without FILE "
                    + "it starts from nothing recorded."})
final class InterviewCommand implements java.util.concurrent.Callable<Integer> {
    private final Io io;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A partial partnership JSON file to complete.")
    String file;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the partnership JSON to FILE instead of "
            + "standard output.")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "sv", description = "sv (default) or en.")
    EvaluateCommand.Lang lang;

    @Mixin
    RequestOptions requestOptions = new RequestOptions();

    @Mixin
    EngineMixin engineOptions = new EngineMixin();

    InterviewCommand(Io io) {
        this.io = io;
    }

    /** Answers that stop the interview and save what was answered. */
    private static final List<String> STOP = List.of("s", "sluta", "stop", "q", "quit");
    /** Answers that leave a question unanswered ("vet inte"). */
    private static final List<String> SKIP = List.of("?", "vet inte", "vet ej", "don't know", "dont know", "skip", "v");

    /** The questions considered per round: enough that skipped ones leave others to ask. */
    static final int QUESTIONS_PER_ROUND = 100;

    private record Step(Partnership before, String fact) {
    }

    @Override
    public Integer call() throws IOException {
        if ("-".equals(file)) {
            throw new CliException(ExitCode.USAGE, "interview reads the answers from standard input; give the "
                    + "partnership as a file");
        }
        EvaluationRequest request = requestOptions.request();
        Output.check(out, file == null ? List.of() : List.of(file));
        Partnership p = file == null ? Partnership.EMPTY : QuestionsCommand.read(file, io, lang.name());
        String l = lang.name();
        PrintStream say = io.err();
        BufferedReader answers = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
        String reference = "iop-rules interview " + LocalDate.now();
        Deque<Step> history = new ArrayDeque<>();
        Set<String> skipped = new HashSet<>();
        int asked = 0;
        boolean narrowing = false;
        // A terminal echoes what is typed; piped answers are echoed here.
        boolean echo = io.in() != System.in || System.console() == null;
        try (IopRulesEngine engine = engineOptions.engine(io)) {
            Confirmed confirmed = confirmExtracted(p, answers, say, echo, reference, engine);
            p = confirmed.partnership();
            if (confirmed.stopped()) {
                return write(p, say);
            }
            OpenQuestions q = engine.openQuestions(p, request, new OpenQuestions.Bounds(QUESTIONS_PER_ROUND,
                    OpenQuestions.Bounds.DEFAULT.maxPairFacts()));
            Partnership askedAbout = p;
            say.println(t(l, "Läget nu: ", "Where it stands: ") + state(q.current(), l));
            loop:
            while (true) {
                Asked next = next(q, p, skipped);
                if (next == null) {
                    next = missingFact(engine, p, request, skipped);
                    if (next != null && !narrowing) {
                        narrowing = true;
                        say.println();
                        say.println(t(l, "Inget enskilt svar avgör längre något. Nu frågor om det som saknas för "
                                + "de rättsliga bedömningarna; varje svar smalnar av det som måste vägas.",
                                "No single answer decides anything any more. Now questions about what the legal "
                                + "assessments lack; each answer narrows what must be weighed."));
                    }
                }
                if (next == null) {
                    say.println(t(l, "Inga fler frågor.", "No more questions."));
                    break;
                }
                asked++;
                say.println();
                say.println(asked + ". " + next.ask.in(l) + " [" + next.fact + "]");
                FactGlossary.entry(next.fact).map(e -> e.help().in(l)).filter(h -> !h.isBlank())
                        .ifPresent(h -> say.println("   " + h));
                for (int i = 0; i < next.options.size(); i++) {
                    Choice o = next.options.get(i);
                    say.println("   " + (i + 1) + ") " + o.label.in(l) + (o.effect.isEmpty() ? "" : " → " + o.effect));
                }
                say.println("   ?) " + t(l, "vet inte", "don't know") + "   b) " + t(l, "tillbaka", "back") + "   s) "
                        + t(l, "sluta och spara", "stop and save"));
                while (true) {
                    String a = prompt(answers, say, echo);
                    if (a == null || STOP.contains(a)) {
                        break loop; // "sluta", or the end of input: stop and save what was answered
                    }
                    if (a.isEmpty()) {
                        continue;
                    }
                    if (SKIP.contains(a)) {
                        skipped.add(next.fact);
                        break;
                    }
                    if (List.of("b", "tillbaka", "back").contains(a)) {
                        if (history.isEmpty()) {
                            say.println(t(l, "Inget att gå tillbaka till.", "Nothing to go back to."));
                            continue;
                        }
                        Step last = history.pop();
                        p = last.before();
                        skipped.remove(last.fact());
                        asked -= 2;
                        break;
                    }
                    Choice chosen = choose(next.options, a);
                    if (chosen == null) {
                        say.println(t(l, "Svara med en siffra 1–" + next.options.size() + ", ? , b eller s.",
                                "Answer with a number 1–" + next.options.size() + ", ?, b or s."));
                        continue;
                    }
                    Partnership answered = record(FactPaths.with(p, next.fact, chosen.value.value()), next.fact, reference);
                    List<Problem> problems = engine.validate(answered);
                    if (!problems.isEmpty()) {
                        say.println(t(l, "Svaret går inte ihop med det som redan är angivet: ",
                                "That answer contradicts what is recorded: ") + problems.get(0).message());
                        continue;
                    }
                    history.push(new Step(p, next.fact));
                    p = answered;
                    break;
                }
                if (p == askedAbout) {
                    continue; // skipped: nothing changed, the same questions stand
                }
                OpenQuestions before = q;
                askedAbout = p;
                q = engine.openQuestions(p, request, new OpenQuestions.Bounds(QUESTIONS_PER_ROUND,
                        OpenQuestions.Bounds.DEFAULT.maxPairFacts()));
                String decided = newlyDecided(before.current(), q.current(), l);
                say.println(t(l, "Läget nu: ", "Where it stands: ") + state(q.current(), l)
                        + (decided.isEmpty() ? "" : t(l, " – nu avgjort: ", " – now decided: ") + decided));
            }
        }
        return write(p, say);
    }

    private int write(Partnership p, PrintStream say) throws IOException {
        try (Output w = Output.open(out, io, file == null ? List.of() : List.of(file))) {
            w.write(PartnershipJson.write(p));
            w.commit();
        }
        if (out != null) {
            say.println(t(lang.name(), "Sparat i ", "Saved to ") + out);
        }
        return ExitCode.OK;
    }

    private record Confirmed(Partnership partnership, boolean stopped) {
    }

    /**
     * Facts suggested by {@code iop-rules extract} (basis EXTRACTED) are offered first, each with the words it was
     * read from: "ja" confirms it (basis DOCUMENTED, the same reference), "nej" removes it and, for a fact with a
     * closed set of answers, asks for the right one (stated in interview), "vet inte" leaves it unconfirmed. A
     * suggestion is never confirmed by silence: the end of input stops and leaves the rest unconfirmed.
     */
    private Confirmed confirmExtracted(Partnership p, BufferedReader answers, PrintStream say, boolean echo,
            String reference, IopRulesEngine engine) throws IOException {
        String l = lang.name();
        Partnership start = p;
        List<FactSource> extracted = p.factSources().stream()
                .filter(s -> s.basis() == FactBasis.EXTRACTED && FactPaths.resolve(start, s.path()).known()).toList();
        if (extracted.isEmpty()) {
            return new Confirmed(p, false);
        }
        say.println(t(l, extracted.size() + " uppgifter är utlästa ur avtalet och inte bekräftade. Stämmer de?",
                extracted.size() + " facts were read from the agreement and are not confirmed. Are they right?"));
        int n = 0;
        for (FactSource s : extracted) {
            n++;
            String path = s.path();
            var entry = FactGlossary.entry(path);
            String value = FactText.prose(path, FactPaths.resolve(p, path).text(), l);
            say.println();
            say.println(t(l, "Utläst ", "Extracted ") + n + "/" + extracted.size() + ": "
                    + entry.map(e -> e.ask().in(l)).orElse(path) + " [" + path + "]");
            say.println("   " + t(l, "Utläst svar: ", "Suggested answer: ") + value);
            if (s.reference() != null && !s.reference().isBlank()) {
                say.println("   " + t(l, "Ur: ", "From: ") + Io.printable(s.reference()));
            }
            say.println("   j) " + t(l, "stämmer", "right") + "   n) " + t(l, "stämmer inte", "wrong") + "   ?) "
                    + t(l, "vet inte (lämna obekräftad)", "don't know (leave unconfirmed)") + "   s) "
                    + t(l, "sluta och spara", "stop and save"));
            while (true) {
                String a = prompt(answers, say, echo);
                if (a == null || STOP.contains(a)) {
                    return new Confirmed(p, true);
                }
                if (a.isEmpty()) {
                    continue;
                }
                if (SKIP.contains(a)) {
                    break;
                }
                if (List.of("j", "ja", "y", "yes", "stämmer", "right").contains(a)) {
                    p = withSource(p, path, FactBasis.DOCUMENTED, s.reference() + "; "
                            + t(l, "bekräftat i ", "confirmed in ") + reference);
                    break;
                }
                if (List.of("n", "nej", "no", "stämmer inte", "wrong").contains(a)) {
                    Partnership cleared = withSource(FactPaths.with(p, path, null), path, null, null);
                    List<FactGlossary.Answer> options = entry.map(FactGlossary.Entry::answers).orElse(List.of());
                    Partnership corrected = options.isEmpty() ? null
                            : correct(cleared, path, options, answers, say, echo, reference, engine);
                    p = corrected == null ? cleared : corrected;
                    break;
                }
                say.println(t(l, "Svara j, n, ? eller s.", "Answer j (right), n (wrong), ? or s."));
            }
        }
        return new Confirmed(p, false);
    }

    /** After "wrong": the right answer among the fact's answers, or null (left unknown) for "vet inte". */
    private Partnership correct(Partnership p, String path, List<FactGlossary.Answer> options, BufferedReader answers,
            PrintStream say, boolean echo, String reference, IopRulesEngine engine) throws IOException {
        String l = lang.name();
        say.println("   " + t(l, "Vad är rätt?", "What is right?"));
        for (int i = 0; i < options.size(); i++) {
            say.println("   " + (i + 1) + ") " + options.get(i).label().in(l));
        }
        say.println("   ?) " + t(l, "vet inte", "don't know"));
        while (true) {
            String a = prompt(answers, say, echo);
            if (a == null || a.equals("?") || a.equals("vet inte") || a.equals("don't know")) {
                return null;
            }
            FactGlossary.Answer chosen = null;
            try {
                int i = Integer.parseInt(a);
                chosen = i >= 1 && i <= options.size() ? options.get(i - 1) : null;
            } catch (NumberFormatException e) {
                for (FactGlossary.Answer o : options) {
                    if (o.label().sv().equalsIgnoreCase(a) || o.label().en().equalsIgnoreCase(a)
                            || o.value().equalsIgnoreCase(a)) {
                        chosen = o;
                    }
                }
            }
            if (chosen == null) {
                say.println(t(l, "Svara med en siffra 1–" + options.size() + " eller ?.",
                        "Answer with a number 1–" + options.size() + " or ?."));
                continue;
            }
            Partnership answered;
            try {
                answered = record(FactPaths.with(p, path, typed(path, chosen.value())), path, reference);
            } catch (IllegalArgumentException e) {
                say.println(t(l, "Det svaret passar inte här.", "That answer does not fit here."));
                continue;
            }
            List<Problem> problems = engine.validate(answered);
            if (!problems.isEmpty()) {
                say.println(t(l, "Svaret går inte ihop med det som redan är angivet: ",
                        "That answer contradicts what is recorded: ") + problems.get(0).message());
                continue;
            }
            return answered;
        }
    }

    /** A glossary answer's text as a value of the fact's type (tri-state, enum or boolean). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object typed(String path, String text) {
        Class<?> type = FactPaths.typeOf(Partnership.class, path).orElse(String.class);
        if (type == Boolean.class || type == boolean.class) {
            return Boolean.valueOf(text);
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type, text);
        }
        return text;
    }

    /** The next answer, lower case and trimmed; null at the end of input. */
    private static String prompt(BufferedReader answers, PrintStream say, boolean echo) throws IOException {
        say.print("> ");
        say.flush();
        String line = answers.readLine();
        if (line == null) {
            say.println();
            return null;
        }
        if (echo) {
            say.println(Io.printable(line));
        }
        return line.strip().toLowerCase(Locale.ROOT);
    }

    /** The path's fact source replaced (basis null: removed). */
    private static Partnership withSource(Partnership p, String path, FactBasis basis, String reference) {
        List<FactSource> sources = new ArrayList<>();
        for (FactSource s : p.factSources()) {
            if (!path.equals(s.path())) {
                sources.add(s);
            }
        }
        if (basis != null) {
            sources.add(FactSource.builder().path(path).basis(basis).reference(reference).build());
        }
        return p.toBuilder().factSources(sources).build();
    }

    /** An answer offered: its value, its label and what it would settle. */
    private record Choice(OpenQuestion.Value value, LocalizedText label, String effect) {
    }

    private record Asked(String fact, LocalizedText ask, List<Choice> options) {
    }

    /**
     * The first question not skipped; of a pair, its first fact not yet recorded, with that fact's values (what the
     * pair settles needs both answers, so each value's effect is given only for single questions).
     */
    private Asked next(OpenQuestions q, Partnership p, Set<String> skipped) {
        String l = lang.name();
        for (OpenQuestion x : q.questions()) {
            String fact = x.facts().stream().filter(f -> !skipped.contains(f) && !FactPaths.resolve(p, f).known())
                    .findFirst().orElse(null);
            if (fact == null) {
                continue;
            }
            int index = x.facts().indexOf(fact);
            List<Choice> options = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (OpenQuestion.Answer a : x.answers()) {
                OpenQuestion.Value v = a.values().get(index);
                if (seen.add(v.text())) {
                    String effect = x.facts().size() == 1 ? effect(a, l)
                            : t(l, "avgörs tillsammans med nästa fråga", "settled together with the next question");
                    options.add(new Choice(v, v.label(), effect));
                }
            }
            LocalizedText ask = index == 0 ? x.ask() : FactGlossary.entry(fact).map(FactGlossary.Entry::ask)
                    .orElse(new LocalizedText(fact, fact));
            return new Asked(fact, ask, options);
        }
        return null;
    }

    /**
     * When no answer (alone or in a pair) settles an open outcome any more, the facts the open legal assessments name
     * as missing — public contract first, then state aid, in finding order — one at a time, with the glossary's
     * answers: each narrows what a lawyer must still weigh even where it decides nothing alone. Facts inside lists
     * and facts without a closed set of answers are left to the file.
     */
    private Asked missingFact(IopRulesEngine engine, Partnership p, EvaluationRequest request, Set<String> skipped) {
        se.ioprules.api.Evaluation e = engine.evaluate(p, request);
        List<String> open = new ArrayList<>();
        if (e.assessment().publicContract() == se.ioprules.api.Likelihood.NOT_ASSESSABLE) {
            open.add("eu-public-contract");
        }
        if (e.assessment().stateAid() == se.ioprules.api.Likelihood.NOT_ASSESSABLE) {
            open.add("state-aid");
        }
        for (String set : open) {
            for (se.ioprules.api.Finding f : e.ruleSet(set).map(se.ioprules.api.RuleSetResult::findings).orElse(List.of())) {
                for (String fact : f.missingFacts()) {
                    if (fact.contains("[") || skipped.contains(fact) || FactPaths.resolve(p, fact).known()) {
                        continue;
                    }
                    var entry = FactGlossary.entry(fact);
                    if (entry.isEmpty() || entry.get().answers().isEmpty()) {
                        continue;
                    }
                    List<Choice> options = new ArrayList<>();
                    try {
                        for (FactGlossary.Answer a : entry.get().answers()) {
                            options.add(new Choice(new OpenQuestion.Value(fact, typed(fact, a.value()), a.label()),
                                    a.label(), ""));
                        }
                    } catch (IllegalArgumentException notThisType) {
                        continue;
                    }
                    return new Asked(fact, entry.get().ask(), options);
                }
            }
        }
        return null;
    }

    private static Choice choose(List<Choice> options, String answer) {
        try {
            int n = Integer.parseInt(answer);
            return n >= 1 && n <= options.size() ? options.get(n - 1) : null;
        } catch (NumberFormatException e) {
            // a word
        }
        for (Choice o : options) {
            if (o.label.sv().equalsIgnoreCase(answer) || o.label.en().equalsIgnoreCase(answer)
                    || o.value.text().equalsIgnoreCase(answer)) {
                return o;
            }
        }
        return null;
    }

    /** The fact recorded as stated in this interview (any earlier source of the same path is replaced). */
    private static Partnership record(Partnership p, String fact, String reference) {
        return withSource(p, fact, FactBasis.STATED_IN_INTERVIEW, reference);
    }

    private static String effect(OpenQuestion.Answer a, String l) {
        if (a.settles().isEmpty()) {
            return t(l, "fortfarande öppet", "still open");
        }
        List<String> parts = new ArrayList<>();
        for (String key : a.settles()) {
            parts.add(word(key, a.outcomes(), l));
        }
        return String.join("; ", parts);
    }

    private static String state(OpenQuestions.Outcomes o, String l) {
        return word(OpenQuestions.PUBLIC_CONTRACT, o, l) + "; " + word(OpenQuestions.STATE_AID, o, l);
    }

    private static String newlyDecided(OpenQuestions.Outcomes before, OpenQuestions.Outcomes now, String l) {
        List<String> parts = new ArrayList<>();
        List<String> keys = new ArrayList<>(List.of(OpenQuestions.PUBLIC_CONTRACT, OpenQuestions.STATE_AID));
        keys.addAll(now.verdicts().keySet());
        for (String key : keys) {
            if (now.settled(key) && !now.value(key).equals(before.value(key))) {
                parts.add(word(key, now, l));
            }
        }
        return String.join("; ", parts);
    }

    /** An outcome in words; the same words as the reports' "Att ta reda på". */
    static String word(String key, OpenQuestions.Outcomes o, String l) {
        if (OpenQuestions.PUBLIC_CONTRACT.equals(key)) {
            return switch (o.publicContract()) {
                case LIKELY -> t(l, "sannolikt offentligt kontrakt", "likely a public contract");
                case UNLIKELY -> t(l, "sannolikt inte offentligt kontrakt", "unlikely to be a public contract");
                case NOT_ASSESSABLE -> t(l, "offentligt kontrakt: kan inte bedömas", "public contract: cannot be assessed");
            };
        }
        if (OpenQuestions.STATE_AID.equals(key)) {
            return switch (o.stateAid()) {
                case LIKELY -> t(l, "sannolikt statsstöd", "likely state aid");
                case UNLIKELY -> t(l, "sannolikt inte statsstöd", "unlikely to be state aid");
                case NOT_ASSESSABLE -> t(l, "statsstöd: kan inte bedömas", "state aid: cannot be assessed");
            };
        }
        String v = o.value(key);
        return key + ": " + (v == null ? "–" : switch (v) {
            case "MEETS" -> t(l, "uppfyller", "meets");
            case "DOES_NOT_MEET" -> t(l, "uppfyller inte", "does not meet");
            default -> t(l, "ofullständigt underlag", "incomplete facts");
        });
    }

    private static String t(String lang, String sv, String en) {
        return "en".equals(lang) ? en : sv;
    }
}

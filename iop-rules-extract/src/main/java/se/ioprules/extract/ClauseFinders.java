package se.ioprules.extract;

import static se.ioprules.extract.Swedish.stems;
import static se.ioprules.extract.Swedish.words;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause finders: each looks for the words that state one kind of fact and suggests it with the sentence that
 * says so. Precision over recall: a finder suggests only what its words state, skips a negated sentence unless the
 * negation is what it reads ("kan inte förlängas"), and leaves everything else unknown.
 */
final class ClauseFinders {
    private static final String PUBLIC = "kommunen|kommun|regionen|nämnden|staden|förvaltningen|landstinget";
    private static final String IDEA = "föreningen|organisationen|den idéburna parten|idéburna parten|stiftelsen|"
            + "församlingen|studieförbundet|stadsmissionen|förbundet|kretsen";
    private static final Pattern PUBLIC_SUBJECT = words(PUBLIC);
    private static final Pattern IDEA_SUBJECT = words(IDEA);

    private static final Pattern ORG_NR = Pattern.compile(
            "\\s*(?:,|\\()\\s*(?:org(?:anisations)?\\.?\\s*(?:nr|nummer)\\.?:?\\s*)?(\\d{6})-(\\d{4})(?!\\d)");
    /** Lower-case words that may stand inside a name ("Föreningen Fritid för alla", "Laholms kommun"). */
    private static final java.util.Set<String> NAME_WORDS = java.util.Set.of("kommun", "region", "i", "för", "och",
            "av", "på", "med", "alla", "till", "stad", "län", "läns", "samt", "svb");
    private static final java.util.Set<String> NOT_NAME = java.util.Set.of("Mellan", "Och", "Samt", "Parter", "Part",
            "Parterna", "Beställare", "Leverantör", "Avtalsparter", "Avtalsparterna", "Avtalspart", "Överenskommelseparter");

    /** The name before an organisation number: the capitalised words (and the small words inside names) before it. */
    static String nameBefore(String s, int end) {
        String before = s.substring(Math.max(0, end - 100), end);
        int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf('(')),
                Math.max(Math.max(before.lastIndexOf(':'), before.lastIndexOf(';')), before.lastIndexOf(')')));
        before = before.substring(cut + 1).strip();
        String[] ws = before.split("\\s+");
        int start = ws.length;
        for (int i = ws.length - 1; i >= 0; i--) {
            String w = ws[i];
            if (w.isEmpty() || w.chars().anyMatch(Character::isDigit)) {
                break;
            }
            if (Character.isUpperCase(w.charAt(0)) || NAME_WORDS.contains(w)) {
                start = i;
            } else {
                break;
            }
        }
        while (start < ws.length && (NOT_NAME.contains(ws[start]) || !Character.isUpperCase(ws[start].charAt(0)))) {
            start++;
        }
        String name = String.join(" ", java.util.Arrays.asList(ws).subList(start, ws.length));
        // "Kommunstyrelsen i Ådala kommun": the body that acts is not the party
        Matcher organ = Pattern.compile("^\\p{L}*(styrelsen|nämnden|fullmäktige) i (\\p{Lu}.*)$").matcher(name);
        return organ.matches() ? organ.group(2) : name;
    }

    private final List<Suggestion> out = new ArrayList<>();
    private final Map<String, Map<String, Object>> parties = new LinkedHashMap<>();
    private LocalDate termStart;
    private LocalDate termEnd;

    static List<Suggestion> find(AgreementDocument doc) {
        ClauseFinders f = new ClauseFinders();
        f.run(doc);
        return List.copyOf(f.out);
    }

    /** A longer "sentence" is not a clause anyone quotes (a table flattened, a broken file): it is not read. */
    static final int MAX_SENTENCE = 1_500;

    private static List<String> sentences(Block b) {
        return Swedish.sentences(b.text()).stream().filter(s -> s.length() <= MAX_SENTENCE).toList();
    }

    private void suggest(String path, Object value, String quote, Block b, double confidence) {
        out.add(new Suggestion(path, value, quote, b, confidence));
    }

    private void run(AgreementDocument doc) {
        List<Block> blocks = doc.blocks();
        title(blocks);
        for (Block b : blocks) {
            for (String s : sentences(b)) {
                parties(s, b);
                term(s, b);
            }
        }
        LocalDate latestSignature = null;
        Block signatureBlock = null;
        String signatureQuote = null;
        boolean anySanction = false;
        Suggestion repayment = null;
        for (Block b : blocks) {
            String sig = signature(b);
            if (sig != null) {
                LocalDate d = Swedish.dates(sig).get(0).date();
                if (latestSignature == null || d.isAfter(latestSignature)) {
                    latestSignature = d;
                    signatureBlock = b;
                    signatureQuote = sig;
                }
            }
            for (String s : sentences(b)) {
                String l = s.toLowerCase(Locale.ROOT);
                decision(s, l, b);
                extension(s, l, b);
                termination(s, l, b);
                money(s, l, b);
                anySanction |= sanctions(s, l, b);
                if (repayment == null && stems("återbetal|återkräv|återkrav|betala\\p{L}* tillbaka").matcher(l).find()
                        && !Swedish.negated(s)) {
                    repayment = new Suggestion("agreement.remedyOnBreach", "REPAYMENT_ONLY", s, b, 0.7);
                }
                initiative(s, l, b);
                steering(s, l, b);
                followUp(s, l, b);
                counterPerformance(s, l, b);
            }
        }
        if (latestSignature != null) {
            suggest("signingDate", latestSignature.toString(), signatureQuote, signatureBlock, 0.9);
            suggest("agreement.agreementSigned", Boolean.TRUE, signatureQuote, signatureBlock, 0.8);
        }
        // Repayment is the only remedy only when the document names no sanction at all.
        if (repayment != null && !anySanction) {
            out.add(repayment);
        }
    }

    // ---- title, label, instrument

    private void title(List<Block> blocks) {
        // the first block, when it is a heading or reads like one (a PDF has no styles)
        Block t = blocks.isEmpty() ? null : blocks.get(0);
        if (t == null || !(t.kind() == Block.Kind.HEADING || t.text().length() <= 150 && !t.text().endsWith("."))) {
            return;
        }
        String l = t.text().toLowerCase(Locale.ROOT);
        suggest("title", t.text(), t.text(), t, 1.0);
        if (stems("överenskommelse").matcher(l).find()) {
            suggest("agreement.agreementLabel", "OVERENSKOMMELSE", t.text(), t, 0.95);
        } else if (stems("avtal").matcher(l).find() || l.matches(".*\\p{L}avtal\\b.*")) {
            suggest("agreement.agreementLabel", "AVTAL", t.text(), t, 0.9);
        } else if (stems("kontrakt").matcher(l).find()) {
            suggest("agreement.agreementLabel", "KONTRAKT", t.text(), t, 0.9);
        }
        if (l.contains("idéburet offentligt partnerskap") || words("IOP").matcher(t.text()).find()) {
            suggest("agreement.instrument", "IOP_AGREEMENT", t.text(), t, 0.9);
        } else if (stems("bidragsbeslut|beslut om (förenings|verksamhets|projekt)?bidrag").matcher(l).find()) {
            suggest("agreement.instrument", "GRANT_DECISION", t.text(), t, 0.9);
        } else if (stems("upphandl").matcher(l).find() && stems("avtal|kontrakt").matcher(l).find()) {
            suggest("agreement.instrument", "PROCURED_CONTRACT", t.text(), t, 0.85);
        }
    }

    // ---- parties

    private void parties(String s, Block b) {
        Matcher m = ORG_NR.matcher(s);
        while (m.find()) {
            String name = nameBefore(s, m.start());
            String nr = m.group(1) + "-" + m.group(2);
            if (name.length() < 3 || parties.containsKey(nr)) {
                continue;
            }
            String ln = name.toLowerCase(Locale.ROOT);
            Map<String, Object> p = new LinkedHashMap<>();
            String sector = null;
            String form = null;
            char first = nr.charAt(0);
            if (words("kommun|kommunen|stad|staden").matcher(ln).find() && first == '2') {
                sector = "PUBLIC_MUNICIPALITY";
                form = "PUBLIC_AUTHORITY";
            } else if (words("region|regionen|landsting").matcher(ln).find() && first == '2') {
                sector = "PUBLIC_REGION";
                form = "PUBLIC_AUTHORITY";
            } else if (first == '8' && stems("förening|förbund|stiftelse|stadsmission|församling|studieförbund|krets")
                    .matcher(ln).find() || first == '8' && ln.matches(".*\\p{L}(förening|föreningen|förbund)\\b.*")) {
                sector = "IDEA_BASED";
                form = ln.contains("stiftelse") ? "STIFTELSE" : "IDEELL_FORENING";
            } else if (first == '8') {
                // 8: ideella föreningar and stiftelser (Bolagsverket's and Skatteverket's numbering)
                sector = "IDEA_BASED";
                form = ln.contains("stiftelse") ? "STIFTELSE" : "IDEELL_FORENING";
            } else if (first == '5' && words("AB|aktiebolag").matcher(name).find()) {
                sector = "PRIVATE_COMMERCIAL";
                form = "AKTIEBOLAG";
            }
            if (sector == null) {
                continue; // a name and number we cannot place: better unknown than wrong
            }
            String id = switch (sector) {
                case "PUBLIC_MUNICIPALITY" -> "kommun";
                case "PUBLIC_REGION" -> "region";
                case "IDEA_BASED" -> "forening";
                default -> "foretag";
            };
            List<Object> used = parties.values().stream().map(q -> q.get("id")).toList();
            String base = id;
            for (int i = 2; used.contains(id); i++) {
                id = base + i;
            }
            p.put("id", id);
            p.put("name", name);
            p.put("sector", sector);
            p.put("legalForm", form);
            p.put("orgNumber", nr);
            parties.put(nr, p);
            suggest("parties[" + id + "]", p, s, b, 0.9);
        }
    }

    private String partyId(String sector) {
        List<String> ids = parties.values().stream().filter(p -> p.get("sector").equals(sector))
                .map(p -> (String) p.get("id")).toList();
        return ids.size() == 1 ? ids.get(0) : null; // two of a kind: which one pays is for a person to read
    }

    // ---- dates and term

    private static final Pattern TERM_WORDS = stems("överenskommelse|avtal|avtalstid|avtalsperiod|löptid|period|gäller|"
            + "bidraget avser|beslutet avser|giltighet");

    private void term(String s, Block b) {
        String l = s.toLowerCase(Locale.ROOT);
        if (!TERM_WORDS.matcher(l).find() || stems("undertecknad|beslutade|beslutat|underskrift").matcher(l).find()) {
            return;
        }
        List<Swedish.Dated> ds = Swedish.dates(s);
        if (ds.size() == 2 && ds.get(0).date().isBefore(ds.get(1).date())) {
            String between = l.substring(ds.get(0).end(), ds.get(1).start());
            String before = l.substring(0, ds.get(0).start());
            if (between.matches(".*(till|t\\.o\\.m\\.?|–|-|—).*") && (before.matches(".*(från|fr\\.o\\.m\\.?|f\\.o\\.m\\.?|"
                    + "gäller|period|perioden|avtalsperioden|avtalstid|avtalstiden|löptid|löptiden)\\s*(är\\s*)?(och med\\s*)?(den\\s*)?$") || before.endsWith(": "))) {
                suggest("term.startDate", ds.get(0).date().toString(), s, b, 0.9);
                suggest("term.endDate", ds.get(1).date().toString(), s, b, 0.9);
                termStart = termStart == null ? ds.get(0).date() : termStart;
                termEnd = termEnd == null ? ds.get(1).date() : termEnd;
            }
        }
    }

    private void decision(String s, String l, Block b) {
        if (!stems("beslutade|beslutat|beslöt|fattade beslut").matcher(l).find()
                || !l.matches(".*(nämnd|styrelse|fullmäktige).*")) {
            return;
        }
        List<Swedish.Dated> ds = Swedish.dates(s);
        if (ds.size() == 1) {
            suggest("decisionDate", ds.get(0).date().toString(), s, b, 0.85);
        }
    }

    /** A signature line: a place and a date, short, on its own ("Timrå den 12 december 2017", "Ort: Laholm 2024-03-01"). */
    private static String signature(Block b) {
        String t = b.text();
        if (t.length() > 60 || b.kind() == Block.Kind.HEADING) {
            return null;
        }
        List<Swedish.Dated> ds = Swedish.dates(t);
        if (ds.size() != 1) {
            return null;
        }
        String before = t.substring(0, ds.get(0).start()).strip();
        String after = t.substring(ds.get(0).end()).strip();
        if (after.isEmpty() && before.matches("(?:[Oo]rt(?: och datum)?:?\\s*)?\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?,?(?:\\s+den)?")) {
            return t;
        }
        return null;
    }

    private void extension(String s, String l, Block b) {
        if (!stems("förläng").matcher(l).find()) {
            return;
        }
        if (l.matches(".*(ny överenskommelse|nytt avtal|nytt beslut).*") && !l.matches(".*(kan|får) (inte|ej) förlängas\\.?$")) {
            suggest("term.extensionOption", "BY_AGREEMENT", s, b, 0.8);
        } else if (l.matches(".*(kan|får) (inte|ej) förlängas(?! automatiskt).*|.*förlängs (inte|ej)(?! automatiskt).*|.*ingen förlängning.*")) {
            suggest("term.extensionOption", "NONE", s, b, 0.9);
        } else if (Swedish.negated(s) && !l.contains("om ingen part")) {
            return;
        } else if (stems("automatiskt").matcher(l).find() || l.contains("om ingen part")) {
            suggest("term.extensionOption", "AUTOMATIC", s, b, 0.9);
        } else if (l.matches(".*(kan|får) förlängas.*") && stems("överens|skriftlig|gemensam|ny överenskommelse|"
                + "beslut|dialog").matcher(l).find()) {
            suggest("term.extensionOption", "BY_AGREEMENT", s, b, 0.85);
        }
    }

    private void termination(String s, String l, Block b) {
        if (stems("säga upp|uppsägning|utträda|frånträda").matcher(l).find()
                && l.matches(".*utan (att (någon )?(sanktion|ersättning|skadestånd|vite)|kostnad|sanktion|påföljd).*")) {
            suggest("term.exitRightWithoutSanction", Boolean.TRUE, s, b, 0.85);
        }
        if (stems("omförhandl").matcher(l).find() && !Swedish.negated(s)) {
            suggest("term.renegotiationClause", Boolean.TRUE, s, b, 0.85);
        }
    }

    // ---- money

    private static final Pattern PER_UNIT = words("per (plats|dygn|vårddygn|timme|deltagare|brukare|elev|placering|"
            + "gruppträff|besök)|timpris|dygnspris|platspris|pris per");
    private static final Pattern PER_YEAR = words("per år|årligen|om året|varje år|per kalenderår|/år|årlig|årligt|"
            + "årliga|per verksamhetsår");
    /** A party gives money: a verb, or a grant "om"/"på" an amount (a bare "Bidrag" in a table row is not enough). */
    private static final Pattern GIVES = Pattern.compile("(?iu)(?<!\\p{L})(bidrar|betalar|betalas ut|utbetalar|utbetalas|"
            + "ersätter|finansierar|beviljar|beviljas|tillskjuter|avsätter)(?!\\p{L})|\\p{L}*bidrag(et)? (om|på) ");

    private void money(String s, String l, Block b) {
        List<Swedish.Amount> as = Swedish.amounts(s);
        if (PER_UNIT.matcher(l).find() && !as.isEmpty() && !Swedish.negated(s)) {
            suggest("resources.paymentModel", "PRICE_PER_UNIT", s, b, 0.85);
            suggest("resources.fixedPricePerUnit", Boolean.TRUE, s, b, 0.8);
            return;
        }
        if (l.matches(".*(del av|delar av) (kostnaderna|verksamhetens kostnader).*|.*delfinansier.*")
                && !Swedish.negated(s)) {
            suggest("resources.paymentModel", "PARTIAL_COST_COVERAGE", s, b, 0.8);
        } else if (l.matches(".*(verksamhetens|föreningens|organisationens) (samtliga|alla) (faktiska )?kostnader.*"
                + "|.*(samtliga|alla) (faktiska )?kostnader för verksamheten.*|.*full kostnadstäckning.*")
                && stems("ersätt|täck").matcher(l).find() && !Swedish.negated(s)) {
            suggest("resources.paymentModel", "FULL_COST_REIMBURSEMENT", s, b, 0.8);
        }
        if (stems("förskott").matcher(l).find() && !Swedish.negated(s)) {
            suggest("resources.paymentTiming", "ADVANCE", s, b, 0.8);
        }
        if (stems("klumpsumma|engångsbelopp|schablonbidrag").matcher(l).find() && !Swedish.negated(s)) {
            suggest("resources.paymentModel", "GRANT_LUMP_SUM", s, b, 0.8);
        }
        if (as.size() != 1 || b.kind() == Block.Kind.TABLE_ROW) {
            return; // several amounts in one sentence, or a table row without its header: for a person to read
        }
        BigDecimal amount = as.get(0).sek();
        if (l.matches(".*total(a)? (kostnad|budget)(en)?.*|.*budget(en)? (omfattar|uppgår).*|.*kostnaden beräknas.*")) {
            if (PER_YEAR.matcher(l).find()) {
                return; // a yearly cost is not the budget's total
            }
            suggest("resources.budget.totalCostSek", amount, s, b, 0.8);
            return;
        }
        if (!GIVES.matcher(l).find() || Swedish.negated(s)) {
            return;
        }
        String subjectPublic = firstSubject(l);
        if (subjectPublic == null && stems("bidrag").matcher(l).find()) {
            subjectPublic = "public"; // "Bidraget om 75 000 kr betalas ut": a grant comes from the public party
        }
        if (subjectPublic == null) {
            return;
        }
        String sector = subjectPublic.equals("public") ? null : "IDEA_BASED";
        String partyId = sector == null ? publicPartyId() : partyId(sector);
        if (partyId == null) {
            return;
        }
        BigDecimal value = amount;
        if (PER_YEAR.matcher(l).find()) {
            int years = wholeYears();
            if (years <= 0) {
                return; // a yearly amount without a known term in whole years: no total to suggest
            }
            value = amount.multiply(BigDecimal.valueOf(years));
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("partyId", partyId);
        c.put("kind", "MONEY");
        c.put("valueSek", value);
        suggest("resources.contributions[" + partyId + ":MONEY]", c, s, b, 0.75);
    }

    private String publicPartyId() {
        String k = partyId("PUBLIC_MUNICIPALITY");
        return k != null ? k : partyId("PUBLIC_REGION");
    }

    /** @return "public" or "idea" for the party the sentence is about (the first one it names), or null */
    private static String firstSubject(String l) {
        Matcher p = PUBLIC_SUBJECT.matcher(l);
        Matcher i = IDEA_SUBJECT.matcher(l);
        boolean hp = p.find();
        boolean hi = i.find();
        if (hp && (!hi || p.start() < i.start())) {
            return "public";
        }
        return hi ? "idea" : null;
    }

    private int wholeYears() {
        if (termStart == null || termEnd == null) {
            return -1;
        }
        Period per = Period.between(termStart, termEnd.plusDays(1));
        return per.getMonths() == 0 && per.getDays() == 0 ? per.getYears() : -1;
    }

    // ---- remedies and sanctions

    private static final Map<String, Pattern> SANCTIONS = Map.of(
            "VITE", words("vite|vitet|viten|vitesbelopp|vitesbeloppet"),
            "SKADESTAND", stems("skadestånd"),
            "PRICE_REDUCTION", stems("prisavdrag|avdrag på ersättning|reducera ersättning|reduceras ersättning"),
            "WITHHOLD_PAYMENT", Pattern.compile("(?iu)hålla inne|hålls inne|innehålla (betalning|utbetalning|ersättning|"
                    + "bidrag)|innehållen (betalning|utbetalning)|innehålls"),
            "HAVNING_FOR_BREACH", stems("häva|hävas|hävning|hävs"));
    private static final Pattern BREACH = stems("avtalsbrott|kontraktsbrott|väsentligt brott|väsentlig avvikelse|"
            + "inte fullgör|brister|åsidosätt|misskött");

    private boolean sanctions(String s, String l, Block b) {
        boolean any = false;
        for (Map.Entry<String, Pattern> e : SANCTIONS.entrySet()) {
            if (!e.getValue().matcher(l).find()) {
                continue;
            }
            any = true;
            if (Swedish.negated(s)) {
                continue;
            }
            if (e.getKey().equals("HAVNING_FOR_BREACH") && !BREACH.matcher(l).find()) {
                continue;
            }
            suggest("agreement.sanctionClauses[]", e.getKey(), s, b, 0.85);
        }
        return any && !Swedish.negated(s);
    }

    // ---- initiative

    private void initiative(String s, String l, Block b) {
        if (stems("initiativ").matcher(l).find() && !Swedish.negated(s)) {
            String who = l.matches(".*(gemensamt initiativ|gemensamma initiativ|parterna (tog|har tagit) (gemensamt )?initiativ).*")
                    ? "JOINT" : initiator(l);
            if (who != null) {
                suggest("initiative.initiatedBy", who, s, b, 0.8);
            }
        }
        if (l.matches(".*(verksamheten|insatsen|insatserna|aktiviteterna|projektet|arbetssättet|metoden) (har )?"
                + "(utformats|utvecklats|definierats|tagits fram|formats|bestämts).*") && !Swedish.negated(s)) {
            String who = l.matches(".*(utformats|utvecklats|definierats|tagits fram|formats|bestämts) gemensamt.*")
                    || l.contains("av parterna gemensamt") ? "JOINT" : actorAfter(l, " av ");
            if (who != null) {
                suggest("initiative.activityDefinedBy", who, s, b, 0.8);
            }
        } else if (l.matches(".*(enligt kommunens (kravspecifikation|beställning)|kommunen (beställer|har beställt)).*")) {
            suggest("initiative.activityDefinedBy", "PUBLIC", s, b, 0.75);
        }
    }

    private static final Pattern INITIATOR = Pattern.compile("(?iu)(\\p{L}+) (?:tog|har tagit|tagit) initiativ|på (\\p{L}+?)s? "
            + "initiativ|initiativ\\p{L}* (?:[\\p{L} ]{0,40}?)(?:togs av|kom från) (\\p{L}+)");

    /** The party that took the initiative, from the sentence's grammar where it says, else from the nearby words. */
    private static String initiator(String l) {
        Matcher m = INITIATOR.matcher(l);
        if (m.find()) {
            String w = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String who = actorAfter(w, "");
            if (who != null) {
                return who;
            }
        }
        return actor(l, "initiativ");
    }

    /** Who the word is about: "på föreningens initiativ", "kommunen tog initiativet". */
    private static String actor(String l, String word) {
        int at = l.indexOf(word);
        String window = l.substring(Math.max(0, at - 40), Math.min(l.length(), at + 60));
        boolean p = stems("kommun|region|nämnd|staden|förvaltning").matcher(window).find();
        boolean i = stems("förening|organisation|idéburna|stiftelse|församling|studieförbund|stadsmission").matcher(window).find();
        return p == i ? null : p ? "PUBLIC" : "IDEA_BASED";
    }

    private static String actorAfter(String l, String marker) {
        int at = marker.isEmpty() ? 0 : l.lastIndexOf(marker);
        if (at < 0) {
            return null;
        }
        String after = l.substring(at + marker.length());
        if (after.matches("^(kommun|region|nämnd|staden|förvaltning).*")) {
            return "PUBLIC";
        }
        if (after.matches("^(förening|organisation|den idéburna|stiftelse|församling|studieförbund|stadsmission).*")) {
            return "IDEA_BASED";
        }
        return null;
    }

    // ---- steering group, follow-up

    private static final Pattern GROUP = stems("styrgrupp|samverkansgrupp|partnerskapsgrupp|ledningsgrupp|samverkansråd|"
            + "partnerskapsråd|samrådsgrupp");

    private void steering(String s, String l, Block b) {
        if (!GROUP.matcher(l).find()) {
            // "Den sammanträder tre gånger per år": a sentence of the block or section about the group
            if (b.text().length() <= 4 * MAX_SENTENCE && GROUP.matcher(b.text()).find() || GROUP.matcher(b.sectionTitle()).find() || GROUP.matcher(b.section()).find()) {
                groupRules(s, l, b);
            }
            return;
        }
        if (Swedish.negated(s)) {
            if (l.matches(".*(ingen|någon) (gemensam )?(styrgrupp|samverkansgrupp|partnerskapsgrupp|ledningsgrupp).*"
                    + "(inrättas|finns|bildas).*") || l.matches(".*(inrättas|finns|bildas) (inte|ingen).*")) {
                suggest("governance.steeringGroup.exists", Boolean.FALSE, s, b, 0.85);
            }
            return;
        }
        suggest("governance.steeringGroup.exists", Boolean.TRUE, s, b, 0.9);
        if (l.matches(".*(representanter|representant|ledamöter|ledamot|företrädare) (från|för) (båda|samtliga|alla|varje|respektive) (parter|part).*")
                || l.matches(".*(båda|samtliga|alla) parter(na)? (är representerade|utser).*")
                || l.matches(".*(varje|respektive) part utser.*")) {
            suggest("governance.steeringGroup.membersFromAllParties", Boolean.TRUE, s, b, 0.85);
        }
        groupRules(s, l, b);
    }

    private void groupRules(String s, String l, Block b) {
        if (Swedish.negated(s)) {
            return;
        }
        if (stems("konsensus|samförstånd|enighet|enhällig").matcher(l).find()) {
            suggest("governance.steeringGroup.decisionRule", "JOINT_CONSENSUS", s, b, 0.85);
        } else if (stems("majoritet|enkel majoritet").matcher(l).find()) {
            suggest("governance.steeringGroup.decisionRule", "MAJORITY", s, b, 0.85);
        } else if (l.matches(".*(kommunen|regionen|nämnden) (fattar|har) (ensam )?(beslut|utslagsröst|sista ordet).*")
                || l.matches(".*(kommunen|regionen|nämnden) beslutar ensam.*")) {
            suggest("governance.steeringGroup.decisionRule", "PUBLIC_UNILATERAL", s, b, 0.8);
        }
        Integer meetings = meetings(l);
        if (meetings != null) {
            suggest("governance.steeringGroup.meetingsPerYear", meetings, s, b, 0.85);
        }
    }

    private static final Pattern TIMES = Pattern.compile("(?iu)(?:minst |cirka |ca )?(" + Swedish.NUMBER
            + ") gånger (?:per|om|varje) år");

    private static Integer meetings(String l) {
        if (!stems("träffas|sammanträd|möts|träffar|möte").matcher(l).find()) {
            return null;
        }
        Matcher m = TIMES.matcher(l);
        if (m.find()) {
            int n = Swedish.number(m.group(1));
            return n > 0 && n <= 52 ? n : null;
        }
        if (l.matches(".*(kvartalsvis|en gång per kvartal|varje kvartal).*")) {
            return 4;
        }
        if (l.matches(".*(varje månad|en gång per månad|månadsvis|en gång i månaden).*")) {
            return 12;
        }
        if (l.matches(".*(varannan månad).*")) {
            return 6;
        }
        if (l.matches(".*(en gång per termin|varje termin|två gånger per år).*")) {
            return 2;
        }
        if (l.matches(".*(en gång per år|en gång om året|årligen|en gång årligen).*")) {
            return 1;
        }
        return null;
    }

    private void followUp(String s, String l, Block b) {
        if (Swedish.negated(s)) {
            return;
        }
        if (l.matches(".*(gemensam(ma)? uppföljning|följs upp gemensamt|gemensamt följa upp|följer gemensamt upp|"
                + "parterna följer upp|parterna ska följa upp|följas upp gemensamt|följas upp av parterna).*")) {
            suggest("governance.jointFollowUp", Boolean.TRUE, s, b, 0.85);
        }
        if (l.matches(".*(gemensam(ma)? utvärdering|utvärderas gemensamt|gemensamt utvärdera|parterna utvärderar|"
                + "parterna ska utvärdera|utvärderas av parterna).*")) {
            suggest("governance.jointEvaluation", Boolean.TRUE, s, b, 0.85);
        }
        if (stems("budget").matcher(l).find() && stems("bilaga|bifoga").matcher(l).find()) {
            suggest("resources.budget.annexed", Boolean.TRUE, s, b, 0.8);
        }
    }

    // ---- what the organisation must deliver

    private static final Pattern VOLUME = Pattern.compile("(?iu)(?:minst |totalt |sammanlagt )?(\\d{1,6}|" + Swedish.NUMBER
            + ") (platser|platserna|timmar|vårddygn|dygn|placeringar|deltagare|brukare|gruppträffar|besök|"
            + "insatstimmar|utbildningstillfällen)");

    private void counterPerformance(String s, String l, Block b) {
        if (Swedish.negated(s)) {
            return;
        }
        boolean ideaMust = l.matches(".*(" + IDEA + "|leverantören|utföraren) (ska|skall|åtar sig att|förbinder sig att) .*")
                && l.matches(".*(tillhandahålla|utföra|leverera|erbjuda|bedriva|ta emot|hålla|genomföra|garantera).*");
        if (ideaMust && VOLUME.matcher(l).find()) {
            suggest("agreement.counterPerformanceExpected", Boolean.TRUE, s, b, 0.8);
            suggest("agreement.volumeCommitments", Boolean.TRUE, s, b, 0.85);
        }
        if (l.matches(".*(på uppdrag av (kommunen|regionen|nämnden)|(kommunen|regionen|nämnden) (uppdrar åt|ger (föreningen|"
                + "organisationen) i uppdrag)).*")) {
            suggest("agreement.commissionedByPublic", Boolean.TRUE, s, b, 0.8);
        }
        if (l.matches(".*(kommunen|regionen|nämnden) (har rätt att|får|kan) (ensidigt )?(ändra|besluta om ändring"
                + "|ge (direktiv|anvisningar|instruktioner)).*")) {
            suggest("agreement.unilateralPublicInstructionRight", Boolean.TRUE, s, b, 0.8);
        }
        if (l.matches(".*(föreningens|organisationens|den idéburna partens) (egen|egna|självständiga) verksamhet.*|"
                + ".*självständig(het)?.*") && stems("förening|organisation|idébur").matcher(l).find()) {
            suggest("agreement.agreementStatesIndependentActivity", Boolean.TRUE, s, b, 0.75);
        }
    }
}

package se.ioprules.drools.dsl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of a {@link TermScanner} scan: the hits in text order, with helpers to put them in a finding's
 * explanation via {@link Findings#warnWith}. Deliberately not a collection, so a rule can bind it with
 * {@code $h : TermHits( count > 0 ) from TermScanner.of($t).scan($text)}.
 */
public final class TermHits {
    private final List<TermHit> hits;

    /** @param hits hits in text order */
    public TermHits(List<TermHit> hits) {
        this.hits = List.copyOf(hits);
    }

    /** @return the hits in text order */
    public List<TermHit> getHits() {
        return hits;
    }

    /** @return number of hits */
    public int getCount() {
        return hits.size();
    }

    /** @return true if there is no hit */
    public boolean isEmpty() {
        return hits.isEmpty();
    }

    /** @return Swedish list: «Kontraktet» (rad 3, kol 12; undvik «kontrakt», skriv «överenskommelse»); … */
    public String summarySv() {
        return hits.stream().map(h -> "«" + h.matched() + "» (rad " + h.line() + ", kol " + h.column() + "; undvik «"
                + h.term() + "», skriv «" + h.use() + "»)").collect(Collectors.joining("; "));
    }

    /** @return English list: "Kontraktet" (line 3, col 12; avoid "kontrakt" (contract), write "överenskommelse" (agreement)); … */
    public String summaryEn() {
        return hits.stream().map(h -> "\"" + h.matched() + "\" (line " + h.line() + ", col " + h.column() + "; avoid \""
                + h.term() + "\"" + gloss(h.avoidGloss()) + ", write \"" + h.use() + "\"" + gloss(h.useGloss()) + ")")
                .collect(Collectors.joining("; "));
    }

    /**
     * Details for {@link Findings#warnWith}: {@code hitCount}, {@code hits.sv}, {@code hits.en} and one
     * {@code hit.<n>} per hit (n from 1, see {@link TermHit#describe()}). In messages they read
     * {@code {detail.hitCount}}, {@code {detail.hits.sv}}, …
     *
     * @return the details, in a stable order
     */
    public Map<String, String> details() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("hitCount", Integer.toString(hits.size()));
        d.put("hits.sv", summarySv());
        d.put("hits.en", summaryEn());
        for (int i = 0; i < hits.size(); i++) {
            d.put("hit." + (i + 1), hits.get(i).describe());
        }
        return d;
    }

    private static String gloss(String g) {
        return g == null || g.isEmpty() ? "" : " (" + g + ")";
    }

    @Override
    public String toString() {
        return hits.toString();
    }
}

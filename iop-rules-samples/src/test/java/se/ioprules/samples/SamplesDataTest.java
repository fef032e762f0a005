package se.ioprules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.ioprules.api.PartnershipValidator;
import se.ioprules.api.facts.Derived;
import se.ioprules.api.facts.FactBasis;
import se.ioprules.api.facts.FactPaths;
import se.ioprules.api.facts.FactSource;
import se.ioprules.api.facts.Partnership;

/** The sample data itself: valid, every fact with its basis, and the properties the README promises. */
class SamplesDataTest {

    /** SKL's "avoid" words (S3 p.13, catalogue §D) as stems. */
    private static final List<String> AVOID_STEMS = List.of("uppdrag", "kontrakt", "anskaffning", "ersättning",
            "fakturer", "häv", "skadestånd");

    @Test
    void samplesAreValid() {
        for (Partnership p : Samples.all()) {
            assertEquals(List.of(), PartnershipValidator.validate(p), p.id());
        }
    }

    @Test
    void everyFactASampleSetsHasADocumentedOrAssumedSource() {
        for (Partnership p : Samples.all()) {
            List<String> uncovered = new ArrayList<>();
            for (String path : setFactPaths(p)) {
                boolean covered = p.factSources().stream().anyMatch(fs -> covers(fs.path(), path));
                if (!covered) {
                    uncovered.add(path);
                }
            }
            assertEquals(List.of(), uncovered, p.id() + ": facts without a FactSource");
            for (FactSource fs : p.factSources()) {
                assertTrue(fs.reference() != null && !fs.reference().isBlank(), p.id() + ": " + fs.path());
                assertTrue(fs.basis() != null, p.id() + ": " + fs.path());
            }
        }
    }

    @Test
    void eachSampleMixesDocumentedAndAssumedFacts() {
        for (Partnership p : Samples.all()) {
            assertTrue(p.factSources().stream().anyMatch(fs -> fs.basis() == FactBasis.DOCUMENTED), p.id());
            assertTrue(p.factSources().stream().anyMatch(fs -> fs.basis() == FactBasis.ASSUMED), p.id());
            assertTrue(p.factSources().stream().anyMatch(fs -> fs.path().equals("agreement.agreementText")
                    && fs.basis() == FactBasis.ASSUMED), p.id() + ": the agreement text is written for the sample");
            assertTrue(p.agreement().agreementText().contains("[Exempeltext skriven för iop-rules"), p.id());
        }
    }

    @Test
    void agreementTypesAsTheIssueDescribes() {
        Derived laholm = Derived.of(Samples.laholm());
        assertEquals(1, laholm.publicPartiesCount());
        assertEquals(3, laholm.ideaPartiesCount());
        assertEquals(36, laholm.durationMonths());
        assertTrue(Samples.laholm().governance().joinableByNewParties().isTrue());

        Derived timra = Derived.of(Samples.timra());
        assertEquals(2, timra.partiesCount());
        assertEquals(12, timra.durationMonths(), "calendar year 2018");
        assertEquals(4, Samples.timra().governance().steeringGroup().meetingsPerYear());
        assertEquals("2018-01-01", Samples.timra().term().startDate().toString());
        assertEquals("2018-12-31", Samples.timra().term().endDate().toString());

        Derived sormland = Derived.of(Samples.sormland());
        assertEquals(2, sormland.publicPartiesCount(), "landsting and kommun");
        assertEquals(2, sormland.ideaPartiesCount(), "Länsbildningsförbundet and a study association");
        assertTrue(Samples.sormland().initiative().initiatedBy() == null, "who took the initiative is not documented");
    }

    @Test
    void everyPartyCoFinancesAndThePublicShareIsBelowTheWholeCost() {
        for (Partnership p : Samples.all()) {
            Derived d = Derived.of(p);
            assertEquals(java.util.Set.of(), d.partiesWithoutContribution(), p.id());
            assertTrue(d.publicShareOfCost().compareTo(new BigDecimal("0.7")) < 0, p.id() + ": " + d.publicShareOfCost());
            assertTrue(d.ideaContributes() && d.publicContributes(), p.id());
        }
    }

    @Test
    void onlyTimraTextContainsAPurchaseWordAndExactlyOne() {
        assertEquals(List.of("ersättning"), avoidWords(Samples.timra().agreement().agreementText()));
        assertEquals(List.of(), avoidWords(Samples.laholm().agreement().agreementText()));
        assertEquals(List.of(), avoidWords(Samples.sormland().agreement().agreementText()));
    }

    @Test
    void samplesAreRebuiltIdentically() {
        assertEquals(Samples.laholm(), Samples.laholm());
        assertEquals(FactPaths.sha256(Samples.timra()), FactPaths.sha256(Samples.timra()));
        assertEquals(Samples.sormland(), Samples.byName("sormland"));
    }

    private static List<String> avoidWords(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("\\p{L}+").matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            for (String stem : AVOID_STEMS) {
                if (m.group().startsWith(stem)) {
                    found.add(m.group());
                }
            }
        }
        return found;
    }

    /** Paths of every known leaf fact, parties addressed by id; the id and the sources themselves left out. */
    private static List<String> setFactPaths(Partnership p) {
        List<String> out = new ArrayList<>();
        Pattern leaf = Pattern.compile("^([A-Za-z0-9_.\\[\\]-]+)=");
        for (String line : FactPaths.canonical(p).split("\n")) {
            Matcher lm = leaf.matcher(line);
            if (!lm.find()) {
                continue; // continuation line of a multi-line text value
            }
            String path = lm.group(1);
            if (path.endsWith(".size") || path.equals("id") || path.startsWith("factSources")) {
                continue;
            }
            Matcher m = Pattern.compile("^parties\\[(\\d+)]").matcher(path);
            if (m.find()) {
                path = "parties[" + p.parties().get(Integer.parseInt(m.group(1))).id() + "]" + path.substring(m.end());
            }
            if (path.matches("parties\\[[^\\]]+]\\.id")) {
                continue; // an identifier chosen by the sample, not a fact
            }
            out.add(path);
        }
        assertFalse(out.isEmpty());
        return out;
    }

    private static boolean covers(String outer, String inner) {
        return inner.equals(outer) || inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
    }
}

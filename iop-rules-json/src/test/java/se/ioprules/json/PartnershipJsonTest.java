package se.ioprules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ioprules.api.facts.IdeaBasedProfile;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Party;
import se.ioprules.api.facts.Sector;
import se.ioprules.api.facts.Tri;

class PartnershipJsonTest {

    static String resource(String name) {
        try (InputStream in = PartnershipJsonTest.class.getResourceAsStream("/json/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsTypicalDocument() {
        Partnership p = PartnershipJson.read(resource("typical.json"));
        assertEquals("typical", p.id());
        assertEquals(LocalDate.of(2024, 3, 1), p.decisionDate());
        assertEquals(2, p.parties().size());
        assertEquals(Sector.IDEA_BASED, p.parties().get(1).sector());
        assertEquals(new BigDecimal("600000"), p.resources().contributions().get(0).valueSek());
        assertEquals(Tri.FALSE, p.resources().fixedPricePerUnit());
        assertEquals(Tri.TRUE, p.term().longTermIntent());
        assertEquals(Tri.UNKNOWN, p.agreement().legalReviewDone(), "absent = unknown");
        assertEquals(Tri.TRUE, p.purpose().commonGoal().publicBenefit());
        assertTrue(p.agreement().sanctionClauses().isEmpty(), "[] is recorded as 'none', not unknown");
        assertNull(p.parties().get(1).idea());
    }

    @Test
    void canonicalDocumentRoundTripsTextually() {
        String doc = resource("typical.json");
        assertEquals(doc, PartnershipJson.write(PartnershipJson.read(doc)));
    }

    @Test
    void everyFactRoundTripsLosslessly() {
        Partnership all = FilledFacts.all();
        String json = PartnershipJson.write(all);
        Partnership back = PartnershipJson.read(json);
        assertEquals(all, back);
        assertEquals(json, PartnershipJson.write(back));
        assertEquals(PartnershipJson.writeCompact(all), PartnershipJson.writeCompact(back));
        assertTrue(!PartnershipJson.writeCompact(all).contains("\n"), "compact form is one line");
        // every component of every record appears in the written form
        assertAllComponentsWritten(Partnership.class, json);
    }

    private static void assertAllComponentsWritten(Class<?> type, String json) {
        for (RecordComponent c : type.getRecordComponents()) {
            assertTrue(json.contains("\"" + c.getName() + "\":"), () -> type.getSimpleName() + "." + c.getName() + " missing");
            Class<?> t = c.getType();
            if (t.isRecord()) {
                assertAllComponentsWritten(t, json);
            } else if (c.getGenericType() instanceof java.lang.reflect.ParameterizedType pt
                    && pt.getActualTypeArguments()[0] instanceof Class<?> e && e.isRecord()) {
                assertAllComponentsWritten(e, json);
            }
        }
    }

    @Test
    void unknownValuesAreLeftOutButRecordedEmptinessIsKept() {
        Partnership p = Partnership.builder().id("x")
                .addParty(Party.builder().id("f").sector(Sector.IDEA_BASED).idea(IdeaBasedProfile.EMPTY).build())
                .build();
        String json = PartnershipJson.writeCompact(p);
        assertEquals("{\"id\":\"x\",\"parties\":[{\"id\":\"f\",\"sector\":\"IDEA_BASED\",\"idea\":{}}]}", json);
        assertEquals(p, PartnershipJson.read(json));
        assertEquals("{}", PartnershipJson.writeCompact(Partnership.EMPTY));
        assertEquals(Partnership.EMPTY, PartnershipJson.read("{}"));
    }

    @Test
    void amountsAreExactAndNormalised() {
        Partnership p = PartnershipJson.read("{\"resources\":{\"budget\":{\"totalCostSek\":1e3}}}");
        assertEquals(new BigDecimal("1000"), p.resources().budget().totalCostSek());
        p = PartnershipJson.read("{\"resources\":{\"budget\":{\"totalCostSek\":0.10}}}");
        assertEquals(new BigDecimal("0.10"), p.resources().budget().totalCostSek());
        p = PartnershipJson.read("{\"resources\":{\"budget\":{\"totalCostSek\":99999999999.99}}}");
        assertEquals(new BigDecimal("99999999999.99"), p.resources().budget().totalCostSek());
        assertTrue(PartnershipJson.writeCompact(p).contains("99999999999.99"));
    }

    @Test
    void reportsEveryProblemAtOnceWithPathAndPosition() {
        String doc = """
                {
                  "id": 42,
                  "decisionDate": "2024-02-30",
                  "signingDate": "2024/03/01",
                  "titel": "x",
                  "parties": [
                    { "id": "k", "sector": "PUBLIC", "name": "A", "name": "B" },
                    { "id": "f", "sector": "IDEA_BASED", "idea": { "memberCount": 1.5 } }
                  ],
                  "resources": { "budget": { "totalCostSek": -5 }, "fixedPricePerUnit": "yes" },
                  "term": { "startDate": "2025-01-01", "endDate": "2024-01-01" }
                }
                """;
        InvalidJsonException e = assertThrows(InvalidJsonException.class, () -> PartnershipJson.read(doc));
        List<JsonProblem> ps = e.problems();
        assertProblem(ps, "$.id", 2, "expected a string, found the number 42");
        assertProblem(ps, "$.decisionDate", 3, "not a valid calendar date");
        assertProblem(ps, "$.signingDate", 4, "not an ISO-8601 date");
        assertProblem(ps, "$.titel", 5, "did you mean 'title'");
        assertProblem(ps, "$.parties[0].sector", 7, "allowed: PUBLIC_MUNICIPALITY");
        assertProblem(ps, "$.parties[0].name", 7, "duplicate field 'name'");
        assertProblem(ps, "$.parties[1].idea.memberCount", 8, "must be a whole number");
        assertProblem(ps, "$.resources.fixedPricePerUnit", 10, "expected true, false or null");
        assertProblem(ps, "$.resources.budget.totalCostSek", 10, "must be >= 0");
        assertProblem(ps, "$.term.endDate", 11, "is before term.startDate");
        assertEquals(10, ps.size(), () -> ps.toString());
        // a value that could not be read is not reported a second time as "required"
        assertTrue(ps.stream().noneMatch(p -> p.message().contains("is required")), ps::toString);
    }

    @Test
    void syntaxErrorsNameThePathAndPosition() {
        InvalidJsonException e = assertThrows(InvalidJsonException.class,
                () -> PartnershipJson.read("{\"parties\": [ {\"id\": \"a\", "));
        JsonProblem p = e.problems().get(0);
        assertEquals(1, e.problems().size());
        assertTrue(p.path().startsWith("$.parties[0]"), p::toString);
        assertTrue(p.message().startsWith("malformed JSON"), p::toString);
        assertTrue(p.line() > 0 && p.column() > 0, p::toString);
        assertTrue(!p.message().contains("Source:"), p::toString);
    }

    @Test
    void rejectsWhatIsNotAPartnership() {
        for (String bad : List.of("", "[]", "null", "42", "{} {}", "{\"id\": NaN}", "{\"a\":1,}")) {
            InvalidJsonException e = assertThrows(InvalidJsonException.class, () -> PartnershipJson.read(bad), bad);
            assertTrue(e.problems().stream().allMatch(p -> p.path().startsWith("$")), e::getMessage);
        }
    }

    @Test
    void hugeNumbersAreRangeErrors() {
        List<JsonProblem> ps = PartnershipJson.validate("{\"resources\":{\"budget\":{\"totalCostSek\":1e999999999}},"
                + "\"agreement\":{\"activityLevelRequirementsCount\":99999999999999999999}}");
        assertEquals(2, ps.size(), ps::toString);
        assertProblem(ps, "$.resources.budget.totalCostSek", 1, "too large");
        assertProblem(ps, "$.agreement.activityLevelRequirementsCount", 1, "out of range");
        assertNotEquals(0, ps.get(0).column());
    }

    static void assertProblem(List<JsonProblem> ps, String path, int line, String fragment) {
        assertTrue(ps.stream().anyMatch(p -> p.path().equals(path) && p.line() == line && p.message().contains(fragment)),
                () -> "expected " + path + " (line " + line + ") '" + fragment + "' in\n" + ps.stream()
                        .map(JsonProblem::toString).reduce("", (a, b) -> a + "  " + b + "\n"));
    }
}

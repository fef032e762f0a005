package se.ioprules.api.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactPathsTest {
    private final Partnership p = Partnership.builder()
            .addParty(Party.builder().id("k").sector(Sector.PUBLIC_MUNICIPALITY).build())
            .addParty(Party.builder().id("fh").sector(Sector.IDEA_BASED)
                    .idea(IdeaBasedProfile.builder().registeredIn2022_900(true).build()).build())
            .resources(Resources.builder().addContribution(Contribution.builder().partyId("k")
                    .kind(ContributionKind.MONEY).valueSek(new BigDecimal("1000.00")).build()).build())
            .term(Term.builder().endDate(LocalDate.of(2018, 12, 31)).build())
            .agreement(Agreement.builder().sanctionClauses(SanctionClause.SKADESTAND, SanctionClause.VITE).build())
            .build();

    @Test
    void resolvesNestedPathsIndexesAndIds() {
        assertEquals("2018-12-31", FactPaths.resolve(p, "term.endDate").text());
        assertEquals("TRUE", FactPaths.resolve(p, "parties[fh].idea.registeredIn2022_900").text());
        assertEquals("1000", FactPaths.resolve(p, "resources.contributions[0].valueSek").text());
        assertEquals("[VITE, SKADESTAND]", FactPaths.resolve(p, "agreement.sanctionClauses").text());
        assertEquals("[Contribution{partyId=k, kind=MONEY, valueSek=1000}]",
                FactPaths.resolve(p, "resources.contributions").text(), "records show only what is recorded");
    }

    @Test
    void unknownValuesAreNotKnown() {
        assertFalse(FactPaths.resolve(p, "term.startDate").known());
        assertFalse(FactPaths.resolve(p, "term.longTermIntent").known());
        assertFalse(FactPaths.resolve(p, "parties[k].idea.registeredIn2022_900").known());
        assertFalse(FactPaths.resolve(Partnership.EMPTY, "parties").known());
        assertTrue(FactPaths.resolve(p, "agreement.sanctionClauses").known());
        Partnership blank = p.toBuilder().agreement(Agreement.builder().agreementText("  ").build()).build();
        assertFalse(FactPaths.resolve(blank, "agreement.agreementText").known());
        assertFalse(FactPaths.resolve(p, "governance.steeringGroup").known(), "a group with nothing recorded");
        assertTrue(FactPaths.resolve(p, "term").known(), "a group with something recorded");
        assertFalse(FactPaths.resolve(p, "parties[k].idea").known(), "no idea profile");
        Partnership emptyProfile = p.toBuilder().parties(java.util.List.of(Party.builder().id("f").sector(Sector.IDEA_BASED)
                .idea(IdeaBasedProfile.EMPTY).build())).resources(Resources.EMPTY).build();
        assertFalse(FactPaths.resolve(emptyProfile, "parties[f].idea").known(), "a group holding only an empty list");
    }

    @Test
    void unknownFieldIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactPaths.resolve(p, "term.ending"));
        assertTrue(e.getMessage().contains("Term has no field 'ending'"));
    }

    @Test
    void typeOfFollowsListsAndRejectsUnknownFields() {
        assertEquals(Optional.of(Tri.class), FactPaths.typeOf(Partnership.class, "parties[x].idea.registeredIn2022_900"));
        assertEquals(Optional.of(BigDecimal.class), FactPaths.typeOf(Partnership.class, "resources.contributions[0].valueSek"));
        assertEquals(Optional.empty(), FactPaths.typeOf(Partnership.class, "term.ending"));
    }

    @Test
    void theCanonicalFormIsOneLinePerKnownLeafWithItsPath() {
        Partnership q = Partnership.builder().id("x")
                .addParty(Party.builder().id("k").sector(Sector.PUBLIC_MUNICIPALITY).build())
                .addParty(Party.builder().id("f").build())
                .resources(Resources.builder().addContribution(Contribution.builder().partyId("k")
                        .valueSek(new BigDecimal("10.50")).build()).build())
                .build();
        List<String> lines = FactPaths.canonical(q).lines().toList();
        assertEquals("id=x", lines.get(0));
        for (String line : List.of("parties.size=2", "parties[0].id=k", "parties[0].sector=PUBLIC_MUNICIPALITY",
                "parties[1].id=f", "resources.contributions.size=1", "resources.contributions[0].partyId=k",
                "resources.contributions[0].valueSek=10.5")) {
            assertTrue(lines.contains(line), line + " in " + lines);
        }
        assertTrue(lines.indexOf("parties[0].id=k") < lines.indexOf("parties[1].id=f"));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith(".") || l.contains("..") || l.contains("=UNKNOWN")), lines::toString);
    }

    @Test
    void hashIsStableAndSensitiveToEveryFact() {
        assertEquals(FactPaths.sha256(p), FactPaths.sha256(p.toBuilder().build()));
        Partnership changed = p.toBuilder().term(p.term().toBuilder().endDate(LocalDate.of(2019, 1, 1)).build()).build();
        assertNotEquals(FactPaths.sha256(p), FactPaths.sha256(changed));
        assertEquals(64, FactPaths.sha256(p).length());
    }

    @Test
    void theHashIsTheSha256OfTheCanonicalText() throws Exception {
        // the hash feeds the canonical text to the digest in pieces; its value is that of the whole text's UTF-8
        String wording = "Överenskommelse – “idéburen” § 3 \uD83D\uDE00 ".repeat(400); // longer than one piece
        List<Partnership> inputs = new java.util.ArrayList<>(List.of(p, Partnership.builder().id("tom").build()));
        for (String text : List.of(wording, "\uD800" + wording + "\uDBFF", "a\uDC00b", "ascii ".repeat(2000))) {
            Partnership.Builder b = p.toBuilder().agreement(Agreement.builder().agreementText(text).build());
            for (int i = 0; i < 300; i++) { // many short lines too
                b.addParty(Party.builder().id("p" + i).name("Förening nr " + i + (i % 7 == 0 ? " \u2013 ΑΒΓ" : "")).build());
            }
            inputs.add(b.build());
        }
        for (Partnership q : inputs) {
            byte[] whole = FactPaths.canonical(q).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(whole)),
                    FactPaths.sha256(q));
        }
    }

    @Test
    void withReplacesOneValueAndLeavesTheTreeUnchanged() {
        Partnership q = FactPaths.with(p, "agreement.remedyOnBreach", RemedyOnBreach.REPAYMENT_ONLY);
        assertEquals(RemedyOnBreach.REPAYMENT_ONLY, q.agreement().remedyOnBreach());
        assertEquals(p.agreement().sanctionClauses(), q.agreement().sanctionClauses(), "the rest of the group is kept");
        assertEquals(null, p.agreement().remedyOnBreach(), "the original is not changed");
        assertEquals(p.parties(), q.parties());

        Partnership r = FactPaths.with(p, "parties[fh].idea.registeredIn2022_900", Tri.FALSE);
        assertEquals("FALSE", FactPaths.resolve(r, "parties[fh].idea.registeredIn2022_900").text());
        assertEquals(Sector.IDEA_BASED, r.parties().get(1).sector());
        Partnership s = FactPaths.with(p, "parties[0].idea.registeredIn2022_900", Tri.TRUE);
        assertEquals(Tri.TRUE, s.parties().get(0).idea().registeredIn2022_900(), "an absent group is created");
        assertEquals(null, p.parties().get(0).idea());
        Partnership t = FactPaths.with(p, "resources.contributions[0].valueSek", new BigDecimal("5"));
        assertEquals("5", FactPaths.resolve(t, "resources.contributions[0].valueSek").text());
        assertEquals("k", t.resources().contributions().get(0).partyId());

        Partnership u = FactPaths.with(p, "parties[fh].idea.registeredIn2022_900", null);
        assertFalse(FactPaths.resolve(u, "parties[fh].idea.registeredIn2022_900").known(), "null removes a value");
        assertEquals(FactPaths.canonical(p), FactPaths.canonical(FactPaths.with(u, "parties[fh].idea.registeredIn2022_900", Tri.TRUE)));
    }

    @Test
    void withRefusesWhatDoesNotExistOrDoesNotFit() {
        assertThrows(IllegalArgumentException.class, () -> FactPaths.with(p, "agreement.nope", Tri.TRUE));
        assertThrows(IllegalArgumentException.class, () -> FactPaths.with(p, "parties[x].sector", Sector.IDEA_BASED));
        assertThrows(IllegalArgumentException.class, () -> FactPaths.with(p, "parties[5].sector", Sector.IDEA_BASED));
        assertThrows(IllegalArgumentException.class, () -> FactPaths.with(p, "agreement.remedyOnBreach", Tri.TRUE));
        assertThrows(IllegalArgumentException.class, () -> FactPaths.with(p, "term.endDate.year", 2020));
    }
}

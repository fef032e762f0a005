package se.ioprules.api.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FactTextTest {

    /** Every enum of the fact model, found on disk next to this package's classes, so a new enum is not missed. */
    @SuppressWarnings("unchecked")
    private static List<Class<? extends Enum<?>>> factEnums() throws IOException, URISyntaxException {
        Path dir = Path.of(Sector.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(Sector.class.getPackageName().replace('.', '/'));
        List<Class<? extends Enum<?>>> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    try {
                        Class<?> c = Class.forName(Sector.class.getPackageName() + "." + name.replace(".class", ""));
                        if (c.isEnum()) {
                            out.add((Class<? extends Enum<?>>) c);
                        }
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyConstantOfTheFactModelHasAWordInBothLanguages() throws Exception {
        List<Class<? extends Enum<?>>> enums = factEnums();
        assertTrue(enums.size() > 20, "fact enums found: " + enums);
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> e : enums) {
            if (!FactText.labelled(e)) {
                missing.add(e.getSimpleName());
            }
            for (Enum<?> c : e.getEnumConstants()) {
                assertTrue(!FactText.label(c, "sv").equals(c.name()) || !FactText.labelled(e), c.toString());
            }
        }
        assertTrue(missing.isEmpty(), "add words to value-labels.properties for " + missing);
    }

    @Test
    void valuesReadAsWordsListsAsText() {
        assertEquals("ideell förening", FactText.label(LegalForm.IDEELL_FORENING, "sv"));
        assertEquals("gemensamt", FactText.prose("initiative.initiatedBy", "JOINT", "sv"));
        assertEquals("jointly", FactText.prose("initiative.initiatedBy", "JOINT", "en"));
        // the path gives the type: NONE reads differently per enum
        assertEquals("ingen förlängning", FactText.prose("term.extensionOption", "NONE", "sv"));
        assertEquals("inget beslutsorgan", FactText.prose("initiative.initiatingDecision.body", "NONE", "sv"));
        assertEquals("offentligt uppdrag, vision och värdegrund",
                FactText.prose("agreement.agreementTopicsPresent", "[PUBLIC_MISSION, VISION, VALUES]", "sv"));
        assertEquals("public mission and vision",
                FactText.prose("agreement.agreementTopicsPresent", "[PUBLIC_MISSION, VISION]", "en"));
        assertEquals("ja", FactText.prose("term.longTermIntent", "TRUE", "sv"));
        assertEquals("inga", FactText.prose("agreement.sanctionClauses", "[]", "sv"));
        assertEquals("kommun", FactText.prose("parties[k].sector", "PUBLIC_MUNICIPALITY", "sv"));
        // a list a rule joined itself, and a rule set's own codes
        assertEquals("värdegrund och tvistlösning", FactText.prose("detail.missing", "VALUES, DISPUTE", "sv"));
        assertEquals("gemensamma beslut och antalet möten", FactText.prose("detail.missing",
                "JOINT_DECISIONS, MEETINGS", "sv", c -> switch (c) {
                    case "JOINT_DECISIONS" -> "gemensamma beslut";
                    case "MEETINGS" -> "antalet möten";
                    default -> null;
                }));
        // records read as their values
        assertEquals("kommun (pengar, 600000, ja)", FactText.prose("resources.contributions",
                "[Contribution{partyId=kommun, kind=MONEY, valueSek=600000, valuedInBudget=TRUE}]", "sv"));
        assertEquals("uppfyllt", FactText.prose("conclusion.eupc-1-agreement", "MET", "sv"));
        // free text and numbers stay as they are
        assertEquals("Timrå kommun", FactText.prose("parties[k].name", "Timrå kommun", "sv"));
        assertEquals("0.6", FactText.prose("derived.publicShareOfCost", "0.6", "sv"));
    }

    /** "en" in any case is English; anything else, Swedish included, is Swedish (the default). */
    @Test
    void languageIsEnglishOnlyForEnInAnyCase() {
        for (String en : List.of("en", "EN", "En", "eN")) {
            assertEquals("yes", FactText.prose("purpose.generalInterest", "TRUE", en), en);
            assertEquals(FactText.label(LegalForm.IDEELL_FORENING, "en"), FactText.label(LegalForm.IDEELL_FORENING, en), en);
        }
        for (String sv : java.util.Arrays.asList("sv", "SV", "se", "eng", "e", "", "\u00e9n", null)) {
            assertEquals("ja", FactText.prose("purpose.generalInterest", "TRUE", sv), String.valueOf(sv));
            assertEquals("ideell förening", FactText.label(LegalForm.IDEELL_FORENING, sv), String.valueOf(sv));
        }
    }
}

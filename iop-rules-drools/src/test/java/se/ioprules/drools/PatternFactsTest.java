package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import se.ioprules.drools.internal.PatternFacts;

/**
 * The facts a rule's patterns test, read from the compiled rule on both build routes (classic MVEL and executable
 * model): group per fact type, paths in the order written, guards, selectors, functions, parameters and negated
 * patterns handled as {@link PatternFacts} documents.
 */
class PatternFactsTest {
    private static final String DRL = """
            package se.ioprules.test.patternfacts;
            import se.ioprules.api.facts.*;
            import se.ioprules.drools.dsl.*;
            global Findings out;

            function boolean named(IdeaBasedProfile i) { return i != null; }
            function boolean legal(LegalForm f) { return f != null; }

            rule "legal" when
                LegalContext( isPartOfStandardAssociationGrant() == Tri.FALSE )
            then end

            rule "nested and or" when
                Purpose( politicalPlanRef.exists == Tri.UNKNOWN
                         || (politicalPlanRef.exists == Tri.TRUE && politicalPlanRef.mentionsIdeaBasedOrgs == Tri.UNKNOWN) )
            then end

            rule "two patterns in order, a parameter, a negated pattern" when
                $p : Params()
                Term( longTermIntent == Tri.TRUE )
                Derived( durationMonths != null, durationMonths >= $p.intValue("longTermMonths") )
                not Party( sector == Sector.PUBLIC_REGION )
            then end

            rule "party: guard, selector, group given to a function, value given to a function" when
                Party( sector == Sector.IDEA_BASED, $id : id, idea != null, idea.registeredIn2022_900 == Tri.TRUE,
                       named(idea), legal(legalForm) )
            then end

            rule "a conclusion by its criterion" when
                Conclusion( criterionId == "x-aggregate", conclusion == "MET" )
                Initiative( initiatedBy == Initiator.JOINT )
            then end

            rule "a set's method is not a fact" when
                Agreement( sanctionClauses != null, sanctionClauses.isEmpty() )
            then end
            """;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void bothRoutesReadTheSameFactsFromTheConditions(boolean executableModel) {
        Map<String, List<PatternFacts.Read>> reads = reads(executableModel);
        assertEquals(List.of(fixed("legal.isPartOfStandardAssociationGrant")), reads.get("legal"));
        assertEquals(List.of(fixed("purpose.politicalPlanRef.exists"), fixed("purpose.politicalPlanRef.mentionsIdeaBasedOrgs")),
                reads.get("nested and or"));
        // pattern order; the parameter where it is read; nothing from the negated pattern (it matches no party)
        assertEquals(List.of(fixed("term.longTermIntent"), fixed("derived.durationMonths"), fixed("param.longTermMonths")),
                reads.get("two patterns in order, a parameter, a negated pattern"));
        // idea != null only guards idea.x; the sector selects the party; a whole group given to a function is not a
        // fact, a value given to one is
        assertEquals(List.of(new PatternFacts.Read(se.ioprules.api.facts.Party.class, 0, ".idea.registeredIn2022_900"),
                        new PatternFacts.Read(se.ioprules.api.facts.Party.class, 0, ".legalForm")),
                reads.get("party: guard, selector, group given to a function, value given to a function"));
        assertEquals(List.of(fixed("agreement.sanctionClauses")), reads.get("a set's method is not a fact"));
        assertEquals(List.of(fixed("conclusion.x-aggregate"), fixed("initiative.initiatedBy")),
                reads.get("a conclusion by its criterion"));
    }

    private static PatternFacts.Read fixed(String path) {
        return new PatternFacts.Read(null, 0, path);
    }

    private static Map<String, List<PatternFacts.Read>> reads(boolean executableModel) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId rid = ks.newReleaseId("se.ioprules.test", "pattern-facts-" + executableModel, "1.0");
        kfs.generateAndWritePomXML(rid);
        kfs.write("src/main/resources/se/ioprules/test/patternfacts/r.drl", DRL);
        KieBuilder builder = executableModel ? ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class)
                : ks.newKieBuilder(kfs).buildAll();
        assertEquals(List.of(), builder.getResults().getMessages(Message.Level.ERROR));
        try {
            KieBase kb = ks.newKieContainer(rid).getKieBase();
            Map<String, List<PatternFacts.Read>> out = new LinkedHashMap<>();
            for (var pkg : kb.getKiePackages()) {
                for (Rule r : pkg.getRules()) {
                    out.put(r.getName(), PatternFacts.of(r).reads());
                }
            }
            return out;
        } finally {
            ks.getRepository().removeKieModule(rid);
        }
    }
}

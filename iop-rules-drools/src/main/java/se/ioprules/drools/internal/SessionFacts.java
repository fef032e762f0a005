package se.ioprules.drools.internal;

import org.kie.api.runtime.KieSession;
import se.ioprules.api.facts.Derived;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Party;
import se.ioprules.drools.dsl.Conclusion;
import se.ioprules.drools.dsl.Params;

/** The facts a rule set's session starts with, inserted in one fixed order (the engine and the benchmarks' twin). */
public final class SessionFacts {
    private SessionFacts() {
    }

    /**
     * Inserts the partnership, each of its groups, parties and contributions, then the derived values, the parameters
     * and the conclusions of the rule sets evaluated before. The order is part of the result: rules of equal salience
     * fire in an order that depends on it.
     *
     * @param s a new session
     * @param p the partnership
     * @param derived its derived values
     * @param params the parameters in force
     * @param previous conclusions of earlier rule sets
     */
    public static void insert(KieSession s, Partnership p, Derived derived, Params params,
            Iterable<Conclusion> previous) {
        insert(s, p, derived, params, previous, ConclusionReads.ALL);
    }

    /**
     * As {@link #insert(KieSession, Partnership, Derived, Params, Iterable)}, leaving out the earlier conclusions that
     * no pattern of the session's rules can match ({@link ConclusionReads}): the rules fire as they would with them.
     *
     * @param s a new session
     * @param p the partnership
     * @param derived its derived values
     * @param params the parameters in force
     * @param previous conclusions of earlier rule sets
     * @param read the conclusions the session's patterns can match
     * @return how many earlier conclusions were left out
     */
    public static int insert(KieSession s, Partnership p, Derived derived, Params params,
            Iterable<Conclusion> previous, java.util.function.Predicate<Conclusion> read) {
        s.insert(p);
        s.insert(p.initiative());
        s.insert(p.purpose());
        s.insert(p.resources());
        s.insert(p.resources().budget());
        s.insert(p.term());
        s.insert(p.governance());
        s.insert(p.agreement());
        s.insert(p.legal());
        s.insert(p.stateAid());
        for (Party party : p.parties()) {
            s.insert(party);
        }
        for (var c : p.resources().contributions()) {
            s.insert(c);
        }
        s.insert(derived);
        s.insert(params);
        int left = 0;
        for (Conclusion c : previous) {
            if (read.test(c)) {
                s.insert(c);
            } else {
                left++;
            }
        }
        return left;
    }
}

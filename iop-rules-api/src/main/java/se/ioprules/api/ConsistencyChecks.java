package se.ioprules.api;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.ioprules.api.facts.Contribution;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Term;

/**
 * Plausibility and consistency checks on facts that are each well-formed but cannot all be true together, or are
 * far outside anything a partnership can be (a typing or unit error). They are validation errors, not findings: an
 * evaluation of impossible facts would be reported as a result, and no result should rest on them. Kept apart from
 * {@link PartnershipValidator}'s field checks; the limits are documented in the README ("Input limits").
 */
final class ConsistencyChecks {
    /** Earliest date accepted in any fact (no IOP, decision or organisation fact of interest is older). */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** Latest date accepted in any fact. */
    static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);
    /** Largest amount in SEK: 100 billion, above the yearly budget of any Swedish municipality or region. */
    static final BigDecimal MAX_SEK = new BigDecimal("100000000000");
    /** Largest amount in EUR (about the same order as {@link #MAX_SEK}). */
    static final BigDecimal MAX_EUR = new BigDecimal("10000000000");
    /**
     * Contributions may exceed the budget (over-compensation is for the state-aid rules to judge), but by more than
     * this factor the two amounts cannot describe the same partnership: usually a unit or typing error.
     */
    static final BigDecimal MAX_CONTRIBUTIONS_PER_BUDGET = BigDecimal.TEN;

    private ConsistencyChecks() {
    }

    static void check(Partnership p, List<Problem> out) {
        walk(p, new StringBuilder(64), out);
        termOrder(p, out);
        contributionsAgainstBudget(p, out);
    }

    /**
     * Per record class, the components that can hold a date, an amount, a list or a group (a text, number or
     * enumeration cannot), with method handles to their accessors: read once, as every document is checked.
     */
    private static final ClassValue<Plan> PLANS = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            return new Plan(type);
        }
    };

    private static final class Plan {
        final String[] names;
        final MethodHandle[] getters;

        Plan(Class<?> type) {
            List<String> n = new ArrayList<>();
            List<MethodHandle> g = new ArrayList<>();
            for (RecordComponent rc : type.getRecordComponents()) {
                Class<?> t = rc.getType();
                if (t.isPrimitive() || t.isEnum() || (Modifier.isFinal(t.getModifiers()) && t != LocalDate.class
                        && !t.isRecord() && !List.class.isAssignableFrom(t))) {
                    continue;
                }
                try {
                    g.add(MethodHandles.lookup().unreflect(rc.getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class)));
                    n.add(rc.getName());
                } catch (IllegalAccessException e) {
                    // a fact record's accessors are public; nothing to check otherwise
                }
            }
            names = n.toArray(new String[0]);
            getters = g.toArray(new MethodHandle[0]);
        }
    }

    /**
     * Every date and amount anywhere in the facts, by reflection so that new fields are covered too. {@code path}
     * is the value's path, and is as it was on return; its text is made only for a problem.
     */
    private static void walk(Object value, StringBuilder path, List<Problem> out) {
        if (value == null) {
            return;
        }
        if (value instanceof LocalDate d) {
            if (d.isBefore(EARLIEST_DATE) || d.isAfter(LATEST_DATE)) {
                out.add(new Problem(path.toString(), d + " is outside the plausible range " + EARLIEST_DATE + " to "
                        + LATEST_DATE));
            }
        } else if (value instanceof BigDecimal amount) {
            BigDecimal max = path.indexOf("Eur") >= 0 ? MAX_EUR : MAX_SEK;
            String unit = max == MAX_EUR ? "EUR" : "SEK";
            if (amount.abs().compareTo(max) > 0) {
                out.add(new Problem(path.toString(), amount.toPlainString() + " " + unit
                        + " is more than the plausible maximum of " + max.toPlainString() + " " + unit));
            }
        } else if (value instanceof List<?> list) {
            int at = path.length();
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path.append('[').append(i).append(']'), out);
                path.setLength(at);
            }
        } else if (value instanceof Record r) {
            Plan plan = PLANS.get(r.getClass());
            int at = path.length();
            for (int i = 0; i < plan.names.length; i++) {
                Object v;
                try {
                    v = plan.getters[i].invokeExact((Object) r);
                } catch (Throwable e) {
                    continue; // as before: a component that cannot be read is not checked
                }
                walk(v, (at == 0 ? path : path.append('.')).append(plan.names[i]), out);
                path.setLength(at);
            }
        }
    }

    /** The agreement is decided and signed before its term ends: a decision or signature after it is a typing error. */
    private static void termOrder(Partnership p, List<Problem> out) {
        Term t = p.term();
        if (t.endDate() == null) {
            return;
        }
        if (p.decisionDate() != null && p.decisionDate().isAfter(t.endDate())) {
            out.add(new Problem("decisionDate", "is after term.endDate (" + p.decisionDate() + " > " + t.endDate()
                    + "): a partnership is decided before its term ends"));
        }
        if (p.signingDate() != null && p.signingDate().isAfter(t.endDate())) {
            out.add(new Problem("signingDate", "is after term.endDate (" + p.signingDate() + " > " + t.endDate()
                    + "): an agreement is signed before its term ends"));
        }
    }

    private static void contributionsAgainstBudget(Partnership p, List<Problem> out) {
        BigDecimal budget = p.resources().budget().totalCostSek();
        if (budget == null || budget.signum() < 0) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Contribution c : p.resources().contributions()) {
            if (c != null && c.valueSek() != null && c.valueSek().signum() > 0) {
                sum = sum.add(c.valueSek());
            }
        }
        if (sum.compareTo(budget.multiply(MAX_CONTRIBUTIONS_PER_BUDGET)) > 0) {
            out.add(new Problem("resources.budget.totalCostSek", "the contributions add up to " + sum.toPlainString()
                    + " SEK, more than " + MAX_CONTRIBUTIONS_PER_BUDGET + " times the total cost of "
                    + budget.toPlainString() + " SEK; check the amounts and their unit"));
        }
    }
}

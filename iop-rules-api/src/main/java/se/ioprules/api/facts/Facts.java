package se.ioprules.api.facts;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Small helpers shared by the fact records. */
final class Facts {
    private Facts() {
    }

    /**
     * Copies a set of enum constants into an unmodifiable set in declaration order. {@code null} stays {@code null}
     * because for sets "not recorded" differs from "recorded as empty" (e.g. no sanction clauses).
     */
    static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values) {
        if (values == null) {
            return null;
        }
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }
}

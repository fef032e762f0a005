package se.ioprules.api.facts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Fact paths: dotted record-component names from a root record, with {@code [n]} or {@code [id]} selecting a list
 * element (by index, or by the element's {@code id} component), e.g. {@code parties[fh].idea.registeredIn2022_900},
 * {@code resources.contributions[2].valueSek}. Used for explanations, validation messages and rule linting, and for
 * the canonical form that input hashes are computed over.
 */
public final class FactPaths {
    /**
     * Record components by name, per class. {@code getRecordComponents()} copies and re-parses on every call and
     * dominated evaluation time (explanations resolve many paths); the cache makes it one lookup.
     */
    private static final ClassValue<java.util.Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected java.util.Map<String, RecordComponent> computeValue(Class<?> type) {
            java.util.Map<String, RecordComponent> byName = new java.util.LinkedHashMap<>();
            if (type.isRecord()) {
                for (RecordComponent rc : type.getRecordComponents()) {
                    rc.getAccessor().setAccessible(true);
                    byName.put(rc.getName(), rc);
                }
            }
            return java.util.Collections.unmodifiableMap(byName);
        }
    };

    /**
     * A record component and its accessor as a plain {@link java.util.function.Function}, spun once per component
     * with {@link java.lang.invoke.LambdaMetafactory} (as a lambda {@code Party::name} would be): under the C1-only
     * compiler the launcher uses, a call through a method handle that is not a constant runs through several
     * lambda-form frames, a call of a lambda is one interface call.
     */
    record Accessor(RecordComponent rc, java.util.function.Function<Object, Object> get) {
        Object of(Object record) {
            return get.apply(record);
        }
    }

    /** Per record class, its components in order with their accessors: what walking every fact reads. */
    private static final ClassValue<Accessor[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Accessor[] computeValue(Class<?> type) {
            java.util.Collection<RecordComponent> all = COMPONENTS.get(type).values();
            Accessor[] out = new Accessor[all.size()];
            int i = 0;
            for (RecordComponent rc : all) {
                out[i++] = new Accessor(rc, getter(type, rc));
            }
            return out;
        }
    };

    /**
     * {@return a record class's components in declaration order with their accessors (none for another class)}, shared
     * with {@link CanonicalForm}: one array per class, not to be changed.
     */
    static Accessor[] accessors(Class<?> type) {
        return ACCESSORS.get(type);
    }

    /**
     * The accessor of a component as a function: a lambda class spun for it when the record is in this package
     * (the fact model), else a call through its method handle.
     */
    @SuppressWarnings("unchecked")
    private static java.util.function.Function<Object, Object> getter(Class<?> type, RecordComponent rc) {
        java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.lookup();
        java.lang.invoke.MethodHandle handle;
        try {
            handle = lookup.unreflect(rc.getAccessor());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        if (type.getPackage() == FactPaths.class.getPackage() && type.getClassLoader() == FactPaths.class.getClassLoader()) {
            try {
                return (java.util.function.Function<Object, Object>) java.lang.invoke.LambdaMetafactory.metafactory(
                        lookup, "apply", java.lang.invoke.MethodType.methodType(java.util.function.Function.class),
                        java.lang.invoke.MethodType.methodType(Object.class, Object.class), handle,
                        java.lang.invoke.MethodType.methodType(box(rc.getType()), type)).getTarget().invokeExact();
            } catch (Throwable e) {
                // fall through to the method handle
            }
        }
        java.lang.invoke.MethodHandle get = handle.asType(
                java.lang.invoke.MethodType.methodType(Object.class, Object.class));
        return record -> {
            try {
                return get.invokeExact(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Per record class, its accessors by component name: what resolving a path reads (no reflective call). */
    private static final ClassValue<java.util.Map<String, Accessor>> BY_NAME = new ClassValue<>() {
        @Override
        protected java.util.Map<String, Accessor> computeValue(Class<?> type) {
            java.util.Map<String, Accessor> byName = new java.util.HashMap<>();
            for (Accessor a : ACCESSORS.get(type)) {
                byName.put(a.rc().getName(), a);
            }
            return byName;
        }
    };

    /**
     * Paths split into their segments, once per path (explanations resolve the same few hundred paths in every
     * evaluation). Bounded, because paths carry the ids of an input's parties: past the bound a path is split anew.
     */
    private static final java.util.Map<String, Segment[]> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_PARSED = 10_000;

    /** One segment of a path: a component name and the list selector after it ({@code [2]}, {@code [id]}), or null. */
    private static final class Segment {
        private final String name;
        private final String selector;
        /**
         * The record class this segment was last read from and its accessor: a path is read from records of one
         * class, so this saves the lookup by class and name (a race only looks it up again; the pair is immutable).
         */
        private Last last;

        Segment(String name, String selector) {
            this.name = name;
            this.selector = selector;
        }

        String name() {
            return name;
        }

        String selector() {
            return selector;
        }

        /** @return the value of this segment's component of the record */
        Object of(Object record, String path) {
            Last l = last;
            if (l == null || l.type() != record.getClass()) {
                l = new Last(record.getClass(), accessor(record, name, path));
                last = l;
            }
            return l.accessor().of(record);
        }
    }

    private record Last(Class<?> type, Accessor accessor) {
    }

    private FactPaths() {
    }

    private static Segment[] parsed(String path) {
        Segment[] segs = PARSED.get(path);
        if (segs == null) {
            List<String> raw = segments(path);
            segs = new Segment[raw.size()];
            for (int i = 0; i < segs.length; i++) {
                String segment = raw.get(i);
                int bracket = segment.indexOf('[');
                segs[i] = bracket < 0 ? new Segment(segment, null)
                        : new Segment(segment.substring(0, bracket), segment.substring(bracket + 1, segment.length() - 1));
            }
            if (PARSED.size() < MAX_PARSED) {
                PARSED.putIfAbsent(path, segs);
            }
        }
        return segs;
    }

    /**
     * A resolved value; {@code known} is false for null, {@link Tri#UNKNOWN}, a blank text, a group with nothing
     * recorded in it and an empty list (lists
     * hold what was recorded, so empty means nothing was recorded; sets such as sanction clauses use null for "not
     * recorded").
     *
     * @param value the value at the path; null when a group on the way is absent
     * @param known whether the value counts as recorded
     */
    public record Resolved(Object value, boolean known) {
        /** {@return the value as text: "null" for null, plain numbers, sets and lists in brackets} */
        public String text() {
            return FactPaths.text(value);
        }
    }

    /**
     * {@return the value at the path; a null link on the way yields an unknown value}
     *
     * @param root the record to start from (e.g. a Partnership)
     * @param path a fact path
     * @throws IllegalArgumentException if a component does not exist
     */
    public static Resolved resolve(Object root, String path) {
        Object current = root;
        for (Segment segment : parsed(path)) {
            if (current == null) {
                return new Resolved(null, false);
            }
            current = segment.of(current, path);
            if (segment.selector() != null) {
                current = select(current, segment.selector(), path);
            }
        }
        return new Resolved(current, recorded(current));
    }

    /**
     * {@return the declared type at the path, or empty if some component does not exist}
     *
     * @param rootType the root record type
     * @param path a fact path
     */
    public static Optional<Class<?>> typeOf(Class<?> rootType, String path) {
        Type current = rootType;
        for (String segment : segments(path)) {
            Class<?> raw = raw(current);
            if (raw == null || !raw.isRecord()) {
                return Optional.empty();
            }
            boolean selected = segment.contains("[");
            String name = selected ? segment.substring(0, segment.indexOf('[')) : segment;
            RecordComponent rc = find(raw, name);
            if (rc == null) {
                return Optional.empty();
            }
            current = rc.getGenericType();
            if (selected) {
                if (!(current instanceof ParameterizedType pt) || !List.class.equals(pt.getRawType())) {
                    return Optional.empty();
                }
                current = pt.getActualTypeArguments()[0];
            }
        }
        return Optional.ofNullable(raw(current));
    }

    /**
     * A copy of the record tree with one value replaced; the tree itself is not changed (records are immutable).
     * Groups on the way that are absent are created empty; a list element is selected by index or id and must exist
     * (a question about a party is asked only of the parties recorded).
     *
     * @param root the record to start from (e.g. a Partnership)
     * @param path a fact path to a component (not a list element itself)
     * @param value the new value, of the component's type (boxed), or null for "not recorded"
     * @param <T> the root's type
     * @return the new tree
     * @throws IllegalArgumentException if the path does not exist, selects no element, or the value has another type
     */
    @SuppressWarnings("unchecked")
    public static <T> T with(T root, String path, Object value) {
        return (T) with(root, segments(path), 0, value, path);
    }

    private static Object with(Object node, List<String> segments, int i, Object value, String path) {
        String segment = segments.get(i);
        boolean last = i == segments.size() - 1;
        int bracket = segment.indexOf('[');
        String name = bracket < 0 ? segment : segment.substring(0, bracket);
        if (!node.getClass().isRecord()) {
            throw new IllegalArgumentException("fact path '" + path + "': '" + name + "' is not inside a group");
        }
        RecordComponent rc = find(node.getClass(), name);
        if (rc == null) {
            throw new IllegalArgumentException("fact path '" + path + "': " + node.getClass().getSimpleName()
                    + " has no field '" + name + "'");
        }
        Object child = invoke(node, rc);
        Object replaced;
        if (bracket >= 0) {
            String selector = segment.substring(bracket + 1, segment.length() - 1);
            if (!(child instanceof List<?> list)) {
                throw new IllegalArgumentException("fact path '" + path + "': '" + name + "' is not a list");
            }
            int index = indexOf(list, selector);
            if (index < 0) {
                throw new IllegalArgumentException("fact path '" + path + "': no element [" + selector + "] in '" + name + "'");
            }
            if (last) {
                throw new IllegalArgumentException("fact path '" + path + "': a list element is not a value");
            }
            List<Object> copy = new ArrayList<>(list);
            copy.set(index, with(list.get(index), segments, i + 1, value, path));
            replaced = copy;
        } else if (last) {
            if (value != null && !box(rc.getType()).isInstance(value)) {
                throw new IllegalArgumentException("fact path '" + path + "': a " + value.getClass().getSimpleName()
                        + " does not fit " + rc.getType().getSimpleName());
            }
            replaced = value;
        } else {
            replaced = with(child != null ? child : empty(rc.getType(), path), segments, i + 1, value, path);
        }
        return copyWith(node, rc, replaced);
    }

    private static int indexOf(List<?> list, String selector) {
        if (!selector.isEmpty() && selector.chars().allMatch(Character::isDigit)) {
            int i = Integer.parseInt(selector);
            return i < list.size() ? i : -1;
        }
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            if (element != null && element.getClass().isRecord()) {
                RecordComponent id = find(element.getClass(), "id");
                if (id != null && selector.equals(invoke(element, id))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The group's {@code EMPTY} constant (every group of the fact model has one). */
    private static Object empty(Class<?> type, String path) {
        try {
            return type.getField("EMPTY").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("fact path '" + path + "': " + type.getSimpleName() + " is not a group");
        }
    }

    /** Calls the canonical constructor, so the record's own normalisation (defaults, list copies) applies. */
    private static Object copyWith(Object record, RecordComponent replacedComponent, Object replacement) {
        java.util.Collection<RecordComponent> all = COMPONENTS.get(record.getClass()).values();
        Class<?>[] types = new Class<?>[all.size()];
        Object[] args = new Object[all.size()];
        int i = 0;
        for (RecordComponent rc : all) {
            types[i] = rc.getType();
            args[i] = rc == replacedComponent ? replacement : invoke(record, rc);
            i++;
        }
        try {
            var ctor = record.getClass().getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == int.class ? Integer.class : type == boolean.class ? Boolean.class : type == long.class ? Long.class
                : type == double.class ? Double.class : Object.class;
    }

    /**
     * The canonical form of a fact tree: one {@code path=value} line per known leaf value, in component order.
     * Unknown values are left out, so "absent" and "explicitly unknown" hash alike.
     *
     * @param root a record
     * @return the canonical text
     */
    public static String canonical(Object root) {
        return CanonicalForm.canonical(root);
    }

    /**
     * {@return SHA-256 (hex) of its canonical form}
     *
     * @param root a record
     */
    public static String sha256(Object root) {
        return CanonicalForm.sha256(root);
    }

    static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(FactPaths::text).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Record) {
            // Compact and readable in explanations: only the recorded components.
            StringBuilder sb = new StringBuilder(value.getClass().getSimpleName()).append('{');
            boolean first = true;
            for (Accessor a : ACCESSORS.get(value.getClass())) {
                Object v = a.of(value);
                if (recorded(v) && !(v instanceof Collection<?> col && col.isEmpty())) {
                    sb.append(first ? "" : ", ").append(a.rc().getName()).append('=').append(text(v));
                    first = false;
                }
            }
            return sb.append('}').toString();
        }
        return String.valueOf(value);
    }

    /**
     * Whether a value counts as recorded: not null, not {@link Tri#UNKNOWN}, not a blank text, not an empty list
     * (lists hold what was recorded), and for a group at least one recorded component. A set counts even when empty
     * (an empty set of sanction clauses means "none").
     */
    private static boolean recorded(Object v) {
        if (v == null || v == Tri.UNKNOWN || (v instanceof String t && t.isBlank()) || (v instanceof List<?> l && l.isEmpty())) {
            return false;
        }
        if (v instanceof Record) {
            for (Accessor a : ACCESSORS.get(v.getClass())) {
                if (recorded(a.of(v))) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '.' && depth == 0) {
                out.add(path.substring(start, i));
                start = i + 1;
            }
        }
        out.add(path.substring(start));
        return out;
    }

    private static Accessor accessor(Object record, String name, String path) {
        if (!(record instanceof Record)) {
            throw new IllegalArgumentException("fact path '" + path + "': '" + name + "' is not inside a group");
        }
        Accessor a = BY_NAME.get(record.getClass()).get(name);
        if (a == null) {
            throw new IllegalArgumentException("fact path '" + path + "': " + record.getClass().getSimpleName()
                    + " has no field '" + name + "'");
        }
        return a;
    }

    private static Object select(Object list, String selector, String path) {
        if (!(list instanceof List<?> l)) {
            return null;
        }
        if (digits(selector)) {
            int i = Integer.parseInt(selector);
            return i < l.size() ? l.get(i) : null;
        }
        for (Object element : l) {
            if (element instanceof Record) {
                Accessor id = BY_NAME.get(element.getClass()).get("id");
                if (id != null && selector.equals(id.of(element))) {
                    return element;
                }
            }
        }
        return null;
    }

    /** @return whether the selector is a non-empty run of digits (a list index) */
    private static boolean digits(String selector) {
        for (int i = 0; i < selector.length(); i++) {
            if (!Character.isDigit(selector.charAt(i))) {
                return false;
            }
        }
        return !selector.isEmpty();
    }

    private static RecordComponent find(Class<?> type, String name) {
        return COMPONENTS.get(type).get(name);
    }

    private static Object invoke(Object target, RecordComponent rc) {
        try {
            return rc.getAccessor().invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}

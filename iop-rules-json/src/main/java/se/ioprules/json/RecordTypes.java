package se.ioprules.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reflection over the fact records: their components (the JSON field names), canonical constructors and the value
 * each component takes when nothing is recorded (used to omit unknown values when writing).
 */
final class RecordTypes {
    private static final Map<Class<?>, Info> CACHE = new ConcurrentHashMap<>();

    private RecordTypes() {
    }

    /** What we know about one record type. */
    static final class Info {
        final Class<?> type;
        final RecordComponent[] components;
        /** Per path of a record of this type, the paths of its components (see StrictReader). */
        final Map<String, String[]> childPaths = new ConcurrentHashMap<>();
        /** The components' generic types, read once. */
        final Type[] genericTypes;
        final Map<String, Integer> index = new LinkedHashMap<>();
        final Constructor<?> constructor;
        final Object defaults;

        private Info(Class<?> type) {
            this.type = type;
            this.components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            this.genericTypes = new Type[components.length];
            for (int i = 0; i < components.length; i++) {
                genericTypes[i] = components[i].getGenericType();
                index.put(components[i].getName(), i);
                types[i] = components[i].getType();
            }
            try {
                this.constructor = type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
            }
            this.defaults = construct(new Object[components.length]);
        }

        /** @param args component values in declaration order; null for primitives means the default */
        Object construct(Object[] args) {
            Object[] a = Arrays.copyOf(args, args.length);
            for (int i = 0; i < a.length; i++) {
                Class<?> t = components[i].getType();
                if (a[i] == null && t.isPrimitive()) {
                    a[i] = t == boolean.class ? Boolean.FALSE : t == int.class ? Integer.valueOf(0) : Long.valueOf(0);
                }
            }
            try {
                return constructor.newInstance(a);
            } catch (InvocationTargetException e) {
                Throwable c = e.getCause();
                throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /** @return the component's value in {@code record} */
        Object get(Object record, int i) {
            try {
                return components[i].getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /** @return the value of component i when nothing is recorded (null, UNKNOWN, an empty group or list) */
        Object defaultValue(int i) {
            return get(defaults, i);
        }

        List<String> names() {
            return List.copyOf(index.keySet());
        }
    }

    static Info of(Class<?> type) {
        return CACHE.computeIfAbsent(type, Info::new);
    }

    static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + t);
    }

    static Type elementType(Type t) {
        if (t instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[0];
        }
        throw new IllegalArgumentException("raw collection type " + t);
    }
}

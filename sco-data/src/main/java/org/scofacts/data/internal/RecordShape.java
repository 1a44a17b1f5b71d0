package org.scofacts.data.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The components of one record type in declaration order, read from a record and given to its canonical
 * constructor: the one walker over record components. The registry finds a fact's countries and references
 * through it ({@code FactFamily.fields}), JSON writes and reads every fact, country and source through it,
 * the diff compares through it and the data package lays out its tables with it, so a component added to a
 * record shows everywhere without a line of code per family. Each type's shape is made once:
 * {@link Class#getRecordComponents()} builds new objects on every call.
 *
 * @param <R> the record type
 * @since 0.1.0
 */
public final class RecordShape<R extends Record> {

    private static final ClassValue<RecordShape<?>> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape<?> computeValue(Class<?> type) {
            return new RecordShape<>(type.asSubclass(Record.class));
        }
    };

    private final Class<R> type;
    private final List<Component> components;
    private final Constructor<R> constructor;

    private RecordShape(Class<R> type) {
        this.type = type;
        RecordComponent[] declared = type.getRecordComponents();
        List<Component> list = new ArrayList<>();
        Class<?>[] parameters = new Class<?>[declared.length];
        for (int i = 0; i < declared.length; i++) {
            list.add(new Component(declared[i]));
            parameters[i] = declared[i].getType();
        }
        this.components = Collections.unmodifiableList(list);
        try {
            this.constructor = type.getDeclaredConstructor(parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record without its canonical constructor: " + type.getName(), e);
        }
    }

    /**
     * The shape of a record type.
     *
     * @param type the record class
     * @param <R>  the record type
     * @return its shape, made once per type
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> RecordShape<R> of(Class<R> type) {
        return (RecordShape<R>) SHAPES.get(type);
    }

    /**
     * The shape of a record's own type.
     *
     * @param record a record
     * @param <R>    its type
     * @return its shape
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> RecordShape<R> ofRecord(R record) {
        return (RecordShape<R>) SHAPES.get(record.getClass());
    }

    /**
     * The record type.
     *
     * @return the record class
     */
    public Class<R> type() {
        return type;
    }

    /**
     * The components, in declaration order.
     *
     * @return the components, unmodifiable
     */
    public List<Component> components() {
        return components;
    }

    /**
     * The component names in declaration order, for messages that list what a record may hold.
     *
     * @return the names
     */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        components.forEach(c -> names.add(c.name()));
        return names;
    }

    /**
     * A record's component values by name, in declaration order.
     *
     * @param record the record
     * @return an ordered map from component name to value
     */
    public Map<String, Object> values(R record) {
        Map<String, Object> values = new LinkedHashMap<>();
        components.forEach(c -> values.put(c.name(), c.valueOf(record)));
        return values;
    }

    /**
     * Calls the canonical constructor. The model's refusal (its {@link IllegalArgumentException} or
     * {@link NullPointerException}, whose message names the field and the value) comes out unwrapped.
     *
     * @param values one value per component, in declaration order
     * @return the record
     */
    public R create(Object... values) {
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw new IllegalStateException("cannot build a " + type.getSimpleName() + ": " + e.getCause(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName() + ": " + e, e);
        }
    }

    /**
     * One record component: its name, its declared (generic) type and how to read it.
     *
     * @since 0.1.0
     */
    public static final class Component {

        private final RecordComponent component;

        private Component(RecordComponent component) {
            this.component = component;
        }

        /**
         * The component's name.
         *
         * @return the name
         */
        public String name() {
            return component.getName();
        }

        /**
         * The declared type with its type arguments ({@code Optional<Country>}), for JSON to bind.
         *
         * @return the generic type
         */
        public Type genericType() {
            return component.getGenericType();
        }

        /**
         * The declared class without type arguments.
         *
         * @return the class
         */
        public Class<?> rawType() {
            return component.getType();
        }

        /**
         * The component's value in a record of this shape.
         *
         * @param record the record
         * @return the value
         */
        public Object valueOf(Record record) {
            try {
                return component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name() + " of a " + record.getClass().getSimpleName(),
                        e);
            }
        }
    }
}

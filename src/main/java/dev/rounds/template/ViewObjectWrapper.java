package dev.rounds.template;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * FreeMarker's default wrapper, with a faster road to the records of {@link Views}. Templates see
 * them exactly as before (as beans: {@code entry.title}, {@code site.url(link)}, {@code ?keys},
 * {@code entry.title()}), but a component is read through an accessor made once per record type
 * instead of by reflection at every read, and wrapped once per record model. The site's model is
 * made once and reused, since every page reads a dozen of its values.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {
    /** Each record type of {@link Views}: its components' names and accessors. */
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return RecordShape.of(type);
        }
    };

    /** The model of the last {@link Views.Site} wrapped: one site per build, read all over every page. */
    private volatile RecordModel site;

    ViewObjectWrapper() {
        super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
        if (value instanceof Views.Site) {
            RecordModel known = site;
            if (known == null || known.getWrappedObject() != value) {
                known = new RecordModel(value, this);
                site = known;
            }
            return known;
        }
        if (value instanceof Record && value.getClass().getDeclaringClass() == Views.class) {
            return new RecordModel(value, this);
        }
        return super.handleUnknownType(value);
    }

    /** A record as FreeMarker's bean model shows it, with its components read without reflection. */
    private static final class RecordModel extends GenericObjectModel {
        /** Stands for a component whose value is null (whose model is null) once it has been read. */
        private static final TemplateModel NO_VALUE = new TemplateModel() {
        };

        private final RecordShape shape;
        /** The components' models, made when first read; a race only makes the same model twice. */
        private final AtomicReferenceArray<TemplateModel> components;

        RecordModel(Object record, ViewObjectWrapper wrapper) {
            super(record, wrapper);
            this.shape = SHAPES.get(record.getClass());
            this.components = new AtomicReferenceArray<>(shape.size());
        }

        @Override
        protected TemplateModel get(String key, boolean beforeMethodCall) throws TemplateModelException,
                ShouldNotBeGetAsMethodException {
            Integer index = beforeMethodCall ? null : shape.indexOf(key);
            if (index == null) {
                // Methods, calls like entry.title() and unknown names: the bean model's own way.
                return super.get(key, beforeMethodCall);
            }
            TemplateModel model = components.get(index);
            if (model == null) {
                model = wrapper.wrap(shape.value(index, object));
                components.set(index, model == null ? NO_VALUE : model);
            }
            return model == NO_VALUE ? null : model;
        }
    }

    /** A record type's components: their positions by name, and an accessor for each. */
    private record RecordShape(Map<String, Integer> positions, Function<Object, Object>[] accessors) {

        static RecordShape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Map<String, Integer> positions = new HashMap<>();
            @SuppressWarnings("unchecked")
            Function<Object, Object>[] accessors = new Function[components.length];
            for (int i = 0; i < components.length; i++) {
                positions.put(components[i].getName(), i);
                accessors[i] = accessor(type, components[i]);
            }
            return new RecordShape(Map.copyOf(positions), accessors);
        }

        int size() {
            return accessors.length;
        }

        Integer indexOf(String name) {
            return positions.get(name);
        }

        Object value(int index, Object record) {
            return accessors[index].apply(record);
        }

        /** A lambda calling the component's accessor: a plain interface call where {@code Method.invoke} is slow. */
        @SuppressWarnings("unchecked")
        private static Function<Object, Object> accessor(Class<?> type, RecordComponent component) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                MethodHandle getter = lookup.unreflect(component.getAccessor());
                CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                        MethodType.methodType(Object.class, Object.class), getter,
                        MethodType.methodType(component.getType().isPrimitive() ? boxed(component.getType()) : component.getType(), type));
                return (Function<Object, Object>) site.getTarget().invoke();
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + component.getName(), e);
            }
        }

        private static Class<?> boxed(Class<?> primitive) {
            return MethodType.methodType(primitive).wrap().returnType();
        }
    }
}

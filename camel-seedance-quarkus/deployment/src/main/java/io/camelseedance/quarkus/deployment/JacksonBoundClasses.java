package io.camelseedance.quarkus.deployment;

import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Type;

import io.camelseedance.api.TaskPage;
import io.camelseedance.api.VideoTask;
import io.camelseedance.catalog.ModelSpec;
import io.camelseedance.tracking.CreateIntent;
import io.camelseedance.tracking.TrackedOutcome;
import io.camelseedance.tracking.TrackedTask;

/**
 * The component's classes that Jackson binds by reflection: the types the component hands to Jackson (a task, as
 * the Kamelets and the file task store write it; a page of tasks; a tracked task, a tracked outcome and a create
 * intent, as the file task store writes them; a model of the catalog), every
 * class of the component carrying a Jackson annotation, and the component's types of their fields, transitively.
 */
final class JacksonBoundClasses {

    /** What the component reads or writes with Jackson by type. */
    static final List<Class<?>> ROOTS = List.of(VideoTask.class, TaskPage.class, TrackedTask.class,
            TrackedOutcome.class, CreateIntent.class, ModelSpec.class);

    private static final String COMPONENT_PACKAGE = "io.camelseedance.";
    private static final String JACKSON_ANNOTATIONS = "com.fasterxml.jackson.annotation.";

    private JacksonBoundClasses() {
    }

    static Set<String> find(IndexView index) {
        Deque<DotName> pending = new ArrayDeque<>();
        ROOTS.forEach(root -> pending.add(DotName.createSimple(root)));
        for (ClassInfo c : index.getKnownClasses()) {
            if (isComponentType(c.name()) && c.annotationsMap().keySet().stream()
                    .anyMatch(a -> a.toString().startsWith(JACKSON_ANNOTATIONS))) {
                pending.add(c.name());
            }
        }
        Set<String> found = new TreeSet<>();
        while (!pending.isEmpty()) {
            DotName name = pending.pop();
            if (!found.add(name.toString())) {
                continue;
            }
            ClassInfo c = index.getClassByName(name);
            if (c == null) {
                throw new IllegalStateException(name + " is not in the index of the seedance component");
            }
            for (FieldInfo field : c.fields()) {
                if (!field.isSynthetic() && !Modifier.isStatic(field.flags())) {
                    addComponentTypes(field.type(), pending);
                }
            }
        }
        return found;
    }

    private static void addComponentTypes(Type type, Deque<DotName> pending) {
        switch (type.kind()) {
            case CLASS -> {
                if (isComponentType(type.name())) {
                    pending.add(type.name());
                }
            }
            case PARAMETERIZED_TYPE -> {
                addComponentTypes(Type.create(type.name(), Type.Kind.CLASS), pending);
                type.asParameterizedType().arguments().forEach(a -> addComponentTypes(a, pending));
            }
            case ARRAY -> addComponentTypes(type.asArrayType().elementType(), pending);
            case WILDCARD_TYPE -> addComponentTypes(type.asWildcardType().extendsBound(), pending);
            default -> {
                // primitives and type variables bind nothing of the component's
            }
        }
    }

    private static boolean isComponentType(DotName name) {
        return name.toString().startsWith(COMPONENT_PACKAGE);
    }
}

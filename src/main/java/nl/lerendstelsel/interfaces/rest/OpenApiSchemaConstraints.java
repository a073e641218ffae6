package nl.lerendstelsel.interfaces.rest;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Which members of a schema are {@code required} and which values a string takes ({@code enum}), from the Java records
 * of the API, for {@link OpenApiDocumentFilter}. The rule for {@code required}, the same for requests and answers: every
 * member of a record is required unless it is {@link NotRequired} (an answer's member that can be null, which JSON-B
 * leaves out; a request's member the server does without). The values of a string: those of the domain enum its
 * {@link OneOf} names.
 */
final class OpenApiSchemaConstraints {

    private OpenApiSchemaConstraints() {
    }

    /** The members of a record that are required, in declaration order; none for a class that is not a record. */
    static List<String> required(Class<?> type) {
        if (!type.isRecord()) {
            return List.of();
        }
        return Stream.of(type.getRecordComponents()).filter(c -> !c.isAnnotationPresent(NotRequired.class))
                .map(RecordComponent::getName).toList();
    }

    /** The values of an enum as the API writes them: its {@code code()} where it has one, else its name. */
    static List<String> values(Class<? extends Enum<?>> type) {
        Method code = null;
        try {
            code = type.getMethod("code");
        } catch (NoSuchMethodException e) {
            // no codes: the names
        }
        List<String> values = new ArrayList<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            values.add(code == null || code.getReturnType() != String.class || Modifier.isStatic(code.getModifiers())
                    ? constant.name() : invoke(code, constant));
        }
        return values;
    }

    private static String invoke(Method code, Enum<?> constant) {
        try {
            return (String) code.invoke(constant);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The code of " + constant, e);
        }
    }

    /** The values the {@link OneOf} of a member or parameter allows, or null when it has none. */
    static List<Object> allowed(AnnotatedElement element) {
        OneOf oneOf = element.getAnnotation(OneOf.class);
        return oneOf == null ? null : new ArrayList<>(values(oneOf.value()));
    }

    /** {@code schema} (a string, or an array of strings) restricted to the values of {@code element}'s {@link OneOf}. */
    static void restrict(Schema schema, AnnotatedElement element) {
        List<Object> allowed = allowed(element);
        if (schema == null || allowed == null) {
            return;
        }
        Schema target = schema.getType() == Schema.SchemaType.ARRAY ? schema.getItems() : schema;
        if (target != null && target.getRef() == null) {
            target.setEnumeration(allowed);
        }
    }

    /** {@code required} and {@code enum}s in the component schemas of the records of the API. */
    static void apply(OpenAPI openAPI, Map<String, Class<?>> records) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            Class<?> type = records.get(name);
            if (type == null || !type.isRecord() || schema.getProperties() == null) {
                return;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                restrict(schema.getProperties().get(component.getName()), component);
            }
            List<String> required = required(type).stream().filter(schema.getProperties()::containsKey).toList();
            schema.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
        });
    }
}

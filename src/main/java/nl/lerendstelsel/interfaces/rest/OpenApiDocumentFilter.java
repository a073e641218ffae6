package nl.lerendstelsel.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Completes the OpenAPI document where Payara's scanner leaves gaps (registered as {@code mp.openapi.filter} in
 * {@code META-INF/microprofile-config.properties}).
 *
 * <p>Each tag once: a resource names its tag on the class, and the scanner lists a class's tag in the document once per
 * class, so "Knelpunten" stood there six times; the first of each name stays.
 *
 * <p>The query parameters of {@code GET /knelpunten}. Payara's scanner documents
 * {@code @QueryParam} method parameters but does not look into a {@code @BeanParam}, so this filter reads them from
 * {@link BottleneckListParameters}: name, type and default, in the order they are declared there, as the scanner wrote
 * them when they were parameters of the method.
 */
public class OpenApiDocumentFilter implements OASFilter {

    static final String PATH = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value() + "/knelpunten";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getTags() != null) {
            Set<String> seen = new HashSet<>();
            openAPI.setTags(new ArrayList<>(openAPI.getTags().stream().filter(t -> seen.add(t.getName())).toList()));
        }
        PathItem item = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem(PATH);
        Operation list = item == null ? null : item.getGET();
        if (list == null) {
            return;
        }
        for (Parameter parameter : queryParameters(BottleneckListParameters.class)) {
            boolean present = list.getParameters() != null
                    && list.getParameters().stream().anyMatch(p -> parameter.getName().equals(p.getName()));
            if (!present) {
                list.addParameter(parameter);
            }
        }
    }

    /** The {@code @QueryParam} fields of a {@code @BeanParam} class as OpenAPI parameters. */
    static List<Parameter> queryParameters(Class<?> beanParam) {
        List<Parameter> parameters = new ArrayList<>();
        for (Field field : beanParam.getDeclaredFields()) {
            QueryParam query = field.getAnnotation(QueryParam.class);
            if (query == null) {
                continue;
            }
            Schema schema = OASFactory.createSchema().type(schemaType(field.getType()));
            DefaultValue defaultValue = field.getAnnotation(DefaultValue.class);
            if (defaultValue != null) {
                schema.setDefaultValue(defaultValue.value());
            }
            parameters.add(OASFactory.createParameter().name(query.value()).in(Parameter.In.QUERY).schema(schema));
        }
        return parameters;
    }

    /** The type as Payara's scanner names it: {@code int} an integer, but a {@code Long} a number. */
    private static Schema.SchemaType schemaType(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return Schema.SchemaType.INTEGER;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Schema.SchemaType.BOOLEAN;
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return Schema.SchemaType.NUMBER;
        }
        return Schema.SchemaType.STRING;
    }
}

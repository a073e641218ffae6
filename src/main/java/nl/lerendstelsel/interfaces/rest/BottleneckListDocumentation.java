package nl.lerendstelsel.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Puts the query parameters of {@code GET /knelpunten} into the OpenAPI document. Payara's scanner documents
 * {@code @QueryParam} method parameters but does not look into a {@code @BeanParam}, so this filter (registered as
 * {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}) reads them from
 * {@link BottleneckListParameters}: name, type and default, in the order they are declared there, as the scanner wrote
 * them when they were parameters of the method.
 */
public class BottleneckListDocumentation implements OASFilter {

    static final String PATH = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value() + "/knelpunten";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
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

package nl.lerendstelsel.interfaces.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents paging and deprecated query parameters, for {@link OpenApiDocumentFilter}: the parameters {@code pagina} and
 * {@code paginaGrootte} and the headers {@code X-Total-Count} and {@code Link} are components, referred to from every
 * operation that takes {@link Paging} (as its own {@code @BeanParam} or inside one), and a query parameter marked
 * {@link ReplacedBy} in a {@code @BeanParam} class is {@code deprecated: true} with the name of the one to use.
 */
final class OpenApiPaging {

    private OpenApiPaging() {
    }

    /** Applies to every operation of {@code openAPI}; {@code methods} as {@link OpenApiDocumentFilter#resourceMethods}. */
    static void apply(OpenAPI openAPI, Map<String, Method> methods) {
        components(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((verb, operation) -> {
            Method method = methods.get(verb.name() + " " + OpenApiDocumentFilter.BASE + path);
            if (method != null) {
                List<Class<?>> beans = beanParams(method);
                if (beans.contains(Paging.class)) {
                    paged(operation);
                }
                beans.forEach(bean -> deprecate(operation, bean));
            }
        }));
    }

    /** The {@code @BeanParam} classes of a method, and those they hold in turn. */
    static List<Class<?>> beanParams(Method method) {
        List<Class<?>> beans = new ArrayList<>();
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                collect(parameter.getType(), beans);
            }
        }
        return beans;
    }

    private static void collect(Class<?> bean, List<Class<?>> beans) {
        beans.add(bean);
        for (Field field : bean.getDeclaredFields()) {
            if (field.isAnnotationPresent(BeanParam.class)) {
                collect(field.getType(), beans);
            }
        }
    }

    private static void paged(Operation operation) {
        if (operation.getParameters() != null) {
            new ArrayList<>(operation.getParameters()).stream()
                    .filter(p -> Paging.PAGE.equals(p.getName()) || Paging.SIZE.equals(p.getName()))
                    .forEach(operation::removeParameter);
        }
        Stream.of(Paging.PAGE, Paging.SIZE).forEach(name -> operation.addParameter(OASFactory.createParameter().ref(name)));
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        if (ok != null) {
            ok.addHeader(PagingHeaders.TOTAL_COUNT, OASFactory.createHeader().ref(PagingHeaders.TOTAL_COUNT));
            ok.addHeader(PagingHeaders.LINK, OASFactory.createHeader().ref(PagingHeaders.LINK));
        }
    }

    private static void deprecate(Operation operation, Class<?> bean) {
        for (Field field : bean.getDeclaredFields()) {
            QueryParam query = field.getAnnotation(QueryParam.class);
            ReplacedBy replacement = field.getAnnotation(ReplacedBy.class);
            if (query == null || replacement == null || operation.getParameters() == null) {
                continue;
            }
            operation.getParameters().stream().filter(p -> query.value().equals(p.getName())).forEach(p -> p.deprecated(true)
                    .description("Verouderd: gebruik " + replacement.value() + ". Werkt tot de volgende major versie."));
        }
    }

    private static void components(OpenAPI openAPI) {
        var components = openAPI.getComponents();
        components.addParameter(Paging.PAGE, OASFactory.createParameter().name(Paging.PAGE).in(Parameter.In.QUERY)
                .description("De pagina, vanaf 1; de header Link wijst de eerste, vorige, volgende en laatste.")
                .schema(integer(1, null, 1)));
        components.addParameter(Paging.SIZE, OASFactory.createParameter().name(Paging.SIZE).in(Parameter.In.QUERY)
                .description("Hoeveel er hoogstens op een pagina staan, 1 tot en met " + Paging.MAX_SIZE + ".")
                .schema(integer(1, Paging.MAX_SIZE, Paging.DEFAULT_SIZE)));
        components.addHeader(PagingHeaders.TOTAL_COUNT, OASFactory.createHeader()
                .description("Het aantal over alle pagina's samen").schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER)
                        .format("int64").minimum(BigDecimal.ZERO)));
        components.addHeader(PagingHeaders.LINK, OASFactory.createHeader()
                .description("Links naar andere pagina's (RFC 8288), met rel first, prev, next en last; prev en next alleen als "
                        + "die pagina er is. Voorbeeld: </api/v1/knelpunten?pagina=2&paginaGrootte=20>; rel=\"next\"")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
    }

    private static Schema integer(int minimum, Integer maximum, int defaultValue) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(minimum)).defaultValue(defaultValue);
        return maximum == null ? schema : schema.maximum(BigDecimal.valueOf(maximum));
    }
}

package nl.lerendstelsel.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class OpenApiDocumentFilterTest {

    @Test
    void anOperationIdMadeUniqueByItsPath() {
        assertEquals("historyKnelpuntenByReferentieHistorie",
                OpenApiDocumentFilter.operationId("GET", "/api/v1/knelpunten/{referentie}/historie", "history"));
        assertEquals("getOokOpgeheven", OpenApiDocumentFilter.operationId("GET", "/api/v1/ook-opgeheven", null));
    }

    @Test
    void eachOperationIsFoundAsItsResourceMethod() {
        var methods = OpenApiRestClasses.resourceMethods(OpenApiRestClasses.restClasses());
        assertEquals(BottleneckResource.class, methods.get("GET /api/v1/knelpunten/{referentie}").getDeclaringClass());
        assertTrue(methods.size() > 100, "all operations: " + methods.size());
    }

    @Test
    void onlyWhatIsReallyDeprecatedSaysSo() {
        Operation operation = OpenApiModel.of(Operation.class);
        operation.setDeprecated(false);
        Parameter old = OpenApiModel.of(Parameter.class);
        old.setDeprecated(true);
        Parameter current = OpenApiModel.of(Parameter.class);
        current.setDeprecated(false);
        operation.setParameters(new ArrayList<>(List.of(old, current)));

        OpenApiDocumentFilter.notDeprecated(operation);

        assertNull(operation.getDeprecated());
        assertEquals(true, old.getDeprecated());
        assertNull(current.getDeprecated());
    }

    @Test
    void theQueryParametersOfTheKnelpuntenListWithTheirValues() {
        List<Parameter> parameters = OpenApiDocumentFilter.queryParameters(BottleneckListParameters.class);
        assertTrue(parameters.stream().anyMatch(p -> p.getName().equals("status") && p.getSchema().getEnumeration().contains("GEMELD")),
                parameters.toString());
    }
}

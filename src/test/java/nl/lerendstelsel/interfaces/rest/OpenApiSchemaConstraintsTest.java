package nl.lerendstelsel.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.signal.Urgency;
import nl.lerendstelsel.interfaces.rest.knelpunten.Knelpunt;
import nl.lerendstelsel.interfaces.rest.knelpunten.NieuwKnelpunt;
import nl.lerendstelsel.interfaces.rest.knelpunten.Stap;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class OpenApiSchemaConstraintsTest {

    @Test
    void anEnumsValuesAreWhatTheApiWritesItsCodeWhereItHasOne() {
        assertEquals(List.of("UITVOERING", "SCHAKEL", "STELSEL"), OpenApiSchemaConstraints.values(Level.class));
        assertEquals(List.of("statushouders", "gezinsmigranten", "overige-inburgeringsplichtigen", "vrijwillige-inburgeraars"),
                OpenApiSchemaConstraints.values(TargetGroup.class));
        assertEquals(List.of("LAAG", "GEMIDDELD", "HOOG"), OpenApiSchemaConstraints.values(Urgency.class));
    }

    @Test
    void everyMemberIsRequiredUnlessItIsNotRequired() {
        List<String> required = OpenApiSchemaConstraints.required(Knelpunt.class);
        assertTrue(required.containsAll(List.of("referentie", "titel", "niveau", "status", "gemeldOp", "teLaat", "versie", "tags")),
                required.toString());
        assertTrue(required.stream().noneMatch(List.of("behandelaar", "termijn", "afhandelcategorie", "cop")::contains), required.toString());
        assertEquals(List.of("titel", "omschrijving", "thema", "gemeente"), OpenApiSchemaConstraints.required(NieuwKnelpunt.class));
        assertEquals(List.of(), OpenApiSchemaConstraints.required(Stap.class), "a step's body may be empty");
        assertEquals(List.of(), OpenApiSchemaConstraints.required(OpenApiSchemaConstraints.class), "not a record");
    }

    @Test
    void theAnnotationsOfTheApiRecordsFitTheirMembers() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> type : OpenApiRestClasses.restClasses()) {
            if (!type.isRecord()) {
                continue;
            }
            for (RecordComponent member : type.getRecordComponents()) {
                String where = type.getName() + "." + member.getName();
                if (member.isAnnotationPresent(NotRequired.class) && member.getType().isPrimitive()) {
                    wrong.add(where + ": a primitive is always written, so always there");
                }
                boolean strings = member.getType() == String.class || member.getGenericType() instanceof ParameterizedType p
                        && List.class.isAssignableFrom(member.getType()) && p.getActualTypeArguments()[0] == String.class;
                if (member.isAnnotationPresent(OneOf.class) && !strings) {
                    wrong.add(where + ": @OneOf on something else than a string or a list of strings");
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(OpenApiRestClasses.restClasses().contains(Knelpunt.class), "the records were found");
    }

    @Test
    void aComponentGetsItsRequiredMembersAndTheValuesOfItsStrings() {
        Schema knelpunt = OpenApiModel.of(Schema.class);
        Map<String, Schema> properties = new LinkedHashMap<>();
        for (String name : List.of("referentie", "niveau", "behandelaar", "doelgroepen")) {
            Schema property = OpenApiModel.of(Schema.class).type(Schema.SchemaType.STRING);
            properties.put(name, name.equals("doelgroepen")
                    ? OpenApiModel.of(Schema.class).type(Schema.SchemaType.ARRAY).items(property) : property);
        }
        knelpunt.setProperties(properties);
        Components components = OpenApiModel.of(Components.class);
        components.setSchemas(new LinkedHashMap<>(Map.of("Knelpunt", knelpunt)));
        OpenAPI openAPI = OpenApiModel.of(OpenAPI.class);
        openAPI.setComponents(components);

        OpenApiSchemaConstraints.apply(openAPI, Map.of("Knelpunt", Knelpunt.class));

        assertEquals(List.of("referentie", "niveau", "doelgroepen"), knelpunt.getRequired(), "only members the schema has");
        assertEquals(List.of("UITVOERING", "SCHAKEL", "STELSEL"), properties.get("niveau").getEnumeration());
        assertNull(properties.get("referentie").getEnumeration());
        assertEquals(OpenApiSchemaConstraints.values(TargetGroup.class), properties.get("doelgroepen").getItems().getEnumeration(),
                "a list of codes: its items");
    }

    @Test
    void aQueryParameterWithFixedValues() throws Exception {
        Schema status = OpenApiModel.of(Schema.class).type(Schema.SchemaType.STRING);
        OpenApiSchemaConstraints.restrict(status, BottleneckListParameters.class.getDeclaredField("level"));
        assertEquals(List.of("UITVOERING", "SCHAKEL", "STELSEL"), status.getEnumeration());
        Schema free = OpenApiModel.of(Schema.class).type(Schema.SchemaType.STRING);
        OpenApiSchemaConstraints.restrict(free, BottleneckListParameters.class.getDeclaredField("theme"));
        assertNull(free.getEnumeration(), "themes are reference data, not an enum");
    }
}

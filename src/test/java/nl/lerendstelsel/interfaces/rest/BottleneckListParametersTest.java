package nl.lerendstelsel.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckSort;
import org.junit.jupiter.api.Test;

class BottleneckListParametersTest {

    @Test
    void sorteerChoosesTheOrderAndTheDeprecatedSorteringStillWorks() {
        assertEquals(BottleneckSort.CHANGED_DESC, parameters(null, null).order(), "the default");
        assertEquals(BottleneckSort.ofCode("gemeld").orElseThrow(), parameters("gemeld", null).order());
        assertEquals(BottleneckSort.ofCode("-gemeld").orElseThrow(), parameters(null, "-gemeld").order(), "the old name");
        assertEquals(BottleneckSort.ofCode("gemeld").orElseThrow(), parameters("gemeld", "-gemeld").order(), "sorteer wins");
    }

    @Test
    void anUnknownOrderIsRefusedUnderTheNameThatWasUsedWithTheKnownValues() {
        Map<String, String> current = assertThrows(InvalidInputException.class, () -> parameters("hoogte", null).order()).fieldErrors();
        assertEquals(java.util.Set.of("sorteer"), current.keySet());
        assertTrue(current.get("sorteer").contains("-gewijzigd") && current.get("sorteer").contains("wachtrij"), current.toString());
        assertEquals(java.util.Set.of("sortering"),
                assertThrows(InvalidInputException.class, () -> parameters(null, "hoogte").order()).fieldErrors().keySet());
    }

    @SuppressWarnings("deprecation")
    private static BottleneckListParameters parameters(String order, String sort) {
        BottleneckListParameters parameters = new BottleneckListParameters();
        parameters.order = order;
        parameters.sort = sort;
        return parameters;
    }
}

package nl.lerendstelsel.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

class JsonDispositionFilterTest {

    @Test
    void jsonAndProblemsAreAttachmentsDownloadsAreNot() {
        assertTrue(JsonDispositionFilter.appliesTo(new MediaType("application", "json")));
        assertTrue(JsonDispositionFilter.appliesTo(new MediaType("application", "problem+json")));
        assertFalse(JsonDispositionFilter.appliesTo(new MediaType("text", "csv")));
        assertFalse(JsonDispositionFilter.appliesTo(new MediaType("application", "pdf")));
        assertFalse(JsonDispositionFilter.appliesTo(null));
    }
}

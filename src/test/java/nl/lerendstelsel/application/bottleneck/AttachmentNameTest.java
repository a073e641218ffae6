package nl.lerendstelsel.application.bottleneck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttachmentNameTest {

    @Test
    void fileNamesAreCleaned() {
        assertEquals("verslag.pdf", AttachmentService.cleanName("C:\\Users\\jan\\verslag.pdf"));
        assertEquals("verslag.pdf", AttachmentService.cleanName("../../etc/verslag.pdf"));
        assertEquals("a_b_c_.docx", AttachmentService.cleanName("a\"b<c>.docx"));
        assertEquals("bijlage", AttachmentService.cleanName(null));
        assertEquals("bijlage", AttachmentService.cleanName(".."));
        assertEquals("Overzicht wachttijden – juni.xlsx", AttachmentService.cleanName("Overzicht wachttijden – juni.xlsx"));
        assertEquals(200, AttachmentService.cleanName("x".repeat(300) + ".pdf").length());
    }
}

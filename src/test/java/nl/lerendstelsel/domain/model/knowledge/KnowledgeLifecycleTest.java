package nl.lerendstelsel.domain.model.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.domain.model.attachment.AttachmentKind;
import org.junit.jupiter.api.Test;

/** Concept → gepubliceerd → gearchiveerd: what each step allows, and that a change never stays public unpublished. */
class KnowledgeLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private static KnowledgeItem item() {
        KnowledgeItem item = new KnowledgeItem(NOW);
        item.describe("Monitor inburgering 2026", "KIS", LocalDate.of(2026, 11, 1), "De stand van de uitvoering in gemeenten.",
                "https://www.kis.nl/", KnowledgeType.MONITOR, Set.of(), NOW);
        return item;
    }

    @Test
    void savingGivesAConceptThatIsNotPublic() {
        KnowledgeItem item = item();
        assertEquals(KnowledgeStatus.CONCEPT, item.getStatus());
        assertFalse(item.isPublished());
    }

    @Test
    void anEditorPublishesAConceptOnce() {
        KnowledgeItem item = item();
        item.publish(NOW.plusSeconds(60));
        assertTrue(item.isPublished());
        assertEquals(NOW.plusSeconds(60), item.getStatusChangedAt());
        assertEquals("refusal.knowledge.alreadyPublished",
                assertThrows(KnowledgeRuleException.class, () -> item.publish(NOW)).message().key());
    }

    @Test
    void archivingKeepsTheItemAndItCanBePublishedAgain() {
        KnowledgeItem item = item();
        item.publish(NOW);
        item.archive(NOW.plusSeconds(60));
        assertEquals(KnowledgeStatus.GEARCHIVEERD, item.getStatus());
        assertFalse(item.isPublished());
        assertEquals("Monitor inburgering 2026", item.getTitle(), "kept as it was");
        assertEquals("refusal.knowledge.alreadyArchived",
                assertThrows(KnowledgeRuleException.class, () -> item.archive(NOW)).message().key());
        item.publish(NOW.plusSeconds(120));
        assertTrue(item.isPublished(), "republished by an editor");
    }

    @Test
    void aConceptCanBePutAsideUnpublished() {
        KnowledgeItem item = item();
        item.archive(NOW);
        assertEquals(KnowledgeStatus.GEARCHIVEERD, item.getStatus());
    }

    @Test
    void changingAPublishedItemMakesItAConceptAgain() {
        KnowledgeItem item = item();
        item.publish(NOW);
        item.describe("Monitor inburgering 2026 (herzien)", "KIS", LocalDate.of(2026, 11, 1), "De stand van de uitvoering.",
                null, KnowledgeType.MONITOR, Set.of(), NOW.plusSeconds(60));
        assertEquals(KnowledgeStatus.CONCEPT, item.getStatus());
        assertEquals(NOW.plusSeconds(60), item.getStatusChangedAt());
    }

    @Test
    void aNewOrRemovedFileMakesAPublishedItemAConceptAgain() {
        KnowledgeItem item = item();
        item.publish(NOW);
        item.attachFile("monitor.pdf", AttachmentKind.PDF, 1234, "ab".repeat(32), NOW.plusSeconds(60));
        assertEquals(KnowledgeStatus.CONCEPT, item.getStatus());
        assertTrue(item.hasFile());
        assertEquals(AttachmentKind.PDF, item.getFileKind());
        item.publish(NOW.plusSeconds(120));
        item.removeFile(NOW.plusSeconds(180));
        assertEquals(KnowledgeStatus.CONCEPT, item.getStatus());
        assertFalse(item.hasFile());
        assertNull(item.getFileSize());
        assertEquals("refusal.knowledge.noFile",
                assertThrows(KnowledgeRuleException.class, () -> item.removeFile(NOW)).message().key());
    }

    @Test
    void everyTypeAndStatusHasADutchAndAnEnglishName() {
        assertEquals(List.of("ONDERZOEK", "MONITOR", "HANDREIKING", "ANALYSE", "INFOGRAPHIC", "NIEUWS", "HULPMIDDEL"),
                Arrays.stream(KnowledgeType.values()).map(Enum::name).toList(), "the item types of the seeds");
        assertEquals("Hulpmiddel", KnowledgeType.HULPMIDDEL.dutch());
        assertEquals("Tool", KnowledgeType.HULPMIDDEL.english());
        for (KnowledgeType type : KnowledgeType.values()) {
            assertFalse(type.dutch().isBlank() || type.english().isBlank(), type.name());
        }
        for (KnowledgeStatus status : KnowledgeStatus.values()) {
            assertFalse(status.dutch().isBlank() || status.english().isBlank(), status.name());
        }
    }
}

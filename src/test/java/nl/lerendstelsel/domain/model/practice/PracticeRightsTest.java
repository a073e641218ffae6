package nl.lerendstelsel.domain.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 30: what the author, an editor, another organisation's professional and a visitor may do with a practice. */
class PracticeRightsTest {

    @Test
    void aConceptIsTheAuthorsAndTheEditorsOnly() {
        assertEquals(PracticeRights.NONE, PracticeRights.of(PublicationStage.CONCEPT, false, false, true, false));
        PracticeRights author = PracticeRights.of(PublicationStage.CONCEPT, true, false, false, false);
        assertTrue(author.read() && author.edit() && author.submit() && author.withdraw());
        assertFalse(author.publish() || author.sendBack() || author.adopt());
        PracticeRights editor = PracticeRights.of(PublicationStage.CONCEPT, false, true, false, false);
        assertTrue(editor.read());
        assertFalse(editor.edit() || editor.submit() || editor.publish() || editor.sendBack(), "an editor waits for the submission");
    }

    @Test
    void anEditorWhoDidNotWriteItPublishesASubmittedOne() {
        PracticeRights editor = PracticeRights.of(PublicationStage.TER_REVIEW, false, true, false, false);
        assertTrue(editor.publish() && editor.sendBack() && editor.withdraw());
        PracticeRights editorAndAuthor = PracticeRights.of(PublicationStage.TER_REVIEW, true, true, false, false);
        assertFalse(editorAndAuthor.publish(), "four eyes");
        assertTrue(editorAndAuthor.sendBack());
        assertFalse(PracticeRights.of(PublicationStage.TER_REVIEW, true, false, false, false).submit(), "submitted once");
    }

    @Test
    void everyoneReadsAPublishedOneAndAnotherOrganisationAdoptsItOnce() {
        PracticeRights visitor = PracticeRights.of(PublicationStage.GEPUBLICEERD, false, false, false, false);
        assertTrue(visitor.read());
        assertFalse(visitor.anyStep() || visitor.adopt() || visitor.edit());
        assertTrue(PracticeRights.of(PublicationStage.GEPUBLICEERD, false, false, true, false).adopt());
        PracticeRights adopted = PracticeRights.of(PublicationStage.GEPUBLICEERD, false, false, true, true);
        assertFalse(adopted.adopt());
        assertTrue(adopted.unadopt());
        assertTrue(PracticeRights.of(PublicationStage.GEPUBLICEERD, false, true, false, false).sendBack());
    }

    @Test
    void aWithdrawnOneIsSubmittedAgainByItsAuthor() {
        PracticeRights author = PracticeRights.of(PublicationStage.INGETROKKEN, true, false, false, false);
        assertTrue(author.submit() && author.edit());
        assertFalse(author.withdraw());
        assertEquals(PracticeRights.NONE, PracticeRights.of(PublicationStage.INGETROKKEN, false, false, true, true));
    }
}

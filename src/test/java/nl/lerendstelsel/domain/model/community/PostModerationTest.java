package nl.lerendstelsel.domain.model.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import nl.lerendstelsel.domain.model.text.PostBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The flag threshold and the facilitator's decisions on one post. */
class PostModerationTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private static Post post() {
        return new Post(null, null, PostBody.fromMarkup("Een bericht"), NOW);
    }

    /** A {@link #post()} flagged three times, the threshold: held for review. */
    private static Post heldForReview() {
        Post post = post();
        for (int i = 0; i < 3; i++) {
            post.flagged(3);
        }
        return post;
    }

    @Test
    void theThirdFlagHidesThePostPendingReview() {
        Post post = post();
        post.flagged(3);
        post.flagged(3);
        assertTrue(post.isShown());
        post.flagged(3);
        assertEquals(PostStatus.IN_BEOORDELING, post.getStatus());
        assertFalse(post.isShown());
        assertEquals(3, post.getOpenFlags());
    }

    /** Approving shows it again and closes the flags; dismissing a flag takes it below the threshold, which shows it again. */
    @ParameterizedTest(name = "{0} leaves {1} open flags")
    @CsvSource({"GOEDKEUREN, 0", "MELDING_AFWIJZEN, 2"})
    void approvingOrDismissingAFlagShowsItAgain(ModerationAct act, int openFlags) {
        Post post = heldForReview();
        post.moderate(act, null, 3);
        assertTrue(post.isShown());
        assertEquals(openFlags, post.getOpenFlags());
    }

    @Test
    void hidingAndRemovingKeepTheReasonForTheAuthor() {
        Post hidden = post();
        hidden.flagged(3);
        hidden.moderate(ModerationAct.VERBERGEN, "Bevat een naam van een inburgeraar", 3);
        assertEquals(PostStatus.VERBORGEN, hidden.getStatus());
        assertEquals("Bevat een naam van een inburgeraar", hidden.getStatusReason());
        assertEquals(0, hidden.getOpenFlags());
        Post removed = post();
        removed.moderate(ModerationAct.VERWIJDEREN, "Reclame", 3);
        assertEquals(PostStatus.VERWIJDERD, removed.getStatus());
        assertFalse(removed.isShown());
        assertEquals("", removed.getBody(), "removing erases the text");
        assertEquals("", removed.getBodyHtml());
        assertEquals("<p>Een bericht</p>", hidden.getBodyHtml(), "hiding keeps the text for review");
        hidden.flagged(3);
        assertEquals(PostStatus.VERBORGEN, hidden.getStatus(), "a hidden post stays hidden whatever the flags");
    }

    @Test
    void editingKeepsTheEarlierTextAndDeletingLeavesAPlaceholder() {
        Post post = post();
        PostRevision earlier = post.edit(PostBody.fromMarkup("Een verbeterd bericht"), NOW.plusSeconds(60));
        assertEquals("Een bericht", earlier.getBody());
        assertEquals(NOW, earlier.getWrittenAt());
        assertTrue(post.isEdited());
        assertEquals("<p>Een verbeterd bericht</p>", post.getBodyHtml());
        post.delete(NOW.plusSeconds(120));
        assertTrue(post.isDeleted());
        assertFalse(post.isShown());
        assertEquals("", post.getBody(), "deleting erases the text");
        assertEquals("", post.getBodyHtml());
    }

    @Test
    void theThresholdIsAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> new FlagPolicy(0));
        assertEquals(3, FlagPolicy.DEFAULT_THRESHOLD);
    }
}

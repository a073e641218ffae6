package nl.lerendstelsel.domain.model.qa;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.domain.model.law.LawReference;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign-off rule and the immutability of published versions. */
class SignOffTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    /** The writer of every version here (profile 1); the partners' editors are other people. */
    static final Signer WRITER = new Signer(1L, "Redacteur", "DIVOSA");

    /** An editor of {@code partner} who wrote nothing here (profile 10 + the partner's position). */
    static Signer editorOf(Partner partner) {
        return new Signer(10L + partner.ordinal(), partner.name() + "-redacteur", partner.name());
    }

    private static QaVersion written(QaEntry entry, QaVersion from) {
        QaVersion v = entry.draft(from, WRITER, NOW);
        if (from == null) {
            v.write("Wanneer neemt de gemeente de toets af?", "Tijdens de brede intake.", List.of(LawReference.parse("WI2021 art. 14 lid 1")),
                    null, null, null, WRITER.profileId());
        }
        return v;
    }

    /** Approves by each partner in turn; returns whether the last approval completed the set. */
    private static boolean approveAll(QaEntry entry, QaVersion v, Set<Partner> by) {
        boolean complete = false;
        for (Partner p : by) {
            complete = v.approve(p, editorOf(p), entry.getPartners(), NOW);
        }
        return complete;
    }

    @Test
    void publishedOnlyWhenEveryNamedPartnerApprovedThatVersion() {
        QaEntry entry = new QaEntry(null, EnumSet.of(Partner.DIVOSA, Partner.SZW), NOW);
        QaVersion v1 = written(entry, null);
        assertThrows(EditorialException.class, () -> v1.approve(Partner.DIVOSA, editorOf(Partner.DIVOSA), entry.getPartners(), NOW), "a concept is not approved");
        v1.submit();
        assertFalse(v1.approve(Partner.DIVOSA, editorOf(Partner.DIVOSA), entry.getPartners(), NOW));
        assertThrows(EditorialException.class, () -> v1.approve(Partner.DIVOSA, new Signer(99L, "nog eens", "DIVOSA"), entry.getPartners(), NOW),
                "twice");
        assertThrows(EditorialException.class, () -> v1.approve(Partner.VNG, editorOf(Partner.VNG), entry.getPartners(), NOW), "not named");
        assertTrue(v1.approve(Partner.SZW, editorOf(Partner.SZW), entry.getPartners(), NOW));
        entry.publish(v1, NOW);
        assertSame(v1, entry.getCurrent());
        assertEquals(VersionStatus.GEPUBLICEERD, v1.getStatus());
    }

    @Test
    void aPublishedVersionNeverChangesAndARevisionNeedsNewApprovals() {
        QaEntry entry = new QaEntry(null, EnumSet.allOf(Partner.class), NOW);
        QaVersion v1 = written(entry, null);
        v1.submit();
        assertTrue(approveAll(entry, v1, EnumSet.allOf(Partner.class)));
        entry.publish(v1, NOW);
        assertThrows(EditorialException.class, () -> v1.write("Anders", "Ander antwoord", List.of(), null, null, null, WRITER.profileId()));
        assertThrows(EditorialException.class, v1::submit);

        QaVersion v2 = written(entry, v1);
        assertEquals(2, v2.getNumber());
        assertEquals(v1.getAnswer(), v2.getAnswer(), "a revision starts from the published text");
        v2.write(v1.getQuestion(), "Tijdens de brede intake, voor het PIP.", v1.getReferences(), null, null, "PIP genoemd", WRITER.profileId());
        v2.submit();
        assertTrue(v2.getApprovals().isEmpty(), "approvals of version 1 do not count for version 2");
        assertFalse(approveAll(entry, v2, EnumSet.of(Partner.DIVOSA, Partner.VNG)));
        assertSame(v1, entry.getCurrent(), "until every partner approved version 2, version 1 stays current");
        assertTrue(v2.approve(Partner.SZW, editorOf(Partner.SZW), entry.getPartners(), NOW));
        entry.publish(v2, NOW);
        assertEquals(VersionStatus.GEARCHIVEERD, v1.getStatus());
        assertEquals("Tijdens de brede intake.", v1.getAnswer(), "the archived text is kept as it was");
    }

    @Test
    void backToConceptDropsTheApprovalsGivenSoFar() {
        QaEntry entry = new QaEntry(null, EnumSet.of(Partner.DIVOSA, Partner.VNG), NOW);
        QaVersion v = written(entry, null);
        v.submit();
        v.approve(Partner.DIVOSA, editorOf(Partner.DIVOSA), entry.getPartners(), NOW);
        v.reopen("De wetsverwijzing klopt niet.");
        assertEquals(VersionStatus.CONCEPT, v.getStatus());
        assertTrue(v.getApprovals().isEmpty());
        assertEquals("De wetsverwijzing klopt niet.", v.getReturnReason());
        v.write("Gewijzigde vraag over de toets?", "Gewijzigd antwoord.", List.of(), null, null, null, WRITER.profileId());
        v.submit();
        assertFalse(v.approve(Partner.VNG, editorOf(Partner.VNG), entry.getPartners(), NOW), "Divosa must approve the changed text again");
    }

    @Test
    void withdrawingArchivesTheCurrentAnswer() {
        QaEntry entry = new QaEntry(null, EnumSet.of(Partner.DIVOSA), NOW);
        QaVersion v = written(entry, null);
        v.submit();
        assertTrue(v.approve(Partner.DIVOSA, editorOf(Partner.DIVOSA), entry.getPartners(), NOW));
        entry.publish(v, NOW);
        entry.withdraw(NOW);
        assertNull(entry.getCurrent());
        assertEquals(VersionStatus.GEARCHIVEERD, v.getStatus());
        assertThrows(EditorialException.class, () -> entry.withdraw(NOW));
    }

    @Test
    void editorsSignForTheirOwnOrganisation() {
        assertEquals(Partner.VNG, Partner.ofOrganisation("VNG").orElseThrow());
        assertTrue(Partner.ofOrganisation("GM0344").isEmpty());
        assertTrue(Partner.ofOrganisation(null).isEmpty());
    }
}

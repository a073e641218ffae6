package nl.lerendstelsel.domain.model.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Four eyes on every version: who wrote or changed it (by profile id, whatever their display name) never approves it,
 * and one person signs a version for one partner at most, also after their organisation changed.
 */
class FourEyesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private static final Signer AUTHOR = new Signer(1L, "Ahmed Yilmaz", "DIVOSA");
    private static final Signer CO_WRITER = new Signer(2L, "Marieke de Boer", "VNG");
    private static final Signer DIVOSA_2 = new Signer(3L, "Lieke Smit", "DIVOSA");
    private static final Signer SZW = new Signer(4L, "Karim Bouzid", "SZW");

    private static QaVersion inReview(QaEntry entry) {
        QaVersion v = entry.draft(null, AUTHOR, NOW);
        v.write("Wie betaalt een herexamen?", "De inburgeraar betaalt een herexamen zelf.", List.of(), null, null, null, AUTHOR.profileId());
        v.submit();
        return v;
    }

    @Test
    void theAuthorNeverApprovesTheirOwnVersionButAColleagueOfTheSamePartnerDoes() {
        QaEntry entry = new QaEntry(null, EnumSet.of(Partner.DIVOSA), NOW);
        QaVersion v = inReview(entry);
        EditorialException refused = assertThrows(EditorialException.class,
                () -> v.approve(Partner.DIVOSA, AUTHOR, entry.getPartners(), NOW));
        assertEquals("refusal.qa.ownVersion", refused.message().key());
        assertTrue(v.getApprovals().isEmpty(), "a refused approval records nothing");
        assertTrue(v.approve(Partner.DIVOSA, DIVOSA_2, entry.getPartners(), NOW), "a second Divosa editor completes it");
    }

    @Test
    void identityIsTheProfileNotTheDisplayName() {
        QaEntry entry = new QaEntry(null, EnumSet.of(Partner.DIVOSA), NOW);
        QaVersion v = inReview(entry);
        Signer renamed = new Signer(AUTHOR.profileId(), "A. Yilmaz (nieuwe naam)", "DIVOSA");
        assertEquals("refusal.qa.ownVersion",
                assertThrows(EditorialException.class, () -> v.approve(Partner.DIVOSA, renamed, entry.getPartners(), NOW)).message().key());
        Signer namesake = new Signer(77L, AUTHOR.name(), "DIVOSA");
        assertTrue(v.approve(Partner.DIVOSA, namesake, entry.getPartners(), NOW), "another person with the same name is another person");
    }

    @Test
    void whoeverChangedAVersionDoesNotApproveItEitherAlsoInALaterRevision() {
        QaEntry entry = new QaEntry(null, EnumSet.of(Partner.DIVOSA, Partner.VNG), NOW);
        QaVersion v = entry.draft(null, AUTHOR, NOW);
        v.write("Wie betaalt een herexamen?", "De inburgeraar betaalt.", List.of(), null, null, null, AUTHOR.profileId());
        v.write("Wie betaalt een herexamen?", "De inburgeraar betaalt het herexamen zelf.", List.of(), null, null, "verduidelijkt",
                CO_WRITER.profileId());
        assertEquals(Set.of(1L, 2L), v.getWriters());
        v.submit();
        assertEquals("refusal.qa.ownVersion",
                assertThrows(EditorialException.class, () -> v.approve(Partner.VNG, CO_WRITER, entry.getPartners(), NOW)).message().key());
        v.reopen("De VNG-redacteur schreef mee; een collega keurt goed.");
        v.write(v.getQuestion(), v.getAnswer(), List.of(), null, null, null, DIVOSA_2.profileId());
        v.submit();
        assertEquals("refusal.qa.ownVersion",
                assertThrows(EditorialException.class, () -> v.approve(Partner.DIVOSA, DIVOSA_2, entry.getPartners(), NOW)).message().key(),
                "changing it after review makes one a writer too");
        assertTrue(v.writtenBy(2L) && v.writtenBy(3L) && !v.writtenBy(4L));

    }

    @Test
    void aRevisionHasWritersOfItsOwnSoTheEarlierAuthorMayApproveIt() {
        QaEntry entry = new QaEntry(null, EnumSet.of(Partner.DIVOSA), NOW);
        QaVersion v1 = inReview(entry);
        assertTrue(v1.approve(Partner.DIVOSA, DIVOSA_2, entry.getPartners(), NOW));
        entry.publish(v1, NOW);
        QaVersion v2 = entry.draft(entry.getCurrent(), DIVOSA_2, NOW);
        assertEquals(Set.of(DIVOSA_2.profileId()), v2.getWriters(), "the revision starts from the text, not from its writers");
        v2.submit();
        assertEquals("refusal.qa.ownVersion",
                assertThrows(EditorialException.class, () -> v2.approve(Partner.DIVOSA, DIVOSA_2, entry.getPartners(), NOW)).message().key());
        assertTrue(v2.approve(Partner.DIVOSA, AUTHOR, entry.getPartners(), NOW), "the author of version 1 did not write version 2");
    }

    @Test
    void onePersonSignsAVersionForOnePartnerOnlyAlsoAfterTheirOrganisationChanged() {
        QaEntry entry = new QaEntry(null, EnumSet.of(Partner.VNG, Partner.SZW), NOW);
        QaVersion v = inReview(entry);
        Signer atVng = new Signer(8L, "Sam de Wit", "VNG");
        assertFalse(v.approve(Partner.VNG, atVng, entry.getPartners(), NOW));
        Approval recorded = v.getApprovals().get(0);
        assertEquals(8L, recorded.getEditorId(), "the approver's profile");
        assertEquals("VNG", recorded.getOrganisation(), "the approver's organisation at that moment");
        Signer movedToSzw = new Signer(8L, "Sam de Wit", "SZW");
        EditorialException refused = assertThrows(EditorialException.class, () -> v.approve(Partner.SZW, movedToSzw, entry.getPartners(), NOW));
        assertEquals("refusal.qa.signedForOtherPartner", refused.message().key());
        assertEquals(List.of("VNG"), refused.message().arguments().stream().map(String::valueOf).toList());
        assertEquals(1, v.getApprovals().size());
        assertTrue(v.approve(Partner.SZW, SZW, entry.getPartners(), NOW), "someone else signs for SZW");
    }

    @Test
    void backToConceptNeedsAReason() {
        QaEntry entry = new QaEntry(null, EnumSet.of(Partner.DIVOSA), NOW);
        QaVersion v = inReview(entry);
        assertEquals("refusal.qa.reasonRequired", assertThrows(EditorialException.class, () -> v.reopen("  ")).message().key());
        assertEquals("refusal.qa.reasonRequired", assertThrows(EditorialException.class, () -> v.reopen(null)).message().key());
        assertEquals(VersionStatus.TER_REVIEW, v.getStatus(), "refused: still in review");
        v.reopen("  Artikel 15 is sinds 1 januari gewijzigd. ");
        assertEquals("Artikel 15 is sinds 1 januari gewijzigd.", v.getReturnReason());
        assertEquals(VersionStatus.CONCEPT, v.getStatus());
    }
}

package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.PersonalDataRejectedException;
import nl.lerendstelsel.application.community.DiscussionQueries;
import nl.lerendstelsel.application.community.DiscussionService;
import nl.lerendstelsel.application.community.ModerationService;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.community.DiscussionThread;
import nl.lerendstelsel.domain.model.community.FlagReason;
import nl.lerendstelsel.domain.model.community.ModerationAct;
import nl.lerendstelsel.domain.model.community.Post;
import nl.lerendstelsel.domain.model.community.PostStatus;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.it.InContainer.People;
import nl.lerendstelsel.it.InContainer.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CoP services inside Payara Micro (Arquillian) on the real WAR: moderation scope enforced in the service layer
 * whatever the caller's roles, the flag threshold, the personal-data guard on posts, and every act in the audit log.
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class CommunityServicesIT extends CopFixtures {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment(CommunityServicesIT.class, Tokens.class);
    }

    @Inject
    ModerationService moderation;

    @PersistenceContext(unitName = "lerend-stelsel")
    EntityManager em;

    private Person signedIn(String organisation, Role... roles) {
        return new People("u-", false).signIn(userProfiles, organisation, roles);
    }

    private long cop(Person admin, String name, Person facilitator) {
        return cop(admin, name, "Een CoP voor de test van de diensten.", "brede-intake", facilitator);
    }

    private long audited(String action, String objectId) {
        return InContainer.audited(em, action, objectId);
    }

    @Test
    void aFacilitatorModeratesOnlyTheirOwnCops() {
        Person admin = signedIn("DIVOSA", Role.ADMIN);
        Person facilitatorA = signedIn("DIVOSA", Role.FACILITATOR);
        Person facilitatorB = signedIn("DIVOSA", Role.FACILITATOR);
        Person author = signedIn("GM0344", Role.PROFESSIONAL);
        long a = cop(admin, "CoP A", facilitatorA);
        long b = cop(admin, "CoP B", facilitatorB);
        memberships.join(b, author.caller());
        memberships.join(b, facilitatorA.caller()); // a member of B, but not its facilitator
        DiscussionThread thread = discussions.start(b, "Vraag over de brede intake", DiscussionService.Body.markup("Hoe doen jullie dit?"),
                author.caller());
        Post post = firstPost(thread, author);

        assertThrows(AccessDeniedException.class, () -> moderation.moderate(post.getId(), ModerationAct.VERWIJDEREN, null, "weg",
                facilitatorA.caller()));
        assertThrows(AccessDeniedException.class, () -> discussions.lock(thread.getId(), true, facilitatorA.caller()));
        assertThrows(AccessDeniedException.class, () -> memberships.remove(b, author.username(), "weg", facilitatorA.caller()));
        assertThrows(AccessDeniedException.class, () -> moderation.queue(b, facilitatorA.caller()));
        assertTrue(moderation.queue(facilitatorA.caller()).stream()
                .noneMatch(r -> r.post().getThread().getCommunity().getId() == b), "B's flags are not in A's facilitator's queue");
        assertTrue(communities.facilitates(a, facilitatorA.caller()));
        assertFalse(communities.facilitates(b, facilitatorA.caller()));

        Post hidden = moderation.moderate(post.getId(), ModerationAct.VERBERGEN, null, "Graag in een eigen draad", facilitatorB.caller());
        assertEquals(PostStatus.VERBORGEN, hidden.getStatus());
        assertEquals(1, audited("COP_MODERATIE_VERBERGEN", String.valueOf(post.getId())));
        assertEquals(1, audited("COP_DISCUSSIE_GESTART", String.valueOf(thread.getId())));
        assertEquals(1, audited("COP_FACILITATOR_AANGEWEZEN", String.valueOf(b)));
    }

    @Test
    void theThirdFlagHidesAPostAndEveryFlagIsAudited() {
        Person admin = signedIn("DIVOSA", Role.ADMIN);
        Person facilitator = signedIn("DIVOSA", Role.FACILITATOR);
        long id = cop(admin, "CoP meldingen", facilitator);
        Person author = signedIn("GM0344", Role.PROFESSIONAL);
        List<Person> members = List.of(signedIn("GM0599", Role.PROFESSIONAL), signedIn("GM0307", Role.PROFESSIONAL),
                signedIn("GM0363", Role.PROFESSIONAL));
        DiscussionThread thread = advertisement(id, author, members);
        long postId = firstPost(thread, author).getId();

        moderation.flag(postId, FlagReason.SPAM, null, members.get(0).caller());
        moderation.flag(postId, FlagReason.SPAM, null, members.get(1).caller());
        assertEquals(PostStatus.ZICHTBAAR, discussions.post(postId).getStatus());
        assertThrows(NotPossibleException.class, () -> moderation.flag(postId, FlagReason.SPAM, null, members.get(1).caller()));
        moderation.flag(postId, FlagReason.ONGEPAST, null, members.get(2).caller());
        assertEquals(PostStatus.IN_BEOORDELING, discussions.post(postId).getStatus());
        assertEquals("", discussionQueries.read(thread.getId(), 1, members.get(0).caller()).items().get(0).html(), "hidden from readers");
        assertEquals(3, audited("COP_BERICHT_GEMELD", String.valueOf(postId)));
        assertEquals(1, audited("COP_BERICHT_IN_BEOORDELING", String.valueOf(postId)));

        var review = moderation.queue(id, facilitator.caller()).get(0);
        moderation.moderate(postId, ModerationAct.MELDING_AFWIJZEN, review.flags().get(0).getId(), null, facilitator.caller());
        assertEquals(PostStatus.ZICHTBAAR, discussions.post(postId).getStatus(), "below the threshold again");
        assertEquals(2, moderation.queue(id, facilitator.caller()).get(0).flags().size());
        moderation.moderate(postId, ModerationAct.GOEDKEUREN, null, null, facilitator.caller());
        assertTrue(moderation.queue(id, facilitator.caller()).isEmpty());
        assertEquals(1, audited("COP_MODERATIE_GOEDKEUREN", String.valueOf(postId)));
    }

    @Test
    void postsWithPersonalDataAreRefusedAndNothingIsStored() {
        Person admin = signedIn("DIVOSA", Role.ADMIN);
        Person member = signedIn("GM0344", Role.PROFESSIONAL);
        long id = cop(admin, "CoP privacy", null);
        memberships.join(id, member.caller());
        DiscussionThread thread = discussions.start(id, "Ervaringen met de brede intake", DiscussionService.Body.markup("Eerste bericht"),
                member.caller());
        assertThrows(PersonalDataRejectedException.class, () -> discussions.reply(thread.getId(),
                new DiscussionService.Body(null, "<p>Mail <a href=\"mailto:j.jansen@voorbeeld.nl\">hem</a></p>"), member.caller()));
        assertThrows(PersonalDataRejectedException.class, () -> discussions.reply(thread.getId(),
                DiscussionService.Body.markup("Zijn BSN is 111 222 333"), member.caller()));
        assertEquals(1, discussionQueries.read(thread.getId(), 1, member.caller()).total());
        Person outsider = signedIn("GM0599", Role.PROFESSIONAL);
        assertThrows(AccessDeniedException.class, () -> discussionQueries.read(thread.getId(), 1, outsider.caller()));
    }

    @Test
    void earlierTextsAreForFacilitatorsAndADeletedOrRemovedPostKeepsNoText() {
        Person admin = signedIn("DIVOSA", Role.ADMIN);
        Person facilitator = signedIn("DIVOSA", Role.FACILITATOR);
        long id = cop(admin, "CoP bewerkingen", facilitator);
        List<Person> members = joined(id, "GM0344", "GM0599");
        Person author = members.get(0);
        Person member = members.get(1);
        DiscussionThread thread = discussions.start(id, "Wachttijd taaltoets", DiscussionService.Body.markup("Eerste opzet van de vraag."),
                member.caller());
        Post post = discussions.reply(thread.getId(), DiscussionService.Body.markup("Bij ons duurt het zes weken."), author.caller());
        discussions.edit(post.getId(), DiscussionService.Body.markup("Bij ons duurt het vier weken."), null, author.caller());
        assertTrue(quotes(member, thread).stream().anyMatch(q -> q.contains("zes weken")), "the follower was told, with the text");

        assertThrows(AccessDeniedException.class, () -> discussionQueries.revisions(post.getId(), member.caller()),
                "a member sees that a post was edited, not what it said before");
        assertThrows(AccessDeniedException.class, () -> discussionQueries.revisions(post.getId(), author.caller()));
        assertEquals(List.of("<p>Bij ons duurt het zes weken.</p>"), discussionQueries.revisions(post.getId(), facilitator.caller())
                .stream().map(r -> r.getBodyHtml()).toList(), "the CoP's facilitator reads the earlier text");
        assertEquals(1, discussionQueries.revisions(post.getId(), admin.caller()).size());

        discussions.delete(post.getId(), author.caller());
        assertEquals(List.of("", ""), storedText(post.getId()), "deleting erases the text");
        assertEquals(0, revisionCount(post.getId()), "and the earlier texts");
        assertEquals(List.of(), quotes(member, thread), "and the copy in the follower's notification (and e-mail not sent yet)");
        assertEquals(List.of(), discussionQueries.revisions(post.getId(), facilitator.caller()));
        AuditEntry deleted = em.createQuery("SELECT a FROM AuditEntry a WHERE a.action = 'COP_BERICHT_VERWIJDERD_DOOR_AUTEUR'"
                + " AND a.objectId = :o", AuditEntry.class).setParameter("o", String.valueOf(post.getId())).getSingleResult();
        assertEquals(author.username(), deleted.getActor(), "the audit keeps who");
        assertTrue(deleted.getOccurredAt() != null && (deleted.getDetails() == null || !deleted.getDetails().contains("weken")),
                "and when, not the text");
        DiscussionQueries.PostView placeholder = discussionQueries.read(thread.getId(), 1, member.caller()).items().get(1);
        assertTrue(placeholder.post().isDeleted());
        assertEquals("", placeholder.html());

        Post removed = discussions.reply(thread.getId(), DiscussionService.Body.markup("Koop onze cursus met korting."), author.caller());
        discussions.edit(removed.getId(), DiscussionService.Body.markup("Koop onze cursus met veel korting."), null, author.caller());
        moderation.moderate(removed.getId(), ModerationAct.VERWIJDEREN, null, "Reclame", facilitator.caller());
        assertEquals(List.of("", ""), storedText(removed.getId()), "removing erases the text as well");
        assertEquals(0, revisionCount(removed.getId()));
        assertEquals(List.of(), quotes(member, thread));
        assertThrows(NotPossibleException.class, () -> moderation.moderate(removed.getId(), ModerationAct.GOEDKEUREN, null, null,
                facilitator.caller()), "nothing left to show again");
    }

    /** A professional of each organisation, joined to the CoP. */
    private List<Person> joined(long cop, String... organisations) {
        List<Person> people = java.util.Arrays.stream(organisations).map(o -> signedIn(o, Role.PROFESSIONAL)).toList();
        people.forEach(p -> memberships.join(cop, p.caller()));
        return people;
    }

    private List<String> storedText(long postId) {
        Object[] row = em.createQuery("SELECT p.body, p.bodyHtml FROM Post p WHERE p.id = :p", Object[].class)
                .setParameter("p", postId).getSingleResult();
        return List.of(String.valueOf(row[0]), String.valueOf(row[1]));
    }

    /** The texts of the person's notifications of new posts in the thread. */
    private List<String> quotes(Person person, DiscussionThread thread) {
        return em.createQuery("SELECT n.body FROM Notification n WHERE n.recipient.id = :p AND n.reference = :r AND n.kind = :k"
                        + " AND n.body IS NOT NULL", String.class).setParameter("p", person.id()).setParameter("r", thread.getReference())
                .setParameter("k", NotificationKind.DISCUSSIE).getResultList();
    }

    private long revisionCount(long postId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM cop_post_revision WHERE post_id = ?1").setParameter(1, postId)
                .getSingleResult()).longValue();
    }
}

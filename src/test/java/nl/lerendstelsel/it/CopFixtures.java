package nl.lerendstelsel.it;

import jakarta.inject.Inject;
import java.util.List;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.community.DiscussionQueries;
import nl.lerendstelsel.application.community.DiscussionService;
import nl.lerendstelsel.application.community.MembershipService;
import nl.lerendstelsel.domain.model.community.DiscussionThread;
import nl.lerendstelsel.domain.model.community.Post;
import nl.lerendstelsel.it.InContainer.Person;

/**
 * What the Arquillian tests that work in CoPs share ({@code CommunityServicesIT}, {@code HandoffNotificationsIT},
 * {@code RetentionIT}, {@code SignalServicesIT}, {@code StatisticsIT}, {@code WorkServicesIT}): besides the services of
 * {@link KnelpuntFixtures}, those that make a CoP with its members and hold its discussions, and the CoPs and discussions
 * made with them. A test extends this class; Arquillian's CDI enricher injects these fields as it does the test's own,
 * and {@link InContainer#deployment} puts this class in every test's deployment.
 */
abstract class CopFixtures extends KnelpuntFixtures {

    @Inject
    CommunityService communities;

    @Inject
    MembershipService memberships;

    @Inject
    DiscussionService discussions;

    @Inject
    DiscussionQueries discussionQueries;

    /** A new open CoP, as {@link InContainer#cop} makes it with these services. */
    long cop(Person admin, String name, String description, String theme, Person facilitator, Person... members) {
        return InContainer.cop(communities, memberships, admin, name, description, theme, facilitator, members);
    }

    /**
     * {@code author} and {@code members} join {@code cop}, and the author starts the discussion "Korting op cursussen" with
     * an advertisement ("Koop nu!"): a post for the members to flag.
     */
    DiscussionThread advertisement(long cop, Person author, List<Person> members) {
        memberships.join(cop, author.caller());
        members.forEach(m -> memberships.join(cop, m.caller()));
        return discussions.start(cop, "Korting op cursussen", DiscussionService.Body.markup("Koop nu!"), author.caller());
    }

    /** The post that opens {@code thread}, as {@code reader} reads it. */
    Post firstPost(DiscussionThread thread, Person reader) {
        return discussionQueries.read(thread.getId(), 1, reader.caller()).items().get(0).post();
    }
}

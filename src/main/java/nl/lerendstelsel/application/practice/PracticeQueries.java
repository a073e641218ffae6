package nl.lerendstelsel.application.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.practice.Adoption;
import nl.lerendstelsel.domain.model.practice.PracticeExample;
import nl.lerendstelsel.domain.model.practice.PracticeFilter;
import nl.lerendstelsel.domain.model.practice.PracticeRepository;
import nl.lerendstelsel.domain.model.practice.PracticeRights;
import nl.lerendstelsel.domain.model.practice.PublicationStage;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * Reading practice examples: the public catalogue (published ones, filtered, a page at a time), one practice as the
 * caller may see it with what they may do ({@link PracticeRights}) and the organisations that adopted it, "vergelijkbare
 * praktijken", the writer's own, and the editors' review queue (the submitted ones).
 */
@ApplicationScoped
public class PracticeQueries {

    static final int MAX_PAGE_SIZE = 100;

    @Inject
    PracticeRepository practices;

    @Inject
    Profiles people;

    public record Page(List<PracticeExample> items, long total, int page, int pageSize) {
    }

    /** One practice with the caller's rights and the organisations that apply it too ("ook bij ons toegepast"). */
    public record View(PracticeExample practice, PracticeRights rights, List<Adoption> adoptions) {

        public int adoptionCount() {
            return adoptions.size();
        }
    }

    /** The published practices that pass the filter, the most recently published first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page catalogue(PracticeFilter filter, int page, int pageSize) {
        return page(PublicationStage.GEPUBLICEERD, filter, page, pageSize);
    }

    /** The editors' queue: the practices submitted for review. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page inReview(Caller caller, int page, int pageSize) {
        requireEditor(caller);
        return page(PublicationStage.TER_REVIEW, PracticeFilter.ANY, page, pageSize);
    }

    private Page page(PublicationStage stage, PracticeFilter filter, int page, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        int number = Math.max(1, page);
        return new Page(practices.list(stage, filter, (number - 1) * size, size), practices.count(stage, filter), number, size);
    }

    /** The caller's own practices, in every stage, the most recently changed first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PracticeExample> mine(Caller caller, int limit) {
        return people.find(caller).map(p -> practices.byAuthor(p.getId(), Math.max(1, Math.min(limit, MAX_PAGE_SIZE)))).orElse(List.of());
    }

    /** A practice as the caller may see it: published for everyone, any stage for its author and the editors. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public View view(Long id, Optional<Caller> caller) {
        PracticeExample practice = get(id);
        PracticeRights rights = rights(practice, caller);
        if (!rights.read()) {
            throw notFound(id);
        }
        return new View(practice, rights, practices.adoptions(id));
    }

    /** Published practices on the same themes or for the same target groups, the closest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PracticeExample> similar(PracticeExample practice, int limit) {
        return practices.similar(practice, limit);
    }

    /** The ids among these of published practices: what search may show. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> publishedAmong(Collection<Long> ids) {
        return practices.publishedAmong(ids);
    }

    /** What the caller (none: an anonymous visitor) may do with a practice. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PracticeRights rights(PracticeExample practice, Optional<Caller> caller) {
        Optional<UserProfile> person = caller.flatMap(people::find);
        boolean editor = caller.map(PracticeQueries::isEditor).orElse(false);
        boolean author = person.map(practice::isAuthor).orElse(false);
        Organisation own = person.map(UserProfile::getOrganisation).orElse(null);
        boolean adopter = own != null && caller.map(PracticeQueries::isWriter).orElse(false) && !Adoption.isOrigin(practice, own);
        boolean adopted = own != null && practice.getId() != null && practices.adoption(practice.getId(), own.getCode()).isPresent();
        return PracticeRights.of(practice.getStage(), author, editor, adopter, adopted);
    }

    PracticeExample get(Long id) {
        return practices.find(id).orElseThrow(() -> notFound(id));
    }

    static NotFoundException notFound(Long id) {
        return new NotFoundException(Message.of("notFound.practice", String.valueOf(id)));
    }

    static boolean isEditor(Caller caller) {
        return caller.has(Role.EDITOR) || caller.has(Role.ADMIN);
    }

    /** Professionals and facilitators write practice examples and mark them adopted. */
    static boolean isWriter(Caller caller) {
        return caller.has(Role.PROFESSIONAL) || caller.has(Role.FACILITATOR);
    }

    static void requireEditor(Caller caller) {
        if (!isEditor(caller)) {
            throw new AccessDeniedException(Message.of("access.practice.editorsOnly"));
        }
    }
}

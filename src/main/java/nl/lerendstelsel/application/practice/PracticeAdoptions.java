package nl.lerendstelsel.application.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.domain.model.practice.Adoption;
import nl.lerendstelsel.domain.model.practice.PracticeExample;
import nl.lerendstelsel.domain.model.practice.PracticeRepository;
import nl.lerendstelsel.domain.model.practice.PracticeRuleException;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * "Ook bij ons toegepast": a professional or facilitator marks that their organisation applies a published practice
 * too, once per organisation (the organisations it comes from do not), and can take that back. Counted on the practice
 * like support on a knelpunt, and in the audit log.
 */
@ApplicationScoped
public class PracticeAdoptions {

    @Inject
    PracticeRepository practices;

    @Inject
    PracticeQueries queries;

    @Inject
    Profiles people;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** The caller's organisation adopts the practice; the practice as it is after. */
    @Transactional
    public PracticeQueries.View adopt(Long id, Caller caller) {
        PracticeExample practice = readable(id, caller);
        UserProfile person = people.of(caller);
        if (!PracticeQueries.isWriter(caller)) {
            throw new AccessDeniedException(Message.of("access.practice.writersOnly"));
        }
        if (!queries.rights(practice, Optional.of(caller)).adopt()) {
            throw refusal(practice, person);
        }
        try {
            practices.add(new Adoption(practice, person, clock.instant()));
        } catch (PracticeRuleException e) {
            throw new NotPossibleException(e);
        }
        practices.flush();
        auditLog.success(person, "PRAKTIJK_OOK_TOEGEPAST", "PracticeExample", id, caller, person.getOrganisation().getCode());
        return queries.view(id, Optional.of(caller));
    }

    /** The caller's organisation no longer marks the practice as applied; the practice as it is after. */
    @Transactional
    public PracticeQueries.View withdraw(Long id, Caller caller) {
        PracticeExample practice = readable(id, caller);
        UserProfile person = people.of(caller);
        if (!queries.rights(practice, Optional.of(caller)).unadopt()) {
            throw new NotPossibleException(Message.of("refusal.practice.notAdopted"));
        }
        practices.remove(practices.adoption(id, person.getOrganisation().getCode()).orElseThrow());
        practices.flush();
        auditLog.success(person, "PRAKTIJK_OOK_TOEGEPAST_INGETROKKEN", "PracticeExample", id, caller, person.getOrganisation().getCode());
        return queries.view(id, Optional.of(caller));
    }

    private PracticeExample readable(Long id, Caller caller) {
        return queries.view(id, Optional.of(caller)).practice();
    }

    /** Why this person's organisation cannot adopt it: not published, its own, no organisation, or marked already. */
    private static NotPossibleException refusal(PracticeExample practice, UserProfile person) {
        if (person.getOrganisation() == null) {
            return new NotPossibleException(Message.of("refusal.practice.noOrganisation"));
        }
        if (!practice.isPublished()) {
            return new NotPossibleException(Message.of("refusal.practice.notPublished"));
        }
        if (Adoption.isOrigin(practice, person.getOrganisation())) {
            return new NotPossibleException(Message.of("refusal.practice.ownOrganisation"));
        }
        return new NotPossibleException(Message.of("refusal.practice.alreadyAdopted"));
    }
}

package nl.lerendstelsel.application.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.practice.PracticeContent;
import nl.lerendstelsel.domain.model.practice.PracticeExample;
import nl.lerendstelsel.domain.model.practice.PracticeRepository;
import nl.lerendstelsel.domain.model.practice.PracticeRights;
import nl.lerendstelsel.domain.model.practice.PracticeRuleException;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * Writing practice examples and their editorial workflow. Professionals and facilitators write a concept and submit it;
 * every editor is then told (a notification) that one waits in the review queue. An editor who did not write it
 * publishes it — public, without sign-in — or sends it back to concept with a reason; a published one can be sent back
 * or withdrawn. The author is told of each of these. Every text passes the personal-data guard, every step is in the
 * audit log, and what a caller may do is {@link PracticeRights}, the same the pages render their forms from.
 */
@ApplicationScoped
public class PracticeService {

    static final int REASON_MIN = 5;
    static final int REASON_MAX = 1000;

    /** Who takes a step: when they do but the stage does not allow it, the step is "not possible" rather than refused. */
    private enum Who {
        AUTHOR("access.practice.authorOnly"),
        EDITOR("access.practice.editorsOnly"),
        AUTHOR_OR_EDITOR("access.practice.authorOrEditor");

        final String refusalKey;

        Who(String refusalKey) {
            this.refusalKey = refusalKey;
        }

        boolean holds(boolean author, boolean editor) {
            return this == AUTHOR ? author : this == EDITOR ? editor : author || editor;
        }
    }

    @Inject
    PracticeRepository practices;

    @Inject
    PracticeQueries queries;

    @Inject
    PracticeChecks checks;

    @Inject
    Profiles people;

    @Inject
    AuditLog auditLog;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    @Inject
    Event<ContentChanged> changes;

    /** A new concept by a professional or facilitator. */
    @Transactional
    public PracticeExample create(PracticeInput input, Caller caller) {
        return create(input, null, caller);
    }

    /** A new concept, made from the CoP outcome {@code outcomeId} when given (which the caller checked). */
    @Transactional(Transactional.TxType.MANDATORY)
    PracticeExample create(PracticeInput input, Long outcomeId, Caller caller) {
        if (!PracticeQueries.isWriter(caller)) {
            throw new AccessDeniedException(Message.of("access.practice.writersOnly"));
        }
        UserProfile author = people.of(caller);
        PracticeContent content = checks.check(input);
        PracticeExample practice = new PracticeExample(author, content, outcomeId, clock.instant());
        practices.add(practice);
        practices.flush();
        auditLog.success(author, "PRAKTIJK_GESCHREVEN", "PracticeExample", practice.getId(), caller, outcomeId == null ? null : "OPB-" + outcomeId);
        return practice;
    }

    /**
     * Its author changes a practice; it becomes a concept again (a published one leaves the public pages until it is
     * published anew). {@code expectedVersion} (when given) guards against overwriting another change.
     */
    @Transactional
    public PracticeExample update(Long id, PracticeInput input, Long expectedVersion, Caller caller) {
        PracticeExample practice = allowed(id, caller, PracticeRights::edit, Who.AUTHOR);
        if (expectedVersion != null && expectedVersion != practice.getVersion()) {
            throw new ConcurrentChangeException(practice.getReference(), practice.getVersion());
        }
        PracticeContent content = checks.check(input);
        practice.describe(content, clock.instant());
        practices.flush();
        auditLog.success(people.of(caller), "PRAKTIJK_GEWIJZIGD", "PracticeExample", id, caller, null);
        indexed(practice);
        return practice;
    }

    /** The author submits it for review; every editor is told it waits for them. */
    @Transactional
    public PracticeExample submit(Long id, Caller caller) {
        PracticeExample practice = step(id, caller, PracticeRights::submit, Who.AUTHOR, "PRAKTIJK_INGEDIEND",
                null, p -> p.submit(clock.instant()));
        notifications.tell(people.ids(Role.EDITOR), NotificationKind.PRAKTIJK, practice.getReference(),
                Message.of("notification.practice.submitted", practice.getTitle()), null, practice.getAuthor().getId());
        return practice;
    }

    /** An editor other than its author publishes a submitted practice; the author is told. */
    @Transactional
    public PracticeExample publish(Long id, Caller caller) {
        PracticeExample practice = queries.get(id);
        UserProfile editor = people.of(caller);
        PracticeQueries.requireEditor(caller);
        if (practice.isAuthor(editor)) {
            throw new NotPossibleException(Message.of("refusal.practice.ownPractice"));
        }
        step(id, caller, PracticeRights::publish, Who.EDITOR, "PRAKTIJK_GEPUBLICEERD", null,
                p -> p.publish(editor, clock.instant()));
        tellAuthor(practice, Message.of("notification.practice.published", practice.getTitle()), null, editor);
        return practice;
    }

    /** An editor sends a submitted or published practice back to concept with a reason, which the author is told. */
    @Transactional
    public PracticeExample sendBack(Long id, String reason, Caller caller) {
        String why = InputChecks.reason(reason, REASON_MIN, REASON_MAX);
        PracticeExample practice = step(id, caller, PracticeRights::sendBack, Who.EDITOR, "PRAKTIJK_TERUGGEZET",
                why, p -> p.sendBack(why, clock.instant()));
        tellAuthor(practice, Message.of("notification.practice.sentBack", practice.getTitle()), why, people.of(caller));
        return practice;
    }

    /** Its author or an editor withdraws it (off the public pages, kept), with a reason; the author is told. */
    @Transactional
    public PracticeExample withdraw(Long id, String reason, Caller caller) {
        String why = InputChecks.reason(reason, REASON_MIN, REASON_MAX);
        PracticeExample practice = step(id, caller, PracticeRights::withdraw, Who.AUTHOR_OR_EDITOR, "PRAKTIJK_INGETROKKEN",
                why, p -> p.withdraw(why, clock.instant()));
        tellAuthor(practice, Message.of("notification.practice.withdrawn", practice.getTitle()), why, people.of(caller));
        return practice;
    }

    private void tellAuthor(PracticeExample practice, Message title, String reason, UserProfile actor) {
        notifications.tell(Set.of(practice.getAuthor().getId()), NotificationKind.PRAKTIJK, practice.getReference(), title,
                reason == null ? null : Message.verbatim(reason), actor.getId());
    }

    private PracticeExample step(Long id, Caller caller, Predicate<PracticeRights> may, Who who, String action,
                                 String details, Consumer<PracticeExample> change) {
        PracticeExample practice = allowed(id, caller, may, who);
        try {
            change.accept(practice);
        } catch (PracticeRuleException e) {
            throw new NotPossibleException(e);
        }
        auditLog.success(people.of(caller), action, "PracticeExample", id, caller, details);
        indexed(practice);
        return practice;
    }

    /** A published practice goes in the search index (after the commit); one no longer published leaves it. */
    private void indexed(PracticeExample practice) {
        changes.fire(new ContentChanged(ContentChanged.Kind.PRAKTIJK, practice.getId()));
    }

    /**
     * The practice, when the caller may take this step; who may not read it is told it does not exist, a step the stage
     * does not allow is "not possible", a step of someone else an access refusal.
     */
    private PracticeExample allowed(Long id, Caller caller, Predicate<PracticeRights> may, Who who) {
        PracticeExample practice = queries.get(id);
        PracticeRights rights = queries.rights(practice, Optional.of(caller));
        if (!rights.read()) {
            throw PracticeQueries.notFound(id);
        }
        if (!may.test(rights)) {
            if (who.holds(practice.isAuthor(people.find(caller).orElse(null)), PracticeQueries.isEditor(caller))) {
                throw new NotPossibleException(Message.of("refusal.practice.notNow", practice.getStage().label()));
            }
            throw new AccessDeniedException(Message.of(who.refusalKey));
        }
        return practice;
    }
}

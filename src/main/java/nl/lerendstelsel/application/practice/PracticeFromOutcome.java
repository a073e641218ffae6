package nl.lerendstelsel.application.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.domain.model.community.OutcomeKind;
import nl.lerendstelsel.domain.model.practice.PracticeExample;
import nl.lerendstelsel.domain.model.practice.PracticeRepository;
import nl.lerendstelsel.domain.model.practice.PracticeStatus;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;

/**
 * A CoP outcome of kind "goede praktijk" becomes a draft practice example in one step: its author or a facilitator of
 * the CoP (who may edit the outcome) makes it, with the outcome's title, text (as the approach), themes and gemeente or
 * region; the draft keeps the outcome's id, and one outcome gives one practice.
 */
@ApplicationScoped
public class PracticeFromOutcome {

    @Inject
    OutcomeService outcomes;

    @Inject
    PracticeService service;

    @Inject
    PracticeRepository practices;

    @Inject
    PracticeQueries queries;

    /** Whether the caller may make a practice of this outcome now: a good practice they may edit, not made into one yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean offered(Outcome outcome, Caller caller) {
        return outcome.getKind() == OutcomeKind.GOEDE_PRAKTIJK && PracticeQueries.isWriter(caller)
                && outcomes.rights(outcome, caller).edit() && practices.fromOutcome(outcome.getId()).isEmpty();
    }

    /** The practice made of an outcome, when the caller may read it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PracticeExample> madeOf(Long outcomeId, Caller caller) {
        return practices.fromOutcome(outcomeId).filter(p -> queries.rights(p, Optional.of(caller)).read());
    }

    /** Makes the draft; its author is the caller. */
    @Transactional
    public PracticeExample draft(Long outcomeId, Caller caller) {
        Outcome outcome = outcomes.outcome(outcomeId, caller);
        if (outcome.getKind() != OutcomeKind.GOEDE_PRAKTIJK) {
            throw new NotPossibleException(Message.of("refusal.practice.notAGoodPractice"));
        }
        if (!PracticeQueries.isWriter(caller) || !outcomes.rights(outcome, caller).edit()) {
            throw new AccessDeniedException(Message.of("access.practice.outcomeAuthorOrFacilitator"));
        }
        if (practices.fromOutcome(outcomeId).isPresent()) {
            throw new NotPossibleException(Message.of("refusal.practice.alreadyMade"));
        }
        PracticeInput input = new PracticeInput(outcome.getTitle(),
                outcome.getGemeente() == null ? List.of() : List.of(outcome.getGemeente().getCode()),
                outcome.getRegion() == null ? null : outcome.getRegion().getCode(),
                outcome.getThemes().stream().map(Theme::getCode).toList(), List.of(), outcome.getDescription(), null, null, null,
                PracticeStatus.LOPEND, null, null, null);
        return service.create(input, outcomeId, caller);
    }
}

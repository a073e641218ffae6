package nl.lerendstelsel.application.monitor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.DuplicateKeys;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.monitor.Answer;
import nl.lerendstelsel.domain.model.monitor.MonitorQuestion;
import nl.lerendstelsel.domain.model.monitor.MonitorRepository;
import nl.lerendstelsel.domain.model.monitor.MonitorResponse;
import nl.lerendstelsel.domain.model.monitor.MonitorRound;
import nl.lerendstelsel.domain.model.monitor.QuestionKind;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * Answering a monitor round: any professional of an organisation that the round asks fills in its one response, saves it
 * as a draft and submits it once; a coordinator or admin may reopen a submitted one while the round takes answers. Open
 * answers pass the personal-data guard. Which rounds exist and who sees them is {@link MonitorService}.
 */
@ApplicationScoped
public class MonitorAnswering {

    @Inject
    MonitorService rounds;

    @Inject
    MonitorRepository monitor;

    @Inject
    Profiles profiles;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** The caller's organisation when the round asks it and the caller is one of its professionals; refused otherwise. */
    private Answerer answerer(MonitorRound round, Caller caller) {
        if (caller == null || !caller.has(Role.PROFESSIONAL)) {
            throw new AccessDeniedException(Message.of("access.monitor.answer"));
        }
        UserProfile person = profiles.of(caller);
        if (round.isDraft() || !round.asks(person.getOrganisation())) {
            throw new AccessDeniedException(Message.of("access.monitor.answer"));
        }
        return new Answerer(person, person.getOrganisation());
    }

    private record Answerer(UserProfile person, Organisation organisation) {
    }

    /** The response of the caller's organisation to a round, if one was started (only its own people read a draft). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MonitorResponse> responseOf(Long roundId, Caller caller) {
        MonitorRound round = rounds.round(roundId, caller);
        Organisation own = profiles.find(caller).map(UserProfile::getOrganisation).orElse(null);
        if (own == null || !round.asks(own)) {
            return Optional.empty();
        }
        Optional<MonitorResponse> response = monitor.findResponse(roundId, own.getCode());
        response.ifPresent(r -> round.getQuestions().forEach(r::answerTo));
        return response;
    }

    /** Whether the caller may fill in their organisation's response to this round now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayAnswer(MonitorRound round, Caller caller) {
        if (caller == null || !caller.has(Role.PROFESSIONAL) || !round.acceptsAnswers(rounds.today())) {
            return false;
        }
        return round.asks(profiles.find(caller).map(UserProfile::getOrganisation).orElse(null));
    }

    /** Saves the answers as the organisation's draft (creating its response on the first save). */
    @Transactional
    public MonitorResponse save(Long roundId, Map<Long, Answer> answers, Caller caller) {
        MonitorRound round = rounds.load(roundId);
        Answerer answerer = answerer(round, caller);
        MonitorResponse response = saveAnswers(round, answerer, answers);
        auditLog.success(answerer.person(), "MONITOR_ANTWOORDEN_OPGESLAGEN", "MonitorResponse", response.getId(), caller, null);
        return response;
    }

    /** Saves the answers and submits the organisation's response: once. */
    @Transactional
    public MonitorResponse submit(Long roundId, Map<Long, Answer> answers, Caller caller) {
        MonitorRound round = rounds.load(roundId);
        Answerer answerer = answerer(round, caller);
        MonitorResponse response = saveAnswers(round, answerer, answers);
        MonitorService.ruled(() -> response.submit(answerer.person(), rounds.today(), clock.instant()));
        monitor.flush();
        auditLog.success(answerer.person(), "MONITOR_ANTWOORDEN_INGEDIEND", "MonitorResponse", response.getId(), caller, null);
        return response;
    }

    private MonitorResponse saveAnswers(MonitorRound round, Answerer answerer, Map<Long, Answer> answers) {
        Map<String, String> openTexts = new LinkedHashMap<>();
        for (MonitorQuestion question : round.getQuestions()) {
            Answer answer = answers.get(question.getId());
            if (question.getKind() == QuestionKind.OPEN && answer != null && answer.text() != null) {
                openTexts.put(field(question), answer.text());
            }
        }
        InputChecks.rejectPersonalData(openTexts);
        Optional<MonitorResponse> existing = monitor.findResponse(round.getId(), answerer.organisation().getCode());
        MonitorResponse response = existing.orElseGet(() -> MonitorService.made(() -> new MonitorResponse(round, answerer.organisation(),
                answerer.person(), rounds.today(), clock.instant())));
        MonitorService.ruled(() -> response.save(answers, answerer.person(), rounds.today(), clock.instant()));
        if (existing.isEmpty()) {
            monitor.add(response);
        }
        try {
            monitor.flush();
            return response;
        } catch (PersistenceException e) {
            // A colleague of the same organisation started the response at the same moment: the unique key says so.
            if (DuplicateKeys.causedBy(e)) {
                throw new NotPossibleException(Message.of("refusal.monitor.responseStartedMeanwhile"));
            }
            throw e;
        }
    }

    /** The form field of a question's answer: {@code vraag-<id>}. */
    public static String field(MonitorQuestion question) {
        return "vraag-" + question.getId();
    }

    /** Makes an organisation's submitted response a draft again, while the round takes answers; its people are told. */
    @Transactional
    public MonitorResponse reopen(Long roundId, String organisationCode, Caller caller) {
        UserProfile person = rounds.requireManager(caller);
        MonitorRound round = rounds.load(roundId);
        MonitorResponse response = monitor.findResponse(roundId, organisationCode)
                .orElseThrow(() -> new NotFoundException(Message.of("notFound.monitorResponse", organisationCode)));
        MonitorService.ruled(() -> response.reopen(rounds.today()));
        notifications.tell(rounds.professionalsOf(List.of(response.getOrganisation())), NotificationKind.MONITOR, MonitorService.reference(round),
                Message.of("notification.monitor.reopened", round.getTitle()),
                Message.of("notification.monitor.opened.text", round.getClosesOn()), person.getId());
        auditLog.success(person, "MONITOR_ANTWOORDEN_HEROPEND", "MonitorResponse", response.getId(), caller, organisationCode);
        return response;
    }
}

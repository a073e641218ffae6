package nl.lerendstelsel.application.qa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.qa.Partner;
import nl.lerendstelsel.domain.model.qa.QaRepository;
import nl.lerendstelsel.domain.model.qa.QaVersion;
import nl.lerendstelsel.domain.model.qa.Question;
import nl.lerendstelsel.domain.model.qa.QuestionStatus;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * Questions to the Q&amp;A base: anyone signed in asks (the editors are told); an editor declines one with a reason (the
 * asker is told) or starts an answer from it, which links the question to the entry so that its asker hears when the
 * answer is published ({@link QaService#approve}).
 */
@ApplicationScoped
public class QuestionService {

    @Inject
    QaRepository qa;

    @Inject
    ThemeRepository themes;

    @Inject
    Profiles people;

    @Inject
    QaService editorial;

    @Inject
    EditorialDesk desk;

    @Inject
    Clock clock;

    @Inject
    NotificationService notifications;

    @Transactional
    public Question ask(String text, String themeCode, Caller caller) {
        UserProfile person = people.of(caller);
        FieldErrors errors = new FieldErrors();
        String checked = InputChecks.required(errors, "vraag", text, 10, 2_000);
        Theme theme = themeCode == null || themeCode.isBlank() ? null : themes.find(themeCode.strip()).orElse(null);
        if (themeCode != null && !themeCode.isBlank() && theme == null) {
            errors.put("thema", Message.of("input.qa.theme"));
        }
        errors.throwIfAny();
        InputChecks.rejectPersonalData("vraag", checked);
        Question question = new Question(person, theme, checked, clock.instant());
        qa.add(question);
        qa.flush();
        desk.audit(person, "VRAAG_GESTELD", "Question", question.getId(), caller);
        notifications.tell(people.ids(Role.EDITOR), NotificationKind.NIEUWE_VRAAG,
                questionReference(question), Message.of("notification.qa.newQuestion", shortened(checked)), Message.verbatim(checked),
                person.getId());
        return question;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Question> myQuestions(Caller caller) {
        return qa.questionsOf(people.of(caller).getId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Question> questionQueue(Caller caller) {
        desk.requireEditor(caller);
        return qa.questions(QuestionStatus.NIEUW, 0, 200);
    }

    @Transactional
    public Question declineQuestion(Long id, String reason, Caller caller) {
        UserProfile editor = desk.requireEditor(caller);
        Question question = question(id);
        requireNew(question);
        String why = InputChecks.reason(reason, 1, 1000);
        question.decline(why);
        desk.audit(editor, "VRAAG_AFGEWEZEN", "Question", id, caller);
        notifications.tell(List.of(question.getAskedBy().getId()), NotificationKind.VRAAG_AFGEHANDELD, questionReference(question),
                Message.of("notification.qa.declined", shortened(question.getText())), Message.of("notification.reason", why),
                editor.getId());
        return question;
    }

    /** Starts an entry for a question someone asked: a concept with the question filled in, the question answered by it. */
    @Transactional
    public QaVersion answerQuestion(Long questionId, String themeCode, Set<Partner> partners, QaService.Draft draft, Caller caller) {
        Question question = question(questionId);
        requireNew(question);
        QaVersion version = editorial.create(themeCode, partners, draft, caller);
        question.answeredBy(version.getEntry());
        return version;
    }

    private Question question(Long id) {
        return qa.findQuestion(id).orElseThrow(() -> new NotFoundException(Message.of("notFound.qa.question", String.valueOf(id))));
    }

    private static void requireNew(Question question) {
        if (question.getStatus() != QuestionStatus.NIEUW) {
            throw new NotPossibleException(Message.of("refusal.qa.questionHandled"));
        }
    }

    /** How notifications name a question someone asked: {@code VRAAG-<id>}. */
    private static String questionReference(Question question) {
        return "VRAAG-" + question.getId();
    }

    static String shortened(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 119) + "…";
    }
}

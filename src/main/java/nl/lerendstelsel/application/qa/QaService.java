package nl.lerendstelsel.application.qa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.qa.EditorialException;
import nl.lerendstelsel.domain.model.qa.Feedback;
import nl.lerendstelsel.domain.model.qa.LawReference;
import nl.lerendstelsel.domain.model.qa.Partner;
import nl.lerendstelsel.domain.model.qa.QaEntry;
import nl.lerendstelsel.domain.model.qa.QaRepository;
import nl.lerendstelsel.domain.model.qa.QaVersion;
import nl.lerendstelsel.domain.model.qa.Question;
import nl.lerendstelsel.domain.model.qa.QuestionStatus;
import nl.lerendstelsel.domain.model.qa.VersionStatus;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * The Q&A base. Anyone reads published answers and says whether one was useful; signed-in users ask questions;
 * editors write versions, submit them for review and sign off for their own partner (the organisation they belong to).
 * A version is published the moment every partner the entry names has approved that version; the one it replaces is
 * archived. Every editorial act is audited; published changes reach the search index after the commit. Editors are
 * told of new questions; whoever asked one is told when it is declined (with the reason) or its answer is published.
 */
@ApplicationScoped
public class QaService {

    static final int QUESTION_MAX = 300;
    static final int ANSWER_MAX = 20_000;

    @Inject
    QaRepository qa;

    @Inject
    ThemeRepository themes;

    @Inject
    UserProfileRepository profiles;

    @Inject
    Profiles people;

    @Inject
    BottleneckQueries queries;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Inject
    Event<ContentChanged> changes;

    @Inject
    NotificationService notifications;

    /** What an editor writes for a version. {@code references} in the short form, e.g. {@code WI2021 art. 15 lid 2}. */
    public record Draft(String question, String answer, List<String> references, LocalDate validFrom, LocalDate validUntil,
                        String changeNote) {
    }

    /** A published entry for the public: the current version and the history of published versions. */
    public record PublicEntry(QaEntry entry, QaVersion current, List<QaVersion> history) {
    }

    // ---- reading (public)

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> publishedPerTheme() {
        return qa.publishedPerTheme();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QaEntry> published(String themeCode, int page, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, 100));
        return qa.published(blankToNull(themeCode), (Math.max(1, page) - 1) * size, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long publishedCount(String themeCode) {
        return qa.publishedCount(blankToNull(themeCode));
    }

    /** Of these entries, the ids of those the public may read (a published answer) — one read for all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> publishedAmong(Collection<Long> ids) {
        return qa.publishedAmong(ids);
    }

    /** A published entry: not found when it does not exist or has nothing published. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PublicEntry published(Long id) {
        QaEntry entry = qa.findEntry(id).filter(QaEntry::isPublished)
                .orElseThrow(() -> new NotFoundException(Message.of("notFound.qa.question", String.valueOf(id))));
        List<QaVersion> history = qa.versions(id).stream().filter(v -> v.getPublishedAt() != null).toList();
        return new PublicEntry(entry, entry.getCurrent(), history);
    }

    /** The knelpunten this entry answered, as far as {@code caller} may see them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Bottleneck> answered(Long entryId, Caller caller) {
        List<Bottleneck> result = new ArrayList<>();
        for (Long id : qa.bottlenecksOf(entryId)) {
            queries.findById(id).flatMap(b -> queries.find(b.getReference(), caller)).ifPresent(result::add);
        }
        return result;
    }

    /** Published entries that answered a knelpunt. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QaEntry> answersFor(Long bottleneckId) {
        return qa.entriesOf(bottleneckId).stream().map(qa::findEntry).flatMap(Optional::stream).filter(QaEntry::isPublished).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QaVersion> recentlyPublished(String themeCode, int limit) {
        return qa.recentlyPublished(blankToNull(themeCode), limit);
    }

    /** "Was dit antwoord bruikbaar?" — anyone, also without signing in; a comment passes the personal-data guard. */
    @Transactional
    public void feedback(Long entryId, boolean useful, String comment) {
        QaEntry entry = published(entryId).entry();
        FieldErrors errors = new FieldErrors();
        String checked = InputChecks.optional(errors, "opmerking", comment, 1000);
        errors.throwIfAny();
        InputChecks.rejectPersonalData("opmerking", checked);
        qa.add(new Feedback(entry.getId(), entry.getCurrent().getId(), useful, checked, clock.instant()));
    }

    // ---- questions

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
        audit(person, "VRAAG_GESTELD", "Question", question.getId(), caller);
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
        requireEditor(caller);
        return qa.questions(QuestionStatus.NIEUW, 0, 200);
    }

    @Transactional
    public Question declineQuestion(Long id, String reason, Caller caller) {
        UserProfile editor = requireEditor(caller);
        Question question = question(id);
        requireNew(question);
        FieldErrors errors = new FieldErrors();
        String why = InputChecks.required(errors, "reden", reason, 1, 1000);
        errors.throwIfAny();
        InputChecks.rejectPersonalData("reden", why);
        question.decline(why);
        audit(editor, "VRAAG_AFGEWEZEN", "Question", id, caller);
        notifications.tell(List.of(question.getAskedBy().getId()), NotificationKind.VRAAG_AFGEHANDELD, questionReference(question),
                Message.of("notification.qa.declined", shortened(question.getText())), Message.of("notification.reason", why),
                editor.getId());
        return question;
    }

    /** Starts an entry for a question someone asked: a concept with the question filled in, the question answered by it. */
    @Transactional
    public QaVersion answerQuestion(Long questionId, String themeCode, Set<Partner> partners, Draft draft, Caller caller) {
        Question question = question(questionId);
        requireNew(question);
        QaVersion version = create(themeCode, partners, draft, caller);
        question.answeredBy(version.getEntry());
        return version;
    }

    // ---- editing

    /** A new entry with its first concept version. */
    @Transactional
    public QaVersion create(String themeCode, Set<Partner> partners, Draft draft, Caller caller) {
        UserProfile editor = requireEditor(caller);
        FieldErrors errors = new FieldErrors();
        Theme theme = themes.find(themeCode == null ? "" : themeCode.strip()).filter(Theme::isActive).orElse(null);
        if (theme == null) {
            errors.put("thema", Message.of("input.qa.theme"));
        }
        if (partners == null || partners.isEmpty()) {
            errors.put("partners", Message.of("input.qa.partners"));
        }
        Checked checked = check(draft, errors);
        QaEntry entry = new QaEntry(theme, partners, clock.instant());
        qa.add(entry);
        QaVersion version = entry.draft(null, editor.getDisplayName(), clock.instant());
        version.write(checked.question(), checked.answer(), checked.references(), draft.validFrom(), draft.validUntil(),
                checked.note());
        qa.add(version);
        qa.flush();
        audit(editor, "QA_AANGEMAAKT", "QaEntry", entry.getId(), caller);
        return version;
    }

    /** Changes a concept (optimistic locking on {@code expectedVersion}). */
    @Transactional
    public QaVersion edit(Long versionId, Draft draft, Long expectedVersion, Caller caller) {
        UserProfile editor = requireEditor(caller);
        QaVersion version = version(versionId);
        if (expectedVersion != null && expectedVersion != version.getVersion()) {
            throw new ConcurrentChangeException("versie " + versionId, version.getVersion());
        }
        if (version.getStatus() != VersionStatus.CONCEPT) {
            throw new NotPossibleException(Message.of("refusal.qa.onlyConceptChanged"));
        }
        Checked checked = check(draft, new FieldErrors());
        editorial(() -> version.write(checked.question(), checked.answer(), checked.references(), draft.validFrom(),
                draft.validUntil(), checked.note()));
        audit(editor, "QA_GEWIJZIGD", "QaVersion", versionId, caller);
        return version;
    }

    @Transactional
    public QaVersion submit(Long versionId, Caller caller) {
        UserProfile editor = requireEditor(caller);
        QaVersion version = version(versionId);
        editorial(version::submit);
        audit(editor, "QA_TER_REVIEW", "QaVersion", versionId, caller);
        return version;
    }

    @Transactional
    public QaVersion reopen(Long versionId, Caller caller) {
        UserProfile editor = requireEditor(caller);
        QaVersion version = version(versionId);
        editorial(version::reopen);
        audit(editor, "QA_TERUG_NAAR_CONCEPT", "QaVersion", versionId, caller);
        return version;
    }

    /**
     * An editor signs off a version for their partner (the organisation they belong to). When that completes the set of
     * partners the entry names, the version is published and the one it replaces archived.
     */
    @Transactional
    public QaVersion approve(Long versionId, Caller caller) {
        UserProfile editor = requireEditor(caller);
        QaVersion version = version(versionId);
        Partner partner = Partner.ofOrganisation(editor.getOrganisation() == null ? null : editor.getOrganisation().getCode())
                .orElseThrow(() -> new NotPossibleException(Message.of("refusal.qa.partnerEditorsOnly")));
        QaEntry entry = version.getEntry();
        boolean firstPublication = !entry.isPublished();
        Instant now = clock.instant();
        boolean complete = editorial(() -> version.approve(partner, editor.getDisplayName(), entry.getPartners(), now));
        audit(editor, "QA_GOEDGEKEURD_" + partner.name(), "QaVersion", versionId, caller);
        if (complete) {
            entry.publish(version, now);
            audit(editor, "QA_GEPUBLICEERD", "QaEntry", entry.getId(), caller);
            changes.fire(new ContentChanged(ContentChanged.Kind.QA, entry.getId()));
            if (firstPublication) {
                tellAskers(entry, version, editor);
            }
        }
        return version;
    }

    /** A new concept version of a published entry, starting from the published text. */
    @Transactional
    public QaVersion newVersion(Long entryId, Caller caller) {
        UserProfile editor = requireEditor(caller);
        QaEntry entry = entry(entryId);
        if (qa.openVersion(entryId).isPresent()) {
            throw new NotPossibleException(Message.of("refusal.qa.openVersion"));
        }
        QaVersion draft = entry.draft(entry.getCurrent(), editor.getDisplayName(), clock.instant());
        qa.add(draft);
        qa.flush();
        audit(editor, "QA_NIEUWE_VERSIE", "QaEntry", entryId, caller);
        return draft;
    }

    /** Takes a published answer offline: archived, nothing public any more. */
    @Transactional
    public QaEntry withdraw(Long entryId, Caller caller) {
        UserProfile editor = requireEditor(caller);
        QaEntry entry = entry(entryId);
        editorial(() -> entry.withdraw(clock.instant()));
        audit(editor, "QA_INGETROKKEN", "QaEntry", entryId, caller);
        changes.fire(new ContentChanged(ContentChanged.Kind.QA, entryId));
        return entry;
    }

    /**
     * A knelpunt resolved by clarification becomes a Q&A concept in one step: its title as the question, its resolution
     * as the answer, its theme; linked both ways.
     */
    @Transactional
    public QaVersion fromBottleneck(String reference, Caller caller) {
        requireEditor(caller);
        Bottleneck bottleneck = queries.load(reference, caller);
        if (bottleneck.getStatus() != Status.OPGELOST && bottleneck.getStatus() != Status.GESLOTEN
                || bottleneck.getResolution() == null || bottleneck.getResolution().isBlank()) {
            throw new NotPossibleException(Message.of("refusal.qa.fromBottleneck"));
        }
        String question = bottleneck.getTitle().endsWith("?") ? bottleneck.getTitle() : bottleneck.getTitle() + "?";
        QaVersion version = create(bottleneck.getTheme().getCode(), EnumSet.allOf(Partner.class),
                new Draft(question, bottleneck.getResolution(), List.of(), null, null, "Uit knelpunt " + reference), caller);
        qa.link(version.getEntry().getId(), bottleneck.getId());
        return version;
    }

    // ---- for editors

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QaVersion> worklist(VersionStatus status, Caller caller) {
        requireEditor(caller);
        return qa.withStatus(status, 200);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QaVersion> versions(Long entryId, Caller caller) {
        requireEditor(caller);
        return qa.versions(entryId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QaVersion versionFor(Long versionId, Caller caller) {
        requireEditor(caller);
        return version(versionId);
    }

    /** [useful, not useful] per entry id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, long[]> feedbackCounts(List<Long> entryIds, Caller caller) {
        requireEditor(caller);
        return qa.feedbackCounts(entryIds);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Feedback> feedbackOf(Long entryId, Caller caller) {
        requireEditor(caller);
        return qa.feedback(entryId, 50);
    }

    /** The partner the caller signs for, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Partner> partnerOf(Caller caller) {
        return profiles.findBySubject(caller.subject()).map(UserProfile::getOrganisation)
                .flatMap(o -> Partner.ofOrganisation(o.getCode()));
    }

    // ---- helpers

    /** Those who asked a question this entry answers hear that the answer is published, with a link to it. */
    private void tellAskers(QaEntry entry, QaVersion published, UserProfile editor) {
        for (Question question : qa.questionsAnsweredBy(entry.getId())) {
            notifications.tell(List.of(question.getAskedBy().getId()), NotificationKind.VRAAG_AFGEHANDELD, "QA-" + entry.getId(),
                    Message.of("notification.qa.answered", shortened(question.getText())),
                    Message.of("notification.qa.answered.text", published.getQuestion()), editor.getId());
        }
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

    private static String shortened(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 119) + "…";
    }

    private record Checked(String question, String answer, List<LawReference> references, String note) {
    }

    private Checked check(Draft draft, FieldErrors errors) {
        if (draft == null) {
            throw InvalidInputException.of("vraag", Message.of("input.qa.draft"));
        }
        String question = InputChecks.required(errors, "vraag", draft.question(), 10, QUESTION_MAX);
        String answer = InputChecks.required(errors, "antwoord", draft.answer(), 10, ANSWER_MAX);
        String note = InputChecks.optional(errors, "wijziging", draft.changeNote(), 500);
        List<LawReference> references = new ArrayList<>();
        for (String code : draft.references() == null ? List.<String>of() : draft.references()) {
            if (code == null || code.isBlank()) {
                continue;
            }
            try {
                references.add(LawReference.parse(code));
            } catch (LawReference.Invalid e) {
                errors.put("wetsverwijzingen", e.reason());
            }
        }
        if (draft.validFrom() != null && draft.validUntil() != null && draft.validUntil().isBefore(draft.validFrom())) {
            errors.put("geldigTot", Message.of("input.period.endBeforeStart"));
        }
        errors.throwIfAny();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("vraag", question);
        texts.put("antwoord", answer);
        texts.put("wijziging", note);
        InputChecks.rejectPersonalData(texts);
        return new Checked(question, answer, references, note);
    }

    private static <T> T editorial(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (EditorialException e) {
            throw new NotPossibleException(e);
        }
    }

    private static void editorial(Runnable step) {
        editorial(() -> {
            step.run();
            return null;
        });
    }

    private UserProfile requireEditor(Caller caller) {
        if (!caller.has(Role.EDITOR) && !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException(Message.of("access.qa.editorsOnly"));
        }
        return people.of(caller);
    }

    private QaEntry entry(Long id) {
        return qa.findEntry(id).orElseThrow(() -> new NotFoundException(Message.of("notFound.qa.question", String.valueOf(id))));
    }

    private QaVersion version(Long id) {
        return qa.findVersion(id).orElseThrow(() -> new NotFoundException(Message.of("notFound.qa.version", String.valueOf(id))));
    }

    private Question question(Long id) {
        return qa.findQuestion(id).orElseThrow(() -> new NotFoundException(Message.of("notFound.qa.question", String.valueOf(id))));
    }

    private void audit(UserProfile actor, String action, String type, Long id, Caller caller) {
        auditLog.record(actor.getUsername(), action, type, String.valueOf(id), AuditEntry.Result.SUCCESS, caller.origin(), null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

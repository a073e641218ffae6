package nl.lerendstelsel.application.qa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.law.LawReference;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.qa.EditorialException;
import nl.lerendstelsel.domain.model.qa.Partner;
import nl.lerendstelsel.domain.model.qa.QaEntry;
import nl.lerendstelsel.domain.model.qa.QaRepository;
import nl.lerendstelsel.domain.model.qa.QaVersion;
import nl.lerendstelsel.domain.model.qa.Question;
import nl.lerendstelsel.domain.model.qa.Signer;
import nl.lerendstelsel.domain.model.qa.VersionStatus;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * The editorial work on the Q&amp;A base: editors write versions, submit them for review and sign off for their own partner
 * (the organisation they belong to). A version is published the moment every partner the entry names has approved that
 * version; the one it replaces is archived, and whoever asked a question the entry answers is told. Every editorial act
 * is audited; published changes reach the search index after the commit. The public side is {@link QaPublication},
 * questions are {@link QuestionService}.
 */
@ApplicationScoped
public class QaService {

    static final int QUESTION_MAX = 300;
    static final int ANSWER_MAX = 20_000;
    static final int REASON_MAX = 500;
    /** How far ahead the editors' validity list looks for answers whose end date comes near. */
    public static final int ENDING_SOON_DAYS = 30;

    @Inject
    QaRepository qa;

    @Inject
    ThemeRepository themes;

    @Inject
    UserProfileRepository profiles;

    @Inject
    BottleneckQueries queries;

    @Inject
    EditorialDesk desk;

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

    /** Published entries that answered a knelpunt. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QaEntry> answersFor(Long bottleneckId) {
        return qa.entriesOf(bottleneckId).stream().map(qa::findEntry).flatMap(Optional::stream).filter(QaEntry::isPublished).toList();
    }

    // ---- editing

    /** A new entry with its first concept version. */
    @Transactional
    public QaVersion create(String themeCode, Set<Partner> partners, Draft draft, Caller caller) {
        UserProfile editor = desk.requireEditor(caller);
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
        QaVersion version = entry.draft(null, signer(editor), clock.instant());
        version.write(checked.question(), checked.answer(), checked.references(), draft.validFrom(), draft.validUntil(),
                checked.note(), editor.getId());
        qa.add(version);
        qa.flush();
        desk.audit(editor, "QA_AANGEMAAKT", "QaEntry", entry.getId(), caller);
        return version;
    }

    /** Changes a concept (optimistic locking on {@code expectedVersion}). */
    @Transactional
    public QaVersion edit(Long versionId, Draft draft, Long expectedVersion, Caller caller) {
        UserProfile editor = desk.requireEditor(caller);
        QaVersion version = version(versionId);
        if (expectedVersion != null && expectedVersion != version.getVersion()) {
            throw new ConcurrentChangeException("versie " + versionId, version.getVersion());
        }
        if (version.getStatus() != VersionStatus.CONCEPT) {
            throw new NotPossibleException(Message.of("refusal.qa.onlyConceptChanged"));
        }
        Checked checked = check(draft, new FieldErrors());
        editorial(() -> version.write(checked.question(), checked.answer(), checked.references(), draft.validFrom(),
                draft.validUntil(), checked.note(), editor.getId()));
        desk.audit(editor, "QA_GEWIJZIGD", "QaVersion", versionId, caller);
        return version;
    }

    @Transactional
    public QaVersion submit(Long versionId, Caller caller) {
        UserProfile editor = desk.requireEditor(caller);
        QaVersion version = version(versionId);
        editorial(version::submit);
        desk.audit(editor, "QA_TER_REVIEW", "QaVersion", versionId, caller);
        return version;
    }

    /**
     * Sends a version in review back to concept with a reason (required, no personal data): the approvals lapse, the
     * reason goes into the audit trail and onto the version, and everyone who wrote or changed the version is told.
     */
    @Transactional
    public QaVersion reopen(Long versionId, String reason, Caller caller) {
        UserProfile editor = desk.requireEditor(caller);
        QaVersion version = version(versionId);
        String checked = InputChecks.reason(reason, 5, REASON_MAX);
        editorial(() -> version.reopen(checked));
        desk.audit(editor, "QA_TERUG_NAAR_CONCEPT", "QaVersion", versionId, caller, "reden=" + checked);
        notifications.tell(version.getWriters(), NotificationKind.REDACTIE, "QAV-" + version.getId(),
                Message.of("notification.qa.returned", QuestionService.shortened(version.getQuestion())),
                Message.of("notification.qa.returned.text", checked), editor.getId());
        return version;
    }

    /**
     * An editor signs off a version for their partner (the organisation they belong to). When that completes the set of
     * partners the entry names, the version is published and the one it replaces archived.
     */
    @Transactional
    public QaVersion approve(Long versionId, Caller caller) {
        UserProfile editor = desk.requireEditor(caller);
        QaVersion version = version(versionId);
        Signer signer = signer(editor);
        Partner partner = Partner.ofOrganisation(signer.organisation())
                .orElseThrow(() -> new NotPossibleException(Message.of("refusal.qa.partnerEditorsOnly")));
        QaEntry entry = version.getEntry();
        boolean firstPublication = !entry.isPublished();
        Instant now = clock.instant();
        boolean complete = editorial(() -> version.approve(partner, signer, entry.getPartners(), now));
        desk.audit(editor, "QA_GOEDGEKEURD_" + partner.name(), "QaVersion", versionId, caller, "organisatie=" + signer.organisation());
        if (complete) {
            entry.publish(version, now);
            desk.audit(editor, "QA_GEPUBLICEERD", "QaEntry", entry.getId(), caller);
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
        UserProfile editor = desk.requireEditor(caller);
        QaEntry entry = entry(entryId);
        if (qa.openVersion(entryId).isPresent()) {
            throw new NotPossibleException(Message.of("refusal.qa.openVersion"));
        }
        QaVersion draft = entry.draft(entry.getCurrent(), signer(editor), clock.instant());
        qa.add(draft);
        qa.flush();
        desk.audit(editor, "QA_NIEUWE_VERSIE", "QaEntry", entryId, caller);
        return draft;
    }

    /** Takes a published answer offline: archived, nothing public any more. */
    @Transactional
    public QaEntry withdraw(Long entryId, Caller caller) {
        UserProfile editor = desk.requireEditor(caller);
        QaEntry entry = entry(entryId);
        editorial(() -> entry.withdraw(clock.instant()));
        desk.audit(editor, "QA_INGETROKKEN", "QaEntry", entryId, caller);
        changes.fire(new ContentChanged(ContentChanged.Kind.QA, entryId));
        return entry;
    }

    /**
     * A knelpunt resolved by clarification becomes a Q&A concept in one step: its title as the question, its resolution
     * as the answer, its theme; linked both ways.
     */
    @Transactional
    public QaVersion fromBottleneck(String reference, Caller caller) {
        desk.requireEditor(caller);
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

    // ---- helpers

    /** The editor as the four-eyes rule sees them: profile id, display name, their organisation at this moment. */
    private static Signer signer(UserProfile editor) {
        return new Signer(editor.getId(), editor.getDisplayName(),
                editor.getOrganisation() == null ? null : editor.getOrganisation().getCode());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    /** Those who asked a question this entry answers hear that the answer is published, with a link to it. */
    private void tellAskers(QaEntry entry, QaVersion published, UserProfile editor) {
        for (Question question : qa.questionsAnsweredBy(entry.getId())) {
            notifications.tell(List.of(question.getAskedBy().getId()), NotificationKind.VRAAG_AFGEHANDELD, "QA-" + entry.getId(),
                    Message.of("notification.qa.answered", QuestionService.shortened(question.getText())),
                    Message.of("notification.qa.answered.text", published.getQuestion()), editor.getId());
        }
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

    private QaEntry entry(Long id) {
        return qa.findEntry(id).orElseThrow(() -> new NotFoundException(Message.of("notFound.qa.question", String.valueOf(id))));
    }

    private QaVersion version(Long id) {
        return qa.findVersion(id).orElseThrow(() -> new NotFoundException(Message.of("notFound.qa.version", String.valueOf(id))));
    }
}

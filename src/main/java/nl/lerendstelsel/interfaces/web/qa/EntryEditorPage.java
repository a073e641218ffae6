package nl.lerendstelsel.interfaces.web.qa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.application.qa.EditorialQueries;
import nl.lerendstelsel.application.qa.QaService;
import nl.lerendstelsel.application.qa.QuestionService;
import nl.lerendstelsel.domain.model.qa.Partner;
import nl.lerendstelsel.domain.model.qa.QaVersion;
import nl.lerendstelsel.domain.model.qa.VersionStatus;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.LawCodes;
import nl.lerendstelsel.interfaces.web.RequestParameters;

/**
 * Writing an answer: a new entry (optionally for a question someone asked, {@code ?vraag=}), or a version
 * ({@code ?versie=}): edit while concept, submit for review, back to concept, sign off for one's partner; for a
 * published entry, start a new version or withdraw it.
 */
@Named("entryEditor")
@RequestScoped
public class EntryEditorPage {

    private static final Map<String, String> FIELDS = Map.of("thema", "item:thema", "partners", "item:partners", "vraag", "item:vraag",
            "antwoord", "item:antwoord", "wetsverwijzingen", "item:wetsverwijzingen", "geldigTot", "item:tot", "wijziging", "item:wijziging");

    @Inject
    QaService service;

    @Inject
    EditorialQueries editorialQueries;

    @Inject
    QuestionService questions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private Long versionId;
    private Long questionId;
    private QaVersion version;
    private String theme;
    private List<String> partners = new ArrayList<>(List.of("DIVOSA", "VNG", "SZW"));
    private String question;
    private String answer;
    private String references;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private String changeNote;
    private Long expected;
    private String reopenReason;

    /** The ids travel with the forms (see RequestParameters). */
    @jakarta.annotation.PostConstruct
    void readParameters() {
        versionId = RequestParameters.number("versie");
        questionId = RequestParameters.number("vraag");
    }


    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (getVersion() != null) {
            QaVersion v = getVersion();
            theme = v.getEntry().getTheme().getCode();
            partners = new ArrayList<>(v.getEntry().getPartners().stream().map(Partner::name).toList());
            question = v.getQuestion();
            answer = v.getAnswer();
            references = LawCodes.text(v.getReferences());
            validFrom = v.getValidFrom();
            validUntil = v.getValidUntil();
            changeNote = v.getChangeNote();
            expected = v.getVersion();
        }
    }

    public QaVersion getVersion() {
        if (version == null && versionId != null) {
            version = editorialQueries.versionFor(versionId, caller());
        }
        return version;
    }

    public List<QaVersion> getHistory() {
        return getVersion() == null ? List.of() : editorialQueries.versions(getVersion().getEntry().getId(), caller());
    }

    /** "Was dit antwoord bruikbaar?": [yes, no] for this entry, and the latest comments. */
    public long[] getUsefulness() {
        return getVersion() == null ? new long[2] : editorialQueries.feedbackCounts(List.of(getVersion().getEntry().getId()), caller())
                .getOrDefault(getVersion().getEntry().getId(), new long[2]);
    }

    public List<nl.lerendstelsel.domain.model.qa.Feedback> getComments() {
        return getVersion() == null ? List.of() : editorialQueries.feedbackOf(getVersion().getEntry().getId(), caller()).stream()
                .filter(f -> f.getComment() != null).limit(10).toList();
    }

    public boolean isEditable() {
        return getVersion() == null || getVersion().getStatus() == VersionStatus.CONCEPT;
    }

    /** Whether the caller can sign off now: their partner is asked and has not approved, and they did not write it. */
    public boolean isCanApprove() {
        return getVersion() != null && editorialQueries.canApprove(getVersion(), caller());
    }

    public String save() {
        QaService.Draft draft = new QaService.Draft(question, answer, referenceLines(), validFrom, validUntil, changeNote);
        QaVersion[] saved = new QaVersion[1];
        boolean ok = feedback.run(() -> {
            if (versionId == null) {
                saved[0] = questionId == null ? service.create(theme, partnerSet(), draft, caller())
                        : questions.answerQuestion(questionId, theme, partnerSet(), draft, caller());
            } else {
                saved[0] = service.edit(versionId, draft, expected, caller());
            }
        }, "editorial.saved", FIELDS, null);
        if (ok) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/app/redactie/item.xhtml?faces-redirect=true&versie=" + saved[0].getId();
        }
        return null;
    }

    public String submit() {
        return step(() -> service.submit(versionId, caller()), "editorial.submitted");
    }

    public String reopen() {
        if (feedback.run(() -> service.reopen(versionId, reopenReason, caller()), "editorial.reopened", Map.of("reden", "item:reden"), null)) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/app/redactie/item.xhtml?faces-redirect=true&versie=" + versionId;
        }
        return null;
    }

    public String approve() {
        return step(() -> service.approve(versionId, caller()), "editorial.approved");
    }

    public String newVersion() {
        QaVersion[] draft = new QaVersion[1];
        if (feedback.run(() -> draft[0] = service.newVersion(getVersion().getEntry().getId(), caller()), "editorial.newVersion",
                Map.of(), null)) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/app/redactie/item.xhtml?faces-redirect=true&versie=" + draft[0].getId();
        }
        return null;
    }

    public String withdraw() {
        return step(() -> service.withdraw(getVersion().getEntry().getId(), caller()), "editorial.withdrawn");
    }

    private String step(Feedback.Action action, String doneKey) {
        if (feedback.run(action, doneKey, Map.of(), null)) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/app/redactie/item.xhtml?faces-redirect=true&versie=" + versionId;
        }
        return null;
    }

    private List<String> referenceLines() {
        return references == null ? List.of() : Arrays.stream(references.split("[\\r\\n;]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Set<Partner> partnerSet() {
        Set<Partner> set = EnumSet.noneOf(Partner.class);
        partners.forEach(p -> set.add(Partner.valueOf(p)));
        return set;
    }

    public Partner[] getAllPartners() {
        return Partner.values();
    }

    private nl.lerendstelsel.application.Caller caller() {
        return currentUser.caller().orElseThrow();
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    public Long getVersionId() {
        return versionId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public List<String> getPartners() {
        return partners;
    }

    public void setPartners(List<String> partners) {
        this.partners = partners;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getReferences() {
        return references;
    }

    public void setReferences(String references) {
        this.references = references;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public Long getExpected() {
        return expected;
    }

    public void setExpected(Long expected) {
        this.expected = expected;
    }
}

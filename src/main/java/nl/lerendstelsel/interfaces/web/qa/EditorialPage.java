package nl.lerendstelsel.interfaces.web.qa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.qa.EditorialQueries;
import nl.lerendstelsel.application.qa.QaService;
import nl.lerendstelsel.application.qa.QuestionService;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.qa.Partner;
import nl.lerendstelsel.domain.model.qa.QaVersion;
import nl.lerendstelsel.domain.model.qa.Question;
import nl.lerendstelsel.domain.model.qa.VersionStatus;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;

/** The editors' desk: new questions, concepts, versions waiting for sign-off (with the button for one's own partner). */
@Named("editorial")
@RequestScoped
public class EditorialPage {

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

    private String declineReason;

    public List<Question> getQuestions() {
        return questions.questionQueue(caller());
    }

    public List<QaVersion> getConcepts() {
        return editorialQueries.worklist(VersionStatus.CONCEPT, caller());
    }

    public List<QaVersion> getInReview() {
        return editorialQueries.worklist(VersionStatus.TER_REVIEW, caller());
    }

    private java.util.Optional<Partner> myPartner;

    public Partner getMyPartner() {
        if (myPartner == null) {
            myPartner = editorialQueries.partnerOf(caller());
        }
        return myPartner.orElse(null);
    }

    /**
     * Whether the caller can sign off this version: their partner is named and has not approved it yet, and four eyes
     * allow it (they did not write or change it, nor sign it for another partner).
     */
    public boolean canApprove(QaVersion version) {
        return getMyPartner() != null && editorialQueries.canApprove(version, caller());
    }

    private EditorialQueries.Validity validity;

    /** Published answers past their end date ("Verlopen antwoorden"), longest expired first, then those ending within 30 days. */
    public EditorialQueries.Validity getValidity() {
        if (validity == null) {
            validity = editorialQueries.validity(caller());
        }
        return validity;
    }

    private List<Bottleneck> qaCandidates;

    /** Knelpunten resolved as "verduidelijkt" that no Q&amp;A entry was made from yet ("Kandidaten voor vraag en antwoord"). */
    public List<Bottleneck> getQaCandidates() {
        if (qaCandidates == null) {
            qaCandidates = editorialQueries.qaCandidates(caller());
        }
        return qaCandidates;
    }

    /** Starts a Q&amp;A concept from a candidate knelpunt and opens it. */
    public String makeQa(String reference) {
        Long[] draft = new Long[1];
        return feedback.run(() -> draft[0] = service.fromBottleneck(reference, caller()).getId(), null, Map.of(), null)
                ? "/app/redactie/item.xhtml?faces-redirect=true&versie=" + draft[0] : null;
    }

    public int getEndingSoonDays() {
        return QaService.ENDING_SOON_DAYS;
    }

    public String approve(long versionId) {
        feedback.run(() -> service.approve(versionId, caller()), "editorial.approved", Map.of(), null);
        return null;
    }

    public String decline(long questionId) {
        feedback.run(() -> questions.declineQuestion(questionId, declineReason, caller()), "editorial.declined",
                Map.of("reden", "vragen:reden"), null);
        return null;
    }

    private nl.lerendstelsel.application.Caller caller() {
        return currentUser.caller().orElseThrow();
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }
}

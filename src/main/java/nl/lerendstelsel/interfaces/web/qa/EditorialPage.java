package nl.lerendstelsel.interfaces.web.qa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.qa.QaService;
import nl.lerendstelsel.application.qa.QuestionService;
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
        return service.worklist(VersionStatus.CONCEPT, caller());
    }

    public List<QaVersion> getInReview() {
        return service.worklist(VersionStatus.TER_REVIEW, caller());
    }

    private java.util.Optional<Partner> myPartner;

    public Partner getMyPartner() {
        if (myPartner == null) {
            myPartner = service.partnerOf(caller());
        }
        return myPartner.orElse(null);
    }

    /** Whether the caller can sign off this version: their partner is named and has not approved it yet. */
    public boolean canApprove(QaVersion version) {
        Partner mine = getMyPartner();
        return mine != null && version.getEntry().getPartners().contains(mine) && !version.approvedBy().contains(mine);
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

package nl.lerendstelsel.interfaces.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.domain.model.community.OutcomeKind;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.TitleFields;

/**
 * Recording an outcome of a CoP, from a meeting or discussion when given, under the CoP's themes unless others are
 * chosen; afterwards its own page shows it. An outcome of kind knelpunt continues on the knelpunt form, pre-filled from
 * the outcome and in the CoP.
 */
@Named("outcomeForm")
@RequestScoped
public class OutcomeFormPage extends TitleFields {

    private static final long serialVersionUID = 1L;

    @Inject
    OutcomeService outcomes;

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private Long cop;
    private Long meetingId;
    private Long threadId;
    private OutcomeKind kind = OutcomeKind.INZICHT;
    private boolean share;
    private List<String> themes;

    public String save() {
        Outcome[] saved = new Outcome[1];
        boolean ok = feedback.run(() -> {
            saved[0] = outcomes.record(cop, new OutcomeService.OutcomeInput(kind, getTitle(), getDescription(), meetingId, threadId,
                    getThemes(), null, null), currentUser.caller().orElseThrow());
            if (share) {
                outcomes.share(saved[0].getId(), true, currentUser.caller().orElseThrow());
            }
        }, null, Map.of("soort", "opbrengst:soort", "titel", "opbrengst:titel", "omschrijving", "opbrengst:omschrijving",
                "themas", "opbrengst:themas"), null);
        if (!ok) {
            return null;
        }
        if (saved[0].getKind() == OutcomeKind.KNELPUNT) {
            return "/app/knelpunten/nieuw.xhtml?faces-redirect=true&opbrengst=" + saved[0].getId();
        }
        return "/app/cops/opbrengst.xhtml?faces-redirect=true&id=" + saved[0].getId();
    }

    /** The chosen themes; at first the CoP's. */
    public List<String> getThemes() {
        if (themes == null) {
            themes = new ArrayList<>();
            if (cop != null) {
                try {
                    communities.load(cop).getThemes().forEach(t -> themes.add(t.getCode()));
                } catch (RuntimeException e) {
                    // an unknown CoP: the form shows no choice made, saving says what is wrong
                }
            }
        }
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    public List<OutcomeKind> getKinds() {
        return List.of(OutcomeKind.values());
    }

    public Long getCop() {
        return cop;
    }

    public void setCop(Long cop) {
        this.cop = cop;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public Long getThreadId() {
        return threadId;
    }

    public void setThreadId(Long threadId) {
        this.threadId = threadId;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public void setKind(OutcomeKind kind) {
        this.kind = kind;
    }

    public boolean isShare() {
        return share;
    }

    public void setShare(boolean share) {
        this.share = share;
    }
}

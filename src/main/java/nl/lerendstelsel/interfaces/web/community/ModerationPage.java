package nl.lerendstelsel.interfaces.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.community.ModerationService;
import nl.lerendstelsel.domain.model.community.ModerationAct;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.RequestParameters;

/** The review queue: flagged posts in the CoPs the caller facilitates (one CoP with {@code ?cop=}), and the decisions. */
@Named("moderation")
@RequestScoped
public class ModerationPage {

    @Inject
    ModerationService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private Long cop;
    private String reason;
    private List<ModerationService.Review> queue;
    private boolean denied;


    /**
     * The page's {@code cop} also travels with every form as a plain field, read here before the page decides which
     * forms and buttons exist on a postback (view parameters reach the bean only after that).
     */
    @jakarta.annotation.PostConstruct
    void readParameter() {
        cop = RequestParameters.number("cop");
    }

    public List<ModerationService.Review> getQueue() {
        if (queue == null && !denied) {
            try {
                queue = cop == null ? service.queue(currentUser.caller().orElseThrow())
                        : service.queue(cop, currentUser.caller().orElseThrow());
            } catch (AccessDeniedException e) {
                denied = true;
                queue = List.of();
            }
        }
        return queue;
    }

    public boolean isDenied() {
        getQueue();
        return denied;
    }

    public String decide(long postId, ModerationAct act, Long flagId) {
        if (feedback.run(() -> service.moderate(postId, act, flagId, reason, currentUser.caller().orElseThrow()),
                "moderation.done." + act.name(), Map.of("reden", "beoordelen:reden"), null)) {
            reason = null;
        }
        queue = null;
        return null;
    }

    public Long getCop() {
        return cop;
    }

    public void setCop(Long cop) {
        this.cop = cop;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

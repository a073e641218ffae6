package nl.lerendstelsel.interfaces.web.bottleneck;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.bottleneck.AttachmentService;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.bottleneck.BottleneckRights;
import nl.lerendstelsel.application.bottleneck.BottleneckSupport;
import nl.lerendstelsel.application.bottleneck.CommentService;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.qa.QaService;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.domain.model.attachment.Attachment;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.Support;
import nl.lerendstelsel.domain.model.bottleneck.SupportSummary;
import nl.lerendstelsel.domain.model.qa.QaEntry;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.NotFound;
import nl.lerendstelsel.interfaces.web.RequestParameters;
import org.omnifaces.util.Events;

/**
 * One knelpunt: its facts, the feedback, the history, what this viewer may do ({@link BottleneckRights}, read once per
 * request). The use cases on the page are beans of their own, which act through this one: the workflow steps
 * ({@link StepForm}), merging ({@link MergeForm}), files ({@link AttachmentForm}), support ({@link SupportForm}),
 * assignment ({@link AssignForm}) and comments ({@link CommentForm}). The view keeps the reference and the version it
 * showed; a change made on a knelpunt someone else changed meanwhile is refused with a message.
 */
@Named("bottleneckDetail")
@ViewScoped
public class BottleneckDetailPage implements Serializable {

    /** Steps offered on this page; joining a signal happens from the signal, not here. */
    static final Set<Action> OFFERED = EnumSet.of(Action.IN_BEHANDELING_NEMEN, Action.INFORMATIE_VRAGEN,
            Action.INFORMATIE_ONTVANGEN, Action.OPSCHALEN, Action.TERUGLEGGEN, Action.OPLOSSEN, Action.SLUITEN,
            Action.HEROPENEN, Action.INTREKKEN, Action.TERUGKOPPELING_AANVAARDEN, Action.OPNIEUW_VOORLEGGEN);

    @Inject
    BottleneckQueries queries;

    @Inject
    BottleneckSupport support;

    @Inject
    CommentService comments;

    @Inject
    AttachmentService attachmentService;

    @Inject
    CommunityService communities;

    @Inject
    QaService qaService;

    @Inject
    SignalQueries signalQueries;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private String reference;
    private long shownVersion;
    private String communityName;
    private List<SignalLine> signals;
    private transient Bottleneck bottleneck;
    private transient BottleneckRights rights;
    private transient SupportSummary supportSummary;
    private transient List<Support> supports;
    private transient List<TimelineEntry> timeline;
    private transient List<Attachment> attachmentList;
    private transient Boolean following;

    /** Forms that carry the reference as a plain field (see RequestParameters) make it known before decoding. */
    @PostConstruct
    void readReference() {
        if (reference == null) {
            reference = RequestParameters.text("ref");
        }
    }

    /** {@code <f:viewAction>}: load, or answer 404 for an unknown reference. */
    public void load() throws IOException {
        bottleneck = findVisible(reference);
        if (bottleneck == null) {
            NotFound.answer("Onbekend knelpunt");
            return;
        }
        shownVersion = bottleneck.getVersion();
    }

    /**
     * {@code <f:event type="preRenderView">}: once the page is written, let go of what was loaded for it. The view
     * scope stays in the session as long as the page may be posted back, and a postback loads the knelpunt again (and
     * so acts on fresh data); the view keeps only the reference, the version it showed, plain lines about its signals
     * and what was typed. This keeps a session small (quality bar P4): without it every open knelpunt page kept its
     * entity graph in the session.
     */
    public void releaseAfterRendering() {
        Events.subscribeToRequestAfterPhase(PhaseId.RENDER_RESPONSE, this::forget);
    }

    /** Reads the knelpunt again, as it is now, and takes its version as the one shown (after a refused change). */
    void refresh() {
        forget();
        bottleneck = findVisible(reference);
        if (bottleneck != null) {
            shownVersion = bottleneck.getVersion();
        }
    }

    private void forget() {
        bottleneck = null;
        rights = null;
        supportSummary = null;
        supports = null;
        timeline = null;
        attachmentList = null;
        following = null;
    }

    Caller caller() {
        return currentUser.caller().orElseThrow();
    }

    /** The knelpunt as the caller may see it; {@code null} when it does not exist for them. */
    Bottleneck findVisible(String ref) {
        return currentUser.caller().flatMap(caller -> queries.find(ref, caller)).orElse(null);
    }

    /**
     * After a change that worked: the knelpunt's page again by GET, with the message kept for it (post/redirect/get).
     * A refresh then does not send the change twice, and the response to the post is a redirect, not a second
     * rendering of the whole page. When something went wrong the action returns null instead: the page is rendered
     * again, with the input kept and the message at its field.
     */
    String shownAgain() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/knelpunten/detail.xhtml?faces-redirect=true&ref=" + reference;
    }

    public Bottleneck getBottleneck() {
        if (bottleneck == null && reference != null) {
            bottleneck = findVisible(reference);
        }
        return bottleneck;
    }

    /** What this viewer may do with this knelpunt, as the services decide it; read once per request. */
    public BottleneckRights getRights() {
        if (rights == null && getBottleneck() != null) {
            rights = currentUser.caller().map(caller -> queries.rights(bottleneck, caller)).orElse(null);
        }
        return rights;
    }

    /** A right of the viewer: false when there is no knelpunt or no viewer. */
    boolean may(Predicate<BottleneckRights> right) {
        return getRights() != null && right.test(rights);
    }

    /** The name of the knelpunt's CoP, read once: the knelpunt keeps only the CoP's id. */
    public String getCommunityName() {
        if (communityName == null && getBottleneck() != null && bottleneck.getCommunityId() != null) {
            var community = communities.communityOrNull(bottleneck.getCommunityId());
            communityName = community == null ? "" : community.getName();
        }
        return communityName;
    }

    /** The signals to SZW this knelpunt is in (concepts only for coordinators): where its answer comes from. */
    public List<SignalLine> getSignals() {
        if (signals == null) {
            signals = getBottleneck() == null ? List.of()
                    : signalQueries.signalsOf(bottleneck, caller()).stream().map(SignalLine::of).toList();
        }
        return signals;
    }

    /** A coordinator can start a signal from a knelpunt in progress at linking level. */
    public boolean isCanBundle() {
        Bottleneck current = getBottleneck();
        return current != null && currentUser.hasRole(Role.COORDINATOR_NAME) && current.getLevel() == Level.LINKING
                && current.getStatus() == Status.IN_BEHANDELING
                && getSignals().stream().noneMatch(s -> s.status().isWithMinistry() || s.status() == SignalStatus.CONCEPT);
    }

    /** Published answers in the Q&A base made from this knelpunt. */
    public List<QaEntry> getAnswers() {
        return getBottleneck() == null ? List.of() : qaService.answersFor(bottleneck.getId());
    }

    /** An editor turns a knelpunt resolved by clarification into a Q&A concept. */
    public boolean isCanMakeQa() {
        Bottleneck current = getBottleneck();
        return current != null && (currentUser.hasRole(Role.EDITOR_NAME) || currentUser.hasRole(Role.ADMIN_NAME))
                && (current.getStatus() == Status.OPGELOST || current.getStatus() == Status.GESLOTEN)
                && current.getResolution() != null && !current.getResolution().isBlank();
    }

    public String makeQa() {
        Long[] draft = new Long[1];
        return feedback.run(() -> draft[0] = qaService.fromBottleneck(reference, caller()).getId(), null, Map.of(), null)
                ? "/app/redactie/item.xhtml?faces-redirect=true&versie=" + draft[0] : null;
    }

    /**
     * The resolution categories to choose from with the steps offered here: those of resolving and of closing, when the
     * viewer may take those steps; empty otherwise (no choice shown).
     */
    public List<Resolution> getResolutionChoices() {
        return getActions().stream().flatMap(a -> Resolution.choicesFor(a).stream()).distinct().toList();
    }

    /** The code of how the knelpunt ended, for the label: a {@link Resolution} name, or {@code ONBEKEND} when none. */
    public String getResolutionCode() {
        return getBottleneck() == null ? null
                : bottleneck.getResolutionCategory().map(Resolution::name).orElse(Resolution.UNKNOWN);
    }

    /** The workflow steps this viewer may take here, in the workflow table's order. */
    public List<Action> getActions() {
        return getRights() == null ? List.of() : rights.actions().stream().filter(OFFERED::contains).toList();
    }

    /** Returned with feedback, and the viewer may answer it: accept the feedback, or reply and send it back up. */
    public boolean isFeedbackToAnswer() {
        return getActions().contains(Action.TERUGKOPPELING_AANVAARDEN);
    }

    /** History and comments in one list, in time order. */
    public List<TimelineEntry> getTimeline() {
        if (timeline == null && getBottleneck() != null) {
            timeline = TimelineEntry.of(bottleneck.getHistory(), comments.allComments(bottleneck));
        }
        return timeline;
    }

    public boolean isFollowing() {
        if (following == null) {
            Bottleneck current = getBottleneck();
            following = current != null && currentUser.caller().map(c -> comments.isFollowing(current, c)).orElse(false);
        }
        return following;
    }

    public List<Attachment> getAttachments() {
        if (attachmentList == null && getBottleneck() != null) {
            attachmentList = attachmentService.list(bottleneck);
        }
        return attachmentList;
    }

    public SupportSummary getSupportSummary() {
        if (supportSummary == null && getBottleneck() != null) {
            supportSummary = support.supportSummary(bottleneck);
        }
        return supportSummary;
    }

    public List<Support> getSupports() {
        if (supports == null && getBottleneck() != null) {
            supports = support.supports(bottleneck);
        }
        return supports;
    }

    /** The last day reporter and supporters may reopen it; {@code null} unless it is resolved. */
    public LocalDate getReopenUntil() {
        return getBottleneck() == null ? null : queries.reopenUntil(bottleneck).orElse(null);
    }

    public boolean isOverdue() {
        return getBottleneck() != null && bottleneck.isOverdueOn(queries.today());
    }

    long getShownVersion() {
        return shownVersion;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}

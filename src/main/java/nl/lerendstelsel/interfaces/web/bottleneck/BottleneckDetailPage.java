package nl.lerendstelsel.interfaces.web.bottleneck;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.PersonalDataRejectedException;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.application.bottleneck.AttachmentService;
import nl.lerendstelsel.application.bottleneck.BottleneckAssignment;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.bottleneck.BottleneckRights;
import nl.lerendstelsel.application.bottleneck.BottleneckSteps;
import nl.lerendstelsel.application.bottleneck.BottleneckSupport;
import nl.lerendstelsel.application.bottleneck.CommentService;
import nl.lerendstelsel.application.bottleneck.DuplicateService;
import nl.lerendstelsel.domain.model.attachment.Attachment;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Actor;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckEvent;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckWorkflow;
import nl.lerendstelsel.domain.model.bottleneck.Comment;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.Support;
import nl.lerendstelsel.domain.model.bottleneck.SupportSummary;
import nl.lerendstelsel.domain.model.bottleneck.Transition;
import nl.lerendstelsel.domain.model.bottleneck.WorkflowException;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.infrastructure.security.SignedInUser;
import nl.lerendstelsel.interfaces.web.Language;
import nl.lerendstelsel.interfaces.web.Messages;
import nl.lerendstelsel.interfaces.web.RequestParameters;
import org.omnifaces.util.Events;

/**
 * One knelpunt: its facts, the feedback, the history, and the workflow steps this viewer may take. The view
 * keeps the version it showed; a step taken on a knelpunt someone else changed meanwhile is refused with a
 * message and the page shows the current state.
 */
@Named("bottleneckDetail")
@ViewScoped
public class BottleneckDetailPage implements Serializable {

    /** Steps offered on this page; joining a signal happens from the signal, not here. */
    static final Set<Action> OFFERED = EnumSet.of(Action.IN_BEHANDELING_NEMEN, Action.INFORMATIE_VRAGEN,
            Action.INFORMATIE_ONTVANGEN, Action.OPSCHALEN, Action.TERUGLEGGEN, Action.OPLOSSEN, Action.SLUITEN,
            Action.HEROPENEN);

    @Inject
    BottleneckSteps bottleneckSteps;

    @Inject
    BottleneckQueries queries;

    @Inject
    BottleneckSupport bottleneckSupporting;

    @Inject
    BottleneckAssignment assignment;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    CommentService comments;

    @Inject
    DuplicateService duplicates;

    @Inject
    AttachmentService attachmentService;


    private String reference;
    private long shownVersion;
    private String text;
    private String supportNote;
    private String supportGemeente;
    private transient SupportSummary supportSummary;
    private transient List<Support> supports;
    private transient Bottleneck bottleneck;
    private transient List<TimelineEntry> timeline;
    private Boolean following;
    private transient List<DuplicateService.Similar> mergeCandidates;
    private String mergeInto;
    private String mergeReason;
    private String mergeConfirmation;
    private transient List<Attachment> attachmentList;
    private transient Part upload;
    private Long pendingRemoval;
    private String commentText;
    private HandlerChoice assignee;
    private boolean mergeCandidatesWanted;
    /** The handler asked to take a knelpunt assigned to someone else: the page asks them to confirm first. */
    private boolean takeoverPending;

    /** Forms that carry the reference as a plain field (see RequestParameters) make it known before decoding. */
    @jakarta.annotation.PostConstruct
    void readReference() {
        if (reference == null) {
            reference = RequestParameters.text("ref");
        }
    }

    /** {@code <f:viewAction>}: load, or answer 404 for an unknown reference. */
    public void load() throws java.io.IOException {
        bottleneck = findVisible(reference);
        if (bottleneck == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Onbekend knelpunt");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        shownVersion = bottleneck.getVersion();
    }

    /**
     * {@code <f:event type="preRenderView">}: once the page is written, let go of what was loaded for it. The view
     * scope stays in the session as long as the page may be posted back, and a postback loads the knelpunt again (and
     * so acts on fresh data); the view keeps only the reference, the version it showed and what was typed. This keeps
     * a session small (quality bar P4): without it every open knelpunt page kept its entity graph in the session.
     */
    public void releaseAfterRendering() {
        Events.subscribeToRequestAfterPhase(PhaseId.RENDER_RESPONSE, () -> {
            bottleneck = null;
            actors = null;
            supportSummary = null;
            supports = null;
            timeline = null;
            mergeCandidates = null;
            attachmentList = null;
            upload = null;
        });
    }

    private Bottleneck findVisible(String ref) {
        return currentUser.caller().flatMap(caller -> queries.find(ref, caller)).orElse(null);
    }

    public Bottleneck getBottleneck() {
        if (bottleneck == null && reference != null) {
            bottleneck = findVisible(reference);
        }
        return bottleneck;
    }

    @Inject
    nl.lerendstelsel.application.community.CommunityService communities;

    private String communityName;

    /** The name of the knelpunt's CoP, read once: the knelpunt keeps only the CoP's id. */
    public String getCommunityName() {
        if (communityName == null && getBottleneck() != null && bottleneck.getCommunityId() != null) {
            var community = communities.communityOrNull(bottleneck.getCommunityId());
            communityName = community == null ? "" : community.getName();
        }
        return communityName;
    }

    private Set<Actor> actors;

    /** The capacities in which the viewer acts on this knelpunt (the service's rule, CoP scoping included). */
    private Set<Actor> getActors() {
        if (actors == null) {
            actors = queries.actorsFor(getBottleneck(), currentUser.caller().orElseThrow());
        }
        return actors;
    }

    @Inject
    nl.lerendstelsel.application.qa.QaService qaService;

    @Inject
    nl.lerendstelsel.application.signal.SignalQueries signalQueries;

    private List<nl.lerendstelsel.domain.model.signal.Signal> signals;

    /** The signals to SZW this knelpunt is in (concepts only for coordinators): where its answer comes from. */
    public List<nl.lerendstelsel.domain.model.signal.Signal> getSignals() {
        if (signals == null) {
            signals = getBottleneck() == null ? List.of() : signalQueries.signalsOf(getBottleneck(), currentUser.caller().orElseThrow());
        }
        return signals;
    }

    /** A coordinator can start a signal from a knelpunt in progress at linking level. */
    public boolean isCanBundle() {
        Bottleneck current = getBottleneck();
        return current != null && currentUser.hasRole(nl.lerendstelsel.domain.model.user.Role.COORDINATOR_NAME)
                && current.getLevel() == nl.lerendstelsel.domain.model.bottleneck.Level.LINKING
                && current.getStatus() == nl.lerendstelsel.domain.model.bottleneck.Status.IN_BEHANDELING
                && getSignals().stream().noneMatch(s -> s.getStatus().isWithMinistry()
                        || s.getStatus() == nl.lerendstelsel.domain.model.signal.SignalStatus.CONCEPT);
    }

    /** Published answers in the Q&A base made from this knelpunt. */
    public List<nl.lerendstelsel.domain.model.qa.QaEntry> getAnswers() {
        return getBottleneck() == null ? List.of() : qaService.answersFor(getBottleneck().getId());
    }

    /** An editor turns a knelpunt resolved by clarification into a Q&A concept. */
    public boolean isCanMakeQa() {
        SignedInUser user = currentUser.getUser();
        Bottleneck current = getBottleneck();
        return user != null && current != null && (user.has(nl.lerendstelsel.domain.model.user.Role.EDITOR)
                || user.has(nl.lerendstelsel.domain.model.user.Role.ADMIN))
                && (current.getStatus() == nl.lerendstelsel.domain.model.bottleneck.Status.OPGELOST
                || current.getStatus() == nl.lerendstelsel.domain.model.bottleneck.Status.GESLOTEN)
                && current.getResolution() != null && !current.getResolution().isBlank();
    }

    public String makeQa() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            var draft = qaService.fromBottleneck(reference, currentUser.caller().orElseThrow());
            return "/app/redactie/item.xhtml?faces-redirect=true&versie=" + draft.getId();
        } catch (nl.lerendstelsel.application.NotPossibleException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
            return null;
        } catch (AccessDeniedException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
            return null;
        }
    }

    /** The name of whoever the knelpunt is assigned to, when that is someone else than the viewer; else null. */
    public String getAssignedToSomeoneElse() {
        Bottleneck current = getBottleneck();
        SignedInUser user = currentUser.getUser();
        if (current == null || user == null || current.getAssignee() == null
                || current.getAssignee().getSubject().equals(user.subject())) {
            return null;
        }
        return current.getAssignee().getDisplayName();
    }

    public boolean isTakeoverPending() {
        return takeoverPending;
    }

    /** Takes the knelpunt over after all. */
    public String confirmTakeover() {
        takeoverPending = true;
        return perform(Action.IN_BEHANDELING_NEMEN);
    }

    public void cancelTakeover() {
        takeoverPending = false;
    }

    public List<Action> getActions() {
        SignedInUser user = currentUser.getUser();
        Bottleneck current = getBottleneck();
        if (user == null || current == null) {
            return List.of();
        }
        Set<Actor> actors = getActors();
        boolean reopenOpen = actors.contains(Actor.ADMIN)
                || getReopenUntil() == null || !queries.today().isAfter(getReopenUntil());
        return BottleneckWorkflow.allowed(current.getLevel(), current.getStatus(), actors).stream()
                .map(Transition::action).filter(OFFERED::contains)
                .filter(a -> a != Action.HEROPENEN || reopenOpen).distinct().toList();
    }

    /**
     * One line of the timeline: a history step ({@code comment == false}: action code, the level and status it led to)
     * or a comment; both with who, when and the text.
     */
    public record TimelineEntry(Instant at, boolean comment, String actionCode, String who, Level level, Status status,
                                String text, String origin) {
    }

    /** History and comments in one list, in time order. */
    public List<TimelineEntry> getTimeline() {
        if (timeline == null && getBottleneck() != null) {
            List<TimelineEntry> entries = new ArrayList<>();
            for (BottleneckEvent e : getBottleneck().getHistory()) {
                entries.add(new TimelineEntry(e.getOccurredAt(), false, e.getActionCode(),
                        e.getActor() == null ? null : e.getActor().getDisplayName(), e.getToLevel(), e.getToStatus(), e.getText(),
                        e.getOriginReference()));
            }
            for (Comment c : comments.allComments(getBottleneck())) {
                entries.add(new TimelineEntry(c.getCreatedAt(), true, null, c.getAuthor().getDisplayName(), null, null, c.getBody(), null));
            }
            entries.sort(Comparator.comparing(TimelineEntry::at));
            timeline = entries;
        }
        return timeline;
    }

    /** Whether this viewer may merge this knelpunt into another: the workflow table's SAMENVOEGEN row. */
    public boolean isCanMerge() {
        SignedInUser user = currentUser.getUser();
        Bottleneck current = getBottleneck();
        return user != null && current != null && BottleneckWorkflow.find(current.getLevel(), current.getStatus(), Action.SAMENVOEGEN)
                .map(t -> t.permits(getActors())).orElse(false);
    }

    /**
     * Similar open knelpunten, as candidates to merge into, once asked for ({@link #findMergeCandidates}): a similarity
     * search on every view of a handler's page cost more than the rest of the page.
     */
    public List<DuplicateService.Similar> getMergeCandidates() {
        if (!mergeCandidatesWanted) {
            return List.of();
        }
        if (mergeCandidates == null && getBottleneck() != null) {
            mergeCandidates = duplicates.similar(getBottleneck().getTitle(), getBottleneck().getDescription(), reference, 8,
                            currentUser.caller().orElseThrow()).stream()
                    .filter(s -> s.bottleneck().getStatus().isOpen()).toList();
        }
        return mergeCandidates;
    }

    public void findMergeCandidates() {
        mergeCandidatesWanted = true;
    }

    public boolean isMergeCandidatesWanted() {
        return mergeCandidatesWanted;
    }

    /** Step one: check the survivor exists and is open, then ask for confirmation. */
    public void checkMerge() {
        FacesContext context = FacesContext.getCurrentInstance();
        String ref = mergeInto == null ? "" : mergeInto.strip().toUpperCase(Locale.ROOT);
        Bottleneck survivor = ref.isEmpty() ? null : findVisible(ref);
        if (survivor == null || ref.equals(reference) || !survivor.getStatus().isOpen() || survivor.getMergedInto() != null) {
            context.addMessage("samenvoegen:behouden", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.get(context, "merge.invalidSurvivor"), null));
            mergeConfirmation = null;
            return;
        }
        mergeInto = survivor.getReference();
        mergeConfirmation = Messages.format(context, "merge.confirmText", reference, survivor.getReference(), survivor.getTitle());
    }

    /** Step two: merge. */
    public void confirmMerge() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            duplicates.merge(reference, mergeInto, mergeReason, shownVersion, currentUser.caller().orElseThrow());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.format(context, "merge.done", mergeInto), null));
            mergeReason = null;
        } catch (InvalidInputException e) {
            e.fieldErrors(language.getLocale()).values().forEach(m -> context.addMessage("samenvoegen:behouden", new FacesMessage(FacesMessage.SEVERITY_ERROR, m, null)));
        } catch (WorkflowException e) {
            context.addMessage("samenvoegen:reden", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        } catch (PersonalDataRejectedException e) {
            e.findings().values().forEach(list -> list.forEach(f -> context.addMessage("samenvoegen:reden",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(language.getLocale()), null))));
        } catch (ConcurrentChangeException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.get(context, "bottleneck.action.conflict"), null));
        } catch (AccessDeniedException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        }
        mergeConfirmation = null;
        timeline = null;
        supports = null;
        supportSummary = null;
        bottleneck = findVisible(reference);
        if (bottleneck != null) {
            shownVersion = bottleneck.getVersion();
        }
    }

    public void cancelMerge() {
        mergeConfirmation = null;
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public String getMergeReason() {
        return mergeReason;
    }

    public void setMergeReason(String mergeReason) {
        this.mergeReason = mergeReason;
    }

    public String getMergeConfirmation() {
        return mergeConfirmation;
    }

    public List<Attachment> getAttachments() {
        if (attachmentList == null && getBottleneck() != null) {
            attachmentList = attachmentService.list(getBottleneck());
        }
        return attachmentList;
    }

    public boolean isCanAttach() {
        Bottleneck current = getBottleneck();
        return current != null && currentUser.caller().map(caller -> queries.rights(current, caller).attach()).orElse(false);
    }

    public void upload() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (upload == null || upload.getSize() == 0) {
            context.addMessage("bijlagen:bestand", new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(context, "attachments.choose"), null));
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachmentService.maxBytes() + 1));
            Attachment added = attachmentService.add(reference, upload.getSubmittedFileName(), content, currentUser.caller().orElseThrow());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.format(context, "attachments.added", added.getFileName()), null));
        } catch (InvalidInputException e) {
            e.fieldErrors(language.getLocale()).values().forEach(m -> context.addMessage("bijlagen:bestand", new FacesMessage(FacesMessage.SEVERITY_ERROR, m, null)));
        } catch (PersonalDataRejectedException e) {
            e.findings().values().forEach(list -> list.forEach(f -> context.addMessage("bijlagen:bestand",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(language.getLocale()), null))));
        } catch (AccessDeniedException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        } catch (IOException e) {
            context.addMessage("bijlagen:bestand", new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(context, "attachments.readError"), null));
        }
        attachmentList = null;
    }

    /** Step one of removing: ask for confirmation. */
    public void askRemove(long id) {
        pendingRemoval = id;
    }

    public void cancelRemove() {
        pendingRemoval = null;
    }

    public void confirmRemove() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            attachmentService.remove(reference, pendingRemoval, currentUser.caller().orElseThrow());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.get(context, "attachments.removed"), null));
        } catch (AccessDeniedException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        } catch (NotFoundException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        }
        pendingRemoval = null;
        attachmentList = null;
    }

    /** Whether this viewer may remove this file: its uploader while the knelpunt is open, or an admin. */
    public boolean canRemove(Attachment attachment) {
        SignedInUser user = currentUser.getUser();
        return user != null && (user.has(Role.ADMIN)
                || attachment.getUploader().getSubject().equals(user.subject()) && getBottleneck().getStatus().isOpen());
    }

    public Long getPendingRemoval() {
        return pendingRemoval;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    /** The reporter while nobody took it up yet, an admin while open. */
    public boolean isCanEdit() {
        SignedInUser user = currentUser.getUser();
        Bottleneck current = getBottleneck();
        if (user == null || current == null) {
            return false;
        }
        boolean admin = user.has(Role.ADMIN);
        return (admin || current.getReporter().getSubject().equals(user.subject())) && BottleneckRights.editable(current, admin);
    }

    /** Professionals, handlers and admins comment; the ministry and editors read. */
    public boolean isCanComment() {
        SignedInUser user = currentUser.getUser();
        return user != null && (user.has(Role.PROFESSIONAL) || user.has(Role.FACILITATOR) || user.has(Role.COORDINATOR)
                || user.has(Role.ADMIN));
    }

    public String comment() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            comments.comment(reference, commentText, currentUser.caller().orElseThrow());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.get(context, "comments.done"), null));
            return shownAgain(context);
        } catch (InvalidInputException e) {
            e.fieldErrors(language.getLocale()).values().forEach(m -> context.addMessage("reageren:reactie", new FacesMessage(FacesMessage.SEVERITY_ERROR, m, null)));
        } catch (PersonalDataRejectedException e) {
            e.findings().values().forEach(list -> list.forEach(f -> context.addMessage("reageren:reactie",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(language.getLocale()), null))));
        } catch (AccessDeniedException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        }
        timeline = null;
        return null;
    }

    /**
     * After a change that worked (a step, a comment, a support): the knelpunt's page again by GET, with the message
     * kept for it (post/redirect/get). A refresh then does not send the change twice, and the response to the post is
     * a redirect, not a second rendering of the whole page. When something went wrong the action returns null instead:
     * the page is rendered again, with the input kept and the message at its field.
     */
    private String shownAgain(FacesContext context) {
        context.getExternalContext().getFlash().setKeepMessages(true);
        return "/app/knelpunten/detail.xhtml?faces-redirect=true&ref=" + reference;
    }

    public boolean isFollowing() {
        if (following == null) {
            Bottleneck current = getBottleneck();
            following = current != null && currentUser.caller().map(c -> comments.isFollowing(current, c)).orElse(false);
        }
        return following;
    }

    public void toggleFollow() {
        boolean follow = !isFollowing();
        comments.follow(reference, follow, currentUser.caller().orElseThrow());
        following = follow;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }

    /** The last day reporter and supporters may reopen it; {@code null} unless it is resolved. */
    public LocalDate getReopenUntil() {
        return getBottleneck() == null ? null : queries.reopenUntil(getBottleneck()).orElse(null);
    }

    public boolean isOverdue() {
        return getBottleneck() != null && getBottleneck().isOverdueOn(queries.today());
    }

    /** Handlers of the current level and admins assign; offered while the knelpunt is open. */
    public boolean isCanAssign() {
        SignedInUser user = currentUser.getUser();
        Bottleneck current = getBottleneck();
        if (user == null || current == null || !current.getStatus().isOpen()) {
            return false;
        }
        return user.has(Role.ADMIN) || current.getLevel() == Level.EXECUTION && user.has(Role.FACILITATOR)
                || current.getLevel() == Level.LINKING && user.has(Role.COORDINATOR);
    }

    /** A person offered in the assign field: the user name is sent, the label shown. */
    public record HandlerChoice(String username, String label) implements Serializable {

        static HandlerChoice of(UserProfile person) {
            return new HandlerChoice(person.getUsername(), person.getOrganisation() == null ? person.getDisplayName()
                    : person.getDisplayName() + " (" + person.getOrganisation().getName() + ")");
        }
    }

    /** The assign field's suggestions for what was typed: handlers of this knelpunt's level (see {@code handlersFor}). */
    public List<HandlerChoice> completeHandler(String text) {
        Bottleneck current = getBottleneck();
        return current == null || !isCanAssign() ? List.of()
                : assignment.handlersFor(current, text).stream().map(HandlerChoice::of).toList();
    }

    /** Between the field's hidden value (a user name) and the choice it stands for. */
    public Converter<HandlerChoice> getHandlerConverter() {
        BottleneckAssignment people = assignment;
        return new Converter<>() {
            @Override
            public HandlerChoice getAsObject(FacesContext context, UIComponent component, String value) {
                return value == null || value.isBlank() ? null
                        : people.person(value).map(HandlerChoice::of).orElse(new HandlerChoice(value.strip(), value.strip()));
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, HandlerChoice value) {
                return value == null ? "" : value.username();
            }
        };
    }

    public void assign() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            Bottleneck assigned = assignment.assign(reference, assignee == null ? null : assignee.username(), shownVersion,
                    currentUser.caller().orElseThrow());
            assignee = null;
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.format(context, "bottleneck.assign.done", assigned.getAssignee().getDisplayName()), null));
        } catch (ConcurrentChangeException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    Messages.get(context, "bottleneck.action.conflict"), null));
        } catch (InvalidInputException e) {
            e.fieldErrors(language.getLocale()).values().forEach(m -> context.addMessage("toewijzen:behandelaar",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, m, null)));
        } catch (AccessDeniedException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        } catch (NotPossibleException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        }
        timeline = null;
        bottleneck = findVisible(reference);
        if (bottleneck != null) {
            shownVersion = bottleneck.getVersion();
        }
    }

    public HandlerChoice getAssignee() {
        return assignee;
    }

    public void setAssignee(HandlerChoice assignee) {
        this.assignee = assignee;
    }

    public String perform(Action action) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (action == Action.IN_BEHANDELING_NEMEN && getAssignedToSomeoneElse() != null && !takeoverPending) {
            takeoverPending = true; // asked once; "Ja, overnemen" performs it, and the earlier assignee hears of it
            return null;
        }
        takeoverPending = false;
        try {
            bottleneckSteps.perform(reference, action, text, shownVersion, currentUser.caller().orElseThrow());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.get(context, "bottleneck.action.done"), null));
            return shownAgain(context);
        } catch (ConcurrentChangeException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    Messages.get(context, "bottleneck.action.conflict"), null));
        } catch (WorkflowException e) {
            context.addMessage("acties:toelichting", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    e.message(language.getLocale()), null));
        } catch (PersonalDataRejectedException e) {
            e.findings().values().forEach(list -> list.forEach(f -> context.addMessage("acties:toelichting",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(language.getLocale()), null))));
        } catch (AccessDeniedException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        } catch (NotPossibleException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        }
        bottleneck = findVisible(reference);
        supports = null;
        timeline = null;
        if (bottleneck != null) {
            shownVersion = bottleneck.getVersion();
        }
        return null;
    }

    public SupportSummary getSupportSummary() {
        if (supportSummary == null && getBottleneck() != null) {
            supportSummary = bottleneckSupporting.supportSummary(getBottleneck());
        }
        return supportSummary;
    }

    public List<Support> getSupports() {
        if (supports == null && getBottleneck() != null) {
            supports = bottleneckSupporting.supports(getBottleneck());
        }
        return supports;
    }

    /** Whether to offer "ook bij ons": a professional of another organisation, not yet supporting, knelpunt still open. */
    public boolean isCanSupport() {
        SignedInUser user = currentUser.getUser();
        Bottleneck current = getBottleneck();
        return user != null && current != null && current.getStatus().isOpen()
                && (user.has(Role.PROFESSIONAL) || user.has(Role.ADMIN))
                && user.organisationCode() != null
                && !user.organisationCode().equals(current.getOrganisation().getCode())
                && getSupports().stream().noneMatch(s -> s.getOrganisation().getCode().equals(user.organisationCode()));
    }

    /** Partner organisations name the gemeente where they meet the knelpunt; gemeenten support for themselves. */
    public boolean isSupportNeedsGemeente() {
        SignedInUser user = currentUser.getUser();
        return user != null && referenceData.organisation(user.organisationCode()).map(o -> !o.isGemeente()).orElse(true);
    }

    public String support() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            bottleneckSupporting.support(reference, supportGemeente, supportNote, currentUser.caller().orElseThrow());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.get(context, "bottleneck.support.done"), null));
            return shownAgain(context);
        } catch (InvalidInputException e) {
            e.fieldErrors(language.getLocale()).values().forEach(m -> context.addMessage("steun:toelichting", new FacesMessage(FacesMessage.SEVERITY_ERROR, m, null)));
        } catch (PersonalDataRejectedException e) {
            e.findings().values().forEach(list -> list.forEach(f -> context.addMessage("steun:toelichting",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(language.getLocale()), null))));
        } catch (AccessDeniedException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        }
        supportSummary = null;
        supports = null;
        return null;
    }

    public String getSupportNote() {
        return supportNote;
    }

    public void setSupportNote(String supportNote) {
        this.supportNote = supportNote;
    }

    public String getSupportGemeente() {
        return supportGemeente;
    }

    public void setSupportGemeente(String supportGemeente) {
        this.supportGemeente = supportGemeente;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

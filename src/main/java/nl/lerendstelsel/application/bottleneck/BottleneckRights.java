package nl.lerendstelsel.application.bottleneck;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.domain.model.attachment.Attachment;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Actor;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckWorkflow;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.Transition;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * What one caller may do with one knelpunt, computed in one place ({@link BottleneckQueries#rights}) from the
 * capacities they act in ({@link BottleneckQueries#actorsFor}) and the knelpunt's state. The detail page offers what
 * this record allows, the API and the services refuse what it does not: the page never offers what a service refuses.
 *
 * @param actors   the capacities in which the caller acts on this knelpunt (CoP scoping included)
 * @param actions  the workflow steps the table allows them now, in the table's order (the reopen window applied)
 * @param person   the caller's profile id, or {@code null} when they have none
 * @param open     the knelpunt is open (not resolved, closed or merged)
 * @param handler  the caller handles the knelpunt's current level (facilitator, coordinator) or is an admin; nobody
 *                 at system level, where the ministry answers signals instead
 * @param edit     they may correct the knelpunt: its reporter while nobody took it up, an admin while open
 * @param comment  they may comment: professionals, handlers and admins
 * @param support  they may say "ook bij ons": a professional of another organisation that does not support it yet
 * @param assign   they may assign it: a handler of its level or an admin, while it is open
 * @param merge    they may merge it into another one: the workflow table's {@code SAMENVOEGEN} row
 * @param attach   they may add files: the reporter and the level's handlers while open, an admin always
 */
public record BottleneckRights(Set<Actor> actors, List<Action> actions, Long person, boolean open, boolean handler,
                               boolean edit, boolean comment, boolean support, boolean assign, boolean merge,
                               boolean attach) {

    public BottleneckRights {
        actors = Collections.unmodifiableSet(actors.isEmpty() ? EnumSet.noneOf(Actor.class) : EnumSet.copyOf(actors));
        actions = List.copyOf(actions);
    }

    /**
     * The rights of a caller who acts as {@code actors} on {@code bottleneck}; {@code reopenWindowOpen} says whether the
     * reporter and supporters may still reopen it (admins may any time).
     */
    static BottleneckRights of(Bottleneck bottleneck, Caller caller, Viewer viewer, Set<Actor> actors, boolean reopenWindowOpen) {
        boolean admin = actors.contains(Actor.ADMIN);
        boolean open = bottleneck.getStatus().isOpen();
        List<Action> actions = BottleneckWorkflow.allowed(bottleneck.getLevel(), bottleneck.getStatus(), actors).stream()
                .map(Transition::action).filter(a -> a != Action.HEROPENEN || admin || reopenWindowOpen).distinct().toList();
        boolean handler = Actor.handlerAt(bottleneck.getLevel()).map(h -> admin || actors.contains(h)).orElse(false);
        boolean reporter = actors.contains(Actor.REPORTER);
        String organisation = viewer.organisationCode();
        boolean support = open && maySupport(caller) && organisation != null
                && !organisation.equals(bottleneck.getOrganisation().getCode()) && !actors.contains(Actor.SUPPORTER);
        boolean attach = admin || open && (reporter
                || bottleneck.getLevel() == Level.EXECUTION && caller.has(Role.FACILITATOR)
                || bottleneck.getLevel() == Level.LINKING && caller.has(Role.COORDINATOR));
        return new BottleneckRights(actors, actions, viewer.profileId(), open, handler,
                (admin || reporter) && editable(bottleneck, admin), mayComment(caller), support, handler && open,
                actions.contains(Action.SAMENVOEGEN), attach);
    }

    /**
     * Whether the caller may name the articles of law the knelpunt is about: while it is open, its reporter, a handler
     * of its level or an admin.
     */
    public boolean cite() {
        return open && (handler || admin() || actors.contains(Actor.REPORTER));
    }

    /** Whether the caller acts as an admin. */
    public boolean admin() {
        return actors.contains(Actor.ADMIN);
    }

    /** Whether the caller may correct the knelpunt at all, its state aside: its reporter or an admin. */
    public boolean editor() {
        return admin() || actors.contains(Actor.REPORTER);
    }

    /** Whether the workflow table lets the caller take this step now. */
    public boolean may(Action action) {
        return actions.contains(action);
    }

    /** Whether the caller may remove this file of the knelpunt: its uploader while the knelpunt is open, or an admin. */
    public boolean mayRemove(Attachment attachment) {
        return admin() || open && person != null && attachment.getUploader().getId().equals(person);
    }

    /** Whether this knelpunt may still be edited: by its reporter while new at execution level, by an admin while open. */
    private static boolean editable(Bottleneck bottleneck, boolean admin) {
        return admin ? bottleneck.getStatus().isOpen()
                : bottleneck.getLevel() == Level.EXECUTION && bottleneck.getStatus() == Status.GEMELD;
    }

    /** The roles that comment: professionals, handlers and admins; the ministry and editors read. */
    static boolean mayComment(Caller caller) {
        return caller.has(Role.PROFESSIONAL) || caller.has(Role.FACILITATOR) || caller.has(Role.COORDINATOR)
                || caller.has(Role.ADMIN);
    }

    /** The roles that support a knelpunt for their organisation: professionals and admins. */
    static boolean maySupport(Caller caller) {
        return caller.has(Role.PROFESSIONAL) || caller.has(Role.ADMIN);
    }
}

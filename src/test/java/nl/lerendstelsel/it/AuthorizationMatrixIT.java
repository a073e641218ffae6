package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.bottleneck.BottleneckAssignment;
import nl.lerendstelsel.application.bottleneck.BottleneckReporting;
import nl.lerendstelsel.application.bottleneck.BottleneckSupport;
import nl.lerendstelsel.application.bottleneck.CommentService;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.bottleneck.WorkflowException;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.it.InContainer.Operation;
import nl.lerendstelsel.it.InContainer.People;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what, at the service layer: every role × every knelpunt operation, each on a knelpunt freshly brought
 * into the state the operation needs, by a person who has only that one role and no relation to the knelpunt
 * (not its reporter, not a supporter). The expected matrix is written out below; one test prints every cell that
 * differs, so a change in the rules shows as a readable diff instead of a first failure.
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT extends KnelpuntFixtures {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment(AuthorizationMatrixIT.class);
    }

    private static final Set<Role> HANDLERS_EXECUTION = EnumSet.of(Role.FACILITATOR, Role.ADMIN);
    private static final Set<Role> HANDLERS_LINKING = EnumSet.of(Role.COORDINATOR, Role.ADMIN);
    private static final Set<Role> PROFESSIONALS = EnumSet.of(Role.PROFESSIONAL, Role.ADMIN);
    private static final Set<Role> ADMIN_ONLY = EnumSet.of(Role.ADMIN);

    @Inject
    BottleneckSupport supporting;

    @Inject
    BottleneckAssignment assignment;

    @Inject
    CommentService comments;

    private List<Operation> operations() {
        return List.of(
                new Operation("melden", PROFESSIONALS, () -> null,
                        (ref, caller) -> reporting.report(knelpunt(), caller)),
                new Operation("steunen (ook bij ons)", PROFESSIONALS, this::reported,
                        (ref, caller) -> supporting.support(ref, null, "Speelt bij ons ook.", caller)),
                step("in behandeling nemen (uitvoering)", HANDLERS_EXECUTION, this::reported, Action.IN_BEHANDELING_NEMEN, null),
                step("informatie vragen (uitvoering)", HANDLERS_EXECUTION, this::takenAtExecution, Action.INFORMATIE_VRAGEN,
                        "Om hoeveel inburgeraars gaat het?"),
                step("informatie ontvangen (uitvoering)", HANDLERS_EXECUTION, this::waitingAtExecution,
                        Action.INFORMATIE_ONTVANGEN, "Telefonisch toegelicht door de melder."),
                step("oplossen (uitvoering)", HANDLERS_EXECUTION, this::takenAtExecution, Action.OPLOSSEN,
                        Resolution.OPGELOST_IN_UITVOERING, "Opgelost met een extra toetsmoment in de regio."),
                step("sluiten (uitvoering)", HANDLERS_EXECUTION, this::takenAtExecution, Action.SLUITEN,
                        Resolution.NIET_OVERGENOMEN, "Valt buiten de Wet inburgering."),
                step("opschalen", HANDLERS_EXECUTION, this::takenAtExecution, Action.OPSCHALEN,
                        "Speelt in meerdere gemeenten."),
                step("in behandeling nemen (schakel)", HANDLERS_LINKING, this::escalated, Action.IN_BEHANDELING_NEMEN, null),
                step("informatie vragen (schakel)", HANDLERS_LINKING, this::takenAtLinking, Action.INFORMATIE_VRAGEN,
                        "Welke regio's herkennen dit?"),
                step("terugleggen", HANDLERS_LINKING, this::takenAtLinking, Action.TERUGLEGGEN,
                        "Dit kan de gemeente zelf regelen met de ruimte in de planning."),
                step("oplossen (schakel)", HANDLERS_LINKING, this::takenAtLinking, Action.OPLOSSEN,
                        Resolution.OPGELOST_IN_UITVOERING, "Opgelost door afspraken met DUO."),
                step("sluiten (schakel)", HANDLERS_LINKING, this::takenAtLinking, Action.SLUITEN,
                        Resolution.DOORVERWEZEN, "Doorverwezen naar het regionale overleg met DUO."),
                step("heropenen (zonder relatie)", ADMIN_ONLY, this::resolvedAtExecution, Action.HEROPENEN,
                        "Het probleem is terug."),
                new Operation("reageren", EnumSet.of(Role.PROFESSIONAL, Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN),
                        this::reported, (ref, caller) -> comments.comment(ref, "Herkenbaar, ook bij ons.", caller)),
                new Operation("wijzigen (niet de melder)", ADMIN_ONLY, this::reported,
                        (ref, caller) -> reporting.edit(ref, new BottleneckReporting.NewBottleneck("Wachtlijst voor de leerbaarheidstoets",
                                "Inburgeraars wachten weken op een afspraak voor de toets.", "leerbaarheidstoets", "GM0344",
                                "Gezinsmigranten", EstimatedScale.TIENTALLEN, null), null, caller)),
                new Operation("volgen", EnumSet.allOf(Role.class), this::reported,
                        (ref, caller) -> comments.follow(ref, true, caller)),
                new Operation("toewijzen (uitvoering, aan zichzelf)", HANDLERS_EXECUTION, this::reported,
                        (ref, caller) -> assignment.assign(ref, "m-" + caller.subject().substring(0, 8), null, caller)),
                new Operation("toewijzen (schakel, aan zichzelf)", HANDLERS_LINKING, this::escalated,
                        (ref, caller) -> assignment.assign(ref, "m-" + caller.subject().substring(0, 8), null, caller)));
    }

    @Test
    void everyRoleTimesEveryOperation() {
        List<String> differences = new ArrayList<>();
        Map<String, String> matrix = InContainer.roleMatrix(operations(), this::person, e -> {
            if (e instanceof AccessDeniedException) {
                return null;
            }
            if (e instanceof WorkflowException refused) {
                return refused.reason() == WorkflowException.Reason.NOT_PERMITTED_FOR_ACTOR ? null : String.valueOf(refused.reason());
            }
            throw e;
        }, differences);
        assertTrue(differences.isEmpty(), String.join("\n", differences) + "\nmatrix:\n" + matrix);
        assertEquals(operations().size(), matrix.size());
    }

    private Operation step(String name, Set<Role> allowed, Supplier<String> prepare, Action action, String text) {
        return step(name, allowed, prepare, action, null, text);
    }

    private Operation step(String name, Set<Role> allowed, Supplier<String> prepare, Action action, Resolution category,
                           String text) {
        return new Operation(name, allowed, prepare, (ref, caller) -> steps.perform(ref, action, category, text, null, caller));
    }

    // The states, each from a fresh knelpunt, by people with a fixed relation: the reporter, a facilitator, a coordinator.

    private Caller reporter() {
        return person(Role.PROFESSIONAL, "GM0344");
    }

    private String reported() {
        return reporting.report(knelpunt(), reporter()).getReference();
    }

    private String takenAtExecution() {
        return after(reported(), Role.FACILITATOR, Action.IN_BEHANDELING_NEMEN, null, null);
    }

    private String waitingAtExecution() {
        return after(takenAtExecution(), Role.FACILITATOR, Action.INFORMATIE_VRAGEN, null, "Om hoeveel mensen gaat het?");
    }

    private String resolvedAtExecution() {
        return after(takenAtExecution(), Role.FACILITATOR, Action.OPLOSSEN, Resolution.OPGELOST_IN_UITVOERING,
                "Opgelost met een extra toetsmoment.");
    }

    private String escalated() {
        return after(takenAtExecution(), Role.FACILITATOR, Action.OPSCHALEN, null, "Speelt in de hele regio.");
    }

    private String takenAtLinking() {
        return after(escalated(), Role.COORDINATOR, Action.IN_BEHANDELING_NEMEN, null, null);
    }

    /** The knelpunt {@code reference} once a new person of {@code role} took {@code action} on it (with its category and text). */
    private String after(String reference, Role role, Action action, Resolution category, String text) {
        steps.perform(reference, action, category, text, null, person(role));
        return reference;
    }

    private Caller person(Role role) {
        return person(role, InContainer.ORGANISATION.get(role));
    }

    /** Their usernames are "m-" and the first eight characters of their subject: assigning names them so. */
    private Caller person(Role role, String organisation) {
        return new People("m-", false).signIn(userProfiles, organisation, role).caller();
    }

    private static BottleneckReporting.NewBottleneck knelpunt() {
        return InContainer.knelpunt("Wachtlijst voor de leerbaarheidstoets", "leerbaarheidstoets");
    }
}

package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.bottleneck.BottleneckReporting;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.bottleneck.WorkflowException;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.it.InContainer.People;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two handlers act on the same knelpunt at the same moment, in two threads of the server, many times over: each time
 * exactly one wins, the other is refused with a clear reason (a conflict, or the step is no longer possible), and the
 * history holds exactly one step. No update is ever lost silently.
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT extends KnelpuntFixtures {

    private static final int ROUNDS = 20;

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment(ConcurrencyIT.class);
    }

    @Inject
    BottleneckQueries queries;

    @Resource
    ManagedExecutorService executor;

    @Test
    void twoHandlersTakingTheSameKnelpuntAtOnceNeverBothWin() throws Exception {
        Caller reporter = signedIn("GM0344", Role.PROFESSIONAL);
        Caller anna = signedIn("DIVOSA", Role.FACILITATOR);
        Caller bram = signedIn("DIVOSA", Role.FACILITATOR);
        int conflicts = 0;
        for (int round = 0; round < ROUNDS; round++) {
            // Everything runs in managed threads: the test thread's own non-transactional entity manager does not
            // survive the context the executor propagates.
            String reference = executor.submit(() -> reporting.report(new BottleneckReporting.NewBottleneck(
                    "Wachtlijst voor de leerbaarheidstoets", "Inburgeraars wachten weken op een afspraak voor de toets.",
                    "leerbaarheidstoets", "GM0344", null, EstimatedScale.TIENTALLEN, null), reporter).getReference()).get();
            long versionAfterReport = executor.submit(() -> queries.find(reference).orElseThrow().getVersion()).get();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> attempts = new ArrayList<>();
            for (Caller handler : List.of(anna, bram)) {
                attempts.add(executor.submit(() -> {
                    start.await();
                    try {
                        steps.perform(reference, Action.IN_BEHANDELING_NEMEN, null, null, handler);
                        return "won";
                    } catch (ConcurrentChangeException e) {
                        return "conflict";
                    } catch (WorkflowException e) {
                        return e.reason() == WorkflowException.Reason.NOT_ALLOWED ? "too late" : "refused " + e.reason();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> attempt : attempts) {
                outcomes.add(attempt.get());
            }
            assertEquals(1, outcomes.stream().filter("won"::equals).count(), "round " + round + ": " + outcomes);
            assertTrue(outcomes.stream().allMatch(o -> o.equals("won") || o.equals("conflict") || o.equals("too late")), outcomes.toString());
            conflicts += outcomes.contains("conflict") ? 1 : 0;
            long[] after = executor.submit(() -> {
                Bottleneck b = queries.find(reference).orElseThrow();
                return new long[] {b.getHistory().stream().filter(e -> e.getActionCode().equals("IN_BEHANDELING_NEMEN")).count(),
                        b.getVersion()};
            }).get();
            assertEquals(1, after[0], "round " + round + ": exactly one take in the history");
            assertEquals(versionAfterReport + 1, after[1], "round " + round + ": one write on top of the report");
        }
        System.out.println("Concurrent takes: " + ROUNDS + " rounds, " + conflicts + " decided by the optimistic lock");
    }

    private Caller signedIn(String organisation, Role role) {
        return new People("c-", false).signIn(userProfiles, organisation, role).caller();
    }
}

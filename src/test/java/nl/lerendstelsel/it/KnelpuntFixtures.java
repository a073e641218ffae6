package nl.lerendstelsel.it;

import jakarta.inject.Inject;
import nl.lerendstelsel.application.administration.UserProfileService;
import nl.lerendstelsel.application.bottleneck.BottleneckReporting;
import nl.lerendstelsel.application.bottleneck.BottleneckSteps;

/**
 * The services nearly every Arquillian test calls: signing people in ({@link InContainer.People#signIn}), reporting a
 * knelpunt and taking it through the workflow. A test extends this class (or {@link CopFixtures}, which extends it);
 * Arquillian's CDI enricher injects these fields as it does the test's own, and {@link InContainer#deployment} puts this
 * class in every test's deployment.
 */
abstract class KnelpuntFixtures {

    @Inject
    UserProfileService userProfiles;

    @Inject
    BottleneckReporting reporting;

    @Inject
    BottleneckSteps steps;
}

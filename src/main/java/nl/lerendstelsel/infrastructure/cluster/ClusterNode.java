package nl.lerendstelsel.infrastructure.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node: its name ({@code lerendstelsel.node.name}, unique per node; {@code run.sh} passes
 * {@code LERENDSTELSEL_NODE_NAME}) and whether it runs in a cluster ({@code lerendstelsel.cluster}). A single node keeps
 * the default name, so after a restart it is the same holder of its job leases and runs its jobs at once.
 */
@ApplicationScoped
public class ClusterNode {

    @Inject
    @ConfigProperty(name = "lerendstelsel.node.name", defaultValue = "node")
    String name;

    @Inject
    @ConfigProperty(name = "lerendstelsel.cluster", defaultValue = "false")
    boolean clustered;

    public String name() {
        return name;
    }

    public boolean clustered() {
        return clustered;
    }
}

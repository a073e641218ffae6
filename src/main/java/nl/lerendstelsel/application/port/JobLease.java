package nl.lerendstelsel.application.port;

import java.time.Duration;

/**
 * Lets a scheduled job run on one node of a cluster: every node's timer fires, only the holder of the job's lease works.
 * Implemented in infrastructure ({@code JobLeases}, a row per job claimed with one conditional update).
 */
public interface JobLease {

    /** Claims (or renews) the lease of {@code job} for {@code lease}; true: this node runs the job now. */
    boolean claim(String job, Duration lease);
}

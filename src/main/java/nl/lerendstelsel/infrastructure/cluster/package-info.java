/**
 * Running more than one node (issue 9): which node this is, leases that let a scheduled job run on one node of the
 * cluster only, and the feed that carries search-index changes from one node to the others.
 */
package nl.lerendstelsel.infrastructure.cluster;

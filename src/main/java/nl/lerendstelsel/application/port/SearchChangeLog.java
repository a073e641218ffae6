package nl.lerendstelsel.application.port;

import java.util.List;

/**
 * With more than one node: the changes to searchable items that the other nodes made, so that this node's index follows
 * them (implemented in infrastructure: {@code SearchChanges}, the table {@code search_change}).
 */
public interface SearchChangeLog {

    /** The {@link Line#kind} of a knelpunt named by its reference rather than its id. */
    String BOTTLENECK_REFERENCE = "KNELPUNT_REF";

    /** A line: its id, what changed ({@code kind}: a {@code ContentChanged.Kind} or {@link #BOTTLENECK_REFERENCE}), which item, when. */
    record Line(String id, String kind, String item, long changedMs) {
    }

    /** Whether this node is one of several (only then are changes written and read). */
    boolean clustered();

    /** This node's name, for the log. */
    String nodeName();

    /** The lines other nodes wrote after {@code sinceMs}, oldest first. */
    List<Line> othersSince(long sinceMs);

    /** Deletes the lines written before {@code beforeMs}; returns how many. */
    int deleteBefore(long beforeMs);
}

package nl.lerendstelsel.interfaces.web.bottleneck;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckEvent;
import nl.lerendstelsel.domain.model.bottleneck.Comment;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.Status;

/**
 * One line of a knelpunt's timeline: a history step ({@code comment == false}: action code, the level and status it
 * led to, and the resolution category of a step that ended the knelpunt) or a comment; both with who, when and the text.
 */
public record TimelineEntry(Instant at, boolean comment, String actionCode, String who, Level level, Status status,
                            String text, String origin, Resolution resolution) {

    /** History and comments in one list, in time order. */
    static List<TimelineEntry> of(List<BottleneckEvent> history, List<Comment> comments) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (BottleneckEvent e : history) {
            entries.add(new TimelineEntry(e.getOccurredAt(), false, e.getActionCode(),
                    e.getActor() == null ? null : e.getActor().getDisplayName(), e.getToLevel(), e.getToStatus(), e.getText(),
                    e.getOriginReference(), e.getResolutionCategory()));
        }
        for (Comment c : comments) {
            entries.add(new TimelineEntry(c.getCreatedAt(), true, null, c.getAuthor().getDisplayName(), null, null, c.getBody(), null, null));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }
}

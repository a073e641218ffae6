package nl.lerendstelsel.domain.model.audit;

import java.time.Instant;
import nl.lerendstelsel.domain.model.text.Texts;

/**
 * What an admin looks for in the audit log: a period ({@code from} inclusive, {@code until} exclusive), an actor (user
 * name, exact), an action (exact, e.g. {@code KNELPUNT_OPLOSSEN}) and an object (its type, e.g. {@code Bottleneck}, and/or
 * the start of its id, e.g. {@code KP-2026}). Every part may be empty.
 */
public record AuditFilter(Instant from, Instant until, String actor, String action, String objectType, String objectId) {

    public AuditFilter {
        actor = Texts.blankToNull(actor);
        action = Texts.blankToNull(action);
        objectType = Texts.blankToNull(objectType);
        objectId = Texts.blankToNull(objectId);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}

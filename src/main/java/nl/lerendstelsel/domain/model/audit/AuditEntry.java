package nl.lerendstelsel.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit log (BIO 8.15.01): who did what to which object, with what result, from where and
 * when. Entries are only ever added: the class has no setters and nothing in the application updates or
 * deletes them. Details never hold tokens or personal data.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public enum Result { SUCCESS, DENIED, FAILED }

    /**
     * How the actor of an anonymised person's entries reads after the retention run: this prefix and their profile id. The
     * database lets an entry change in exactly this way (actor to a pseudonym, origin cleared) and in no other.
     */
    public static final String PSEUDONYM_PREFIX = "pseudoniem:";

    /** The pseudonym of the person with this profile id. */
    public static String pseudonym(long profileId) {
        return PSEUDONYM_PREFIX + profileId;
    }

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(name = "object_type", nullable = false, length = 60, updatable = false)
    private String objectType;

    @Column(name = "object_id", length = 100, updatable = false)
    private String objectId;

    @Column(nullable = false, length = 20, updatable = false)
    private String result;

    @Column(length = 100, updatable = false)
    private String origin;

    @Column(length = 1000, updatable = false)
    private String details;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String action, String objectType, String objectId,
                      Result result, String origin, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.result = result.name();
        this.origin = origin;
        this.details = details == null || details.length() <= 1000 ? details : details.substring(0, 1000);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    /** Whether the actor was anonymised: pages, API and export show "geanonimiseerd" instead of the pseudonym. */
    public boolean isActorPseudonymised() {
        return actor.startsWith(PSEUDONYM_PREFIX);
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getResult() {
        return result;
    }

    public String getOrigin() {
        return origin;
    }

    public String getDetails() {
        return details;
    }
}

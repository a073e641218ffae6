package nl.lerendstelsel.domain.model.bottleneck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * "Ook bij ons": an organisation meets the same knelpunt. Counted once per organisation (a database
 * constraint), with the gemeente where it plays: the supporter's own gemeente, or for a partner organisation
 * the gemeente it names.
 */
@Entity
@Table(name = "bottleneck_support")
public class Support {

    @Id
    @SequenceGenerator(name = "bottleneck_support_seq", sequenceName = "bottleneck_support_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bottleneck_support_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bottleneck_id")
    private Bottleneck bottleneck;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "supporter_id", updatable = false)
    private UserProfile supporter;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_code", updatable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "gemeente_code", updatable = false)
    private Organisation gemeente;

    @Column(length = 1000, updatable = false)
    private String note;

    @Column(name = "supported_at", nullable = false, updatable = false)
    private Instant supportedAt;

    protected Support() {
    }

    public Support(Bottleneck bottleneck, UserProfile supporter, Organisation gemeente, String note, Instant now) {
        if (supporter.getOrganisation() == null) {
            throw new IllegalArgumentException("A supporter must belong to an organisation");
        }
        if (gemeente != null && !gemeente.isGemeente()) {
            throw new IllegalArgumentException(gemeente.getCode() + " is not a gemeente");
        }
        this.bottleneck = bottleneck;
        this.supporter = supporter;
        this.organisation = supporter.getOrganisation();
        this.gemeente = gemeente;
        this.note = note;
        this.supportedAt = now;
    }

    public Long getId() {
        return id;
    }

    public UserProfile getSupporter() {
        return supporter;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Organisation getGemeente() {
        return gemeente;
    }

    public String getNote() {
        return note;
    }

    public Instant getSupportedAt() {
        return supportedAt;
    }

    /** Moves this support to the knelpunt a duplicate was merged into. */
    public void moveTo(Bottleneck survivor) {
        bottleneck = survivor;
    }

    public Bottleneck getBottleneck() {
        return bottleneck;
    }
}

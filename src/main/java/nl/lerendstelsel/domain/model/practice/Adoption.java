package nl.lerendstelsel.domain.model.practice;

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
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * "Ook bij ons toegepast": an organisation applies a published practice example too. Once per organisation (a database
 * constraint), marked by one of its people, and withdrawn by removing it.
 */
@Entity
@Table(name = "practice_adoption")
public class Adoption {

    @Id
    @SequenceGenerator(name = "practice_adoption_seq", sequenceName = "practice_adoption_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_adoption_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", updatable = false)
    private PracticeExample practice;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_code", updatable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "adopted_by", updatable = false)
    private UserProfile adoptedBy;

    @Column(name = "adopted_at", nullable = false, updatable = false)
    private Instant adoptedAt;

    protected Adoption() {
    }

    /**
     * {@code person}'s organisation adopts a published practice; the organisations it comes from (its gemeenten, its
     * author's organisation) do not adopt their own.
     */
    public Adoption(PracticeExample practice, UserProfile person, Instant now) {
        Organisation own = person.getOrganisation();
        if (own == null) {
            throw new PracticeRuleException(Message.of("refusal.practice.noOrganisation"));
        }
        if (!practice.isPublished()) {
            throw new PracticeRuleException(Message.of("refusal.practice.notPublished"));
        }
        if (isOrigin(practice, own)) {
            throw new PracticeRuleException(Message.of("refusal.practice.ownOrganisation"));
        }
        this.practice = practice;
        this.organisation = own;
        this.adoptedBy = person;
        this.adoptedAt = now;
    }

    /** Whether {@code organisation} is where the practice comes from: one of its gemeenten or its author's organisation. */
    public static boolean isOrigin(PracticeExample practice, Organisation organisation) {
        Organisation authors = practice.getAuthor().getOrganisation();
        return authors != null && authors.getCode().equals(organisation.getCode())
                || practice.getGemeenten().stream().anyMatch(g -> g.getCode().equals(organisation.getCode()));
    }

    public Long getId() {
        return id;
    }

    public PracticeExample getPractice() {
        return practice;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public UserProfile getAdoptedBy() {
        return adoptedBy;
    }

    public Instant getAdoptedAt() {
        return adoptedAt;
    }
}

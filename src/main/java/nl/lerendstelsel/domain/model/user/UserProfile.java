package nl.lerendstelsel.domain.model.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lerendstelsel.domain.model.organisation.Organisation;

/**
 * What the application knows about a person: created at their first sign-in from the identity provider's
 * claims and brought up to date at every later sign-in. Keycloak stays the source of roles; the
 * application keeps a copy so it can show and report on people without asking Keycloak.
 */
@Entity
@Table(name = "user_profile")
public class UserProfile {

    @Id
    @SequenceGenerator(name = "user_profile_seq", sequenceName = "user_profile_seq", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_profile_seq")
    private Long id;

    /** The identity provider's stable subject identifier ({@code sub}). */
    @Column(nullable = false, length = 100, unique = true)
    private String subject;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_code")
    private Organisation organisation;

    @Column(nullable = false, length = 200)
    private String roles;

    @Column(nullable = false)
    private boolean active = true;

    /** An admin set the organisation in the application: sign-ins keep it instead of taking the token's. */
    @Column(name = "organisation_corrected", nullable = false)
    private boolean organisationCorrected;

    /** The organisation code the identity provider gave at the last sign-in, whatever the application links. */
    @Column(name = "claimed_organisation", length = 20)
    private String claimedOrganisation;

    @Column(name = "first_sign_in", nullable = false)
    private Instant firstSignIn;

    @Column(name = "last_sign_in", nullable = false)
    private Instant lastSignIn;

    /**
     * The arbeidsmarktregio's (codes) this person looks after as a handler, set by an admin: new and escalated knelpunten
     * of gemeenten there reach them. Empty: the whole country. Read only where it is needed (lazy).
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_region", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "region_code", length = 10)
    private Set<String> regionCodes = new java.util.TreeSet<>();

    /**
     * The language this person chose with the language switch while signed in ({@code nl} or {@code en}), so e-mails can be
     * written in it; {@code null} while they never switched (e-mails are then Dutch with English below).
     */
    @Column(length = 5)
    private String language;

    @Version
    private long version;

    protected UserProfile() {
    }

    public UserProfile(IdentityClaims claims, Organisation organisation, Instant now) {
        this.subject = claims.subject();
        this.firstSignIn = now;
        this.lastSignIn = now;
        apply(claims, organisation);
    }

    /** Takes over what the identity provider says now; returns whether anything changed. */
    public boolean apply(IdentityClaims claims, Organisation currentOrganisation) {
        if (!subject.equals(claims.subject())) {
            throw new IllegalArgumentException("Claims of another subject");
        }
        String newRoles = encode(claims.roles());
        Organisation linked = organisationCorrected ? organisation : currentOrganisation;
        boolean changed = !Objects.equals(username, claims.username())
                || !Objects.equals(displayName, claims.displayName())
                || !Objects.equals(email, claims.email())
                || !Objects.equals(roles, newRoles)
                || !Objects.equals(claimedOrganisation, claims.organisationCode())
                || !Objects.equals(code(organisation), code(linked));
        username = claims.username();
        displayName = claims.displayName();
        email = claims.email();
        roles = newRoles;
        claimedOrganisation = claims.organisationCode();
        organisation = linked;
        return changed;
    }

    /**
     * An admin links the person to another organisation in the application; {@code null} undoes the correction, so the
     * next sign-in takes the identity provider's organisation again. Returns whether anything changed.
     */
    public boolean correctOrganisation(Organisation corrected) {
        boolean changed = corrected == null ? organisationCorrected : !organisationCorrected || !Objects.equals(code(organisation), code(corrected));
        organisationCorrected = corrected != null;
        if (corrected != null) {
            organisation = corrected;
        }
        return changed;
    }

    /** Access to the application withdrawn (or given back) by an admin; returns whether it changed. */
    public boolean setActive(boolean newActive) {
        boolean changed = active != newActive;
        active = newActive;
        return changed;
    }

    /**
     * The person chose {@code code} ({@code nl} or {@code en}) with the language switch; returns whether that changed what
     * was remembered (anything else is ignored).
     */
    public boolean chooseLanguage(String code) {
        if (!"nl".equals(code) && !"en".equals(code) || code.equals(language)) {
            return false;
        }
        language = code;
        return true;
    }

    /** The language this person chose (Dutch or English), or {@code null} while it is unknown. */
    public java.util.Locale getLanguage() {
        return language == null ? null : "en".equals(language) ? nl.lerendstelsel.domain.model.text.Message.ENGLISH
                : nl.lerendstelsel.domain.model.text.Message.DUTCH;
    }

    public void signedInAt(Instant moment) {
        lastSignIn = moment;
    }

    private static String code(Organisation organisation) {
        return organisation == null ? null : organisation.getCode();
    }

    static String encode(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::roleName).collect(Collectors.joining(","));
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Set<Role> getRoles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(Role::fromRoleName).flatMap(Optional::stream).forEach(result::add);
        return result;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isOrganisationCorrected() {
        return organisationCorrected;
    }

    public String getClaimedOrganisation() {
        return claimedOrganisation;
    }

    /** The role names, sorted, as Keycloak reported them at the last sign-in or token. */
    public java.util.List<String> getRoleNames() {
        return getRoles().stream().map(Role::roleName).toList();
    }

    public Instant getFirstSignIn() {
        return firstSignIn;
    }

    public Instant getLastSignIn() {
        return lastSignIn;
    }

    /** The codes of the arbeidsmarktregio's this person looks after, sorted; empty: the whole country. */
    public java.util.SortedSet<String> getRegionCodes() {
        return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(regionCodes));
    }

    /** Replaces the regions this person looks after; returns whether anything changed. */
    public boolean setRegionCodes(Collection<String> codes) {
        Set<String> wanted = new java.util.TreeSet<>(codes);
        if (wanted.equals(new java.util.TreeSet<>(regionCodes))) {
            return false;
        }
        regionCodes.clear();
        regionCodes.addAll(wanted);
        return true;
    }
}

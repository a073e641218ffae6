package nl.lerendstelsel.interfaces.web.administration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import nl.lerendstelsel.application.administration.PeopleService;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.infrastructure.security.OpenIdSettings;
import nl.lerendstelsel.interfaces.web.Feedback;

/**
 * One person for an admin ({@code /app/beheer/persoon.xhtml?id=}): organisation and roles as Keycloak reported them, the
 * organisation link to correct, access to withdraw or give back (confirmed in a dialog), and a link to the person in
 * Keycloak's admin console, where roles are changed.
 */
@Named("personPage")
@ViewScoped
public class PersonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PeopleService people;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient OpenIdSettings openIdSettings;

    @Inject
    transient Feedback feedback;

    private Long id;
    private String organisationCode;
    private java.util.List<String> regionCodes = new java.util.ArrayList<>();
    private transient UserProfile person;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            person = people.person(id, currentUser.caller().orElseThrow());
        } catch (nl.lerendstelsel.application.NotFoundException e) {
            id = null;
            return;
        }
        regionCodes = new java.util.ArrayList<>(person.getRegionCodes());
        organisationCode = person.isOrganisationCorrected() && person.getOrganisation() != null ? person.getOrganisation().getCode() : null;
    }

    public UserProfile getPerson() {
        if (person == null && id != null) {
            load();
        }
        return person;
    }

    public String saveOrganisation() {
        if (feedback.run(() -> people.correctOrganisation(id, organisationCode, currentUser.caller().orElseThrow()), "people.saved",
                Map.of("organisatie", "persoon:organisatie"), null)) {
            return redirect();
        }
        return null;
    }

    public String saveRegions() {
        if (feedback.run(() -> people.setRegions(id, regionCodes, currentUser.caller().orElseThrow()), "people.regionsSaved",
                Map.of("regios", "persoon-regios:regios"), null)) {
            return redirect();
        }
        return null;
    }

    /** Whether the person handles knelpunten (facilitator or coordinator), so that regions mean something. */
    public boolean isHandler() {
        UserProfile p = getPerson();
        return p != null && (p.getRoles().contains(nl.lerendstelsel.domain.model.user.Role.FACILITATOR)
                || p.getRoles().contains(nl.lerendstelsel.domain.model.user.Role.COORDINATOR));
    }

    public java.util.List<String> getRegionCodes() {
        return regionCodes;
    }

    public void setRegionCodes(java.util.List<String> regionCodes) {
        this.regionCodes = regionCodes == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(regionCodes);
    }

    public String withdraw() {
        return access(false);
    }

    public String giveBack() {
        return access(true);
    }

    private String access(boolean active) {
        if (feedback.run(() -> people.setAccess(id, active, currentUser.caller().orElseThrow()),
                active ? "people.reactivated" : "people.deactivated", Map.of(), null)) {
            return redirect();
        }
        return null;
    }

    private String redirect() {
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/beheer/persoon.xhtml?faces-redirect=true&id=" + id;
    }

    /** The person in Keycloak's admin console (realm from the configured issuer), where an admin changes roles. */
    public String getKeycloakUrl() {
        return keycloakAdminUrl(openIdSettings.getProviderUri(), getPerson().getSubject());
    }

    static String keycloakAdminUrl(String issuer, String subject) {
        int realms = issuer.indexOf("/realms/");
        String origin = realms < 0 ? issuer : issuer.substring(0, realms);
        String realm = realms < 0 ? "lerend-stelsel" : issuer.substring(realms + "/realms/".length()).replaceAll("/+$", "");
        return origin + "/admin/master/console/#/" + realm + "/users/" + subject + "/settings";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public void setOrganisationCode(String organisationCode) {
        this.organisationCode = organisationCode;
    }
}

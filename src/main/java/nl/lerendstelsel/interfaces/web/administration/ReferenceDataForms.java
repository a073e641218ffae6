package nl.lerendstelsel.interfaces.web.administration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.administration.AdministrationService;
import nl.lerendstelsel.application.administration.ThemeService;
import nl.lerendstelsel.domain.model.RuleException;
import nl.lerendstelsel.domain.model.organisation.OrganisationKind;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Language;
import nl.lerendstelsel.interfaces.web.Messages;

/**
 * The admins' forms that change reference data (one form per act on the page): add a gemeente, rename an organisation,
 * move a gemeente to another region, add or rename a region, add or retire a partner, add, rename or retire a theme.
 */
@Named("refdataForms")
@RequestScoped
public class ReferenceDataForms {

    @Inject
    AdministrationService administration;

    @Inject
    ThemeService themes;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String code;
    private String name;
    private String nameEn;
    private String province;
    private String region;
    private String kind;
    private String description;
    private String descriptionEn;

    public List<OrganisationKind> getPartnerKinds() {
        return Arrays.stream(OrganisationKind.values()).filter(OrganisationKind::isPartner).toList();
    }

    public void addGemeente() {
        run("admin.gemeente.added", () -> administration.addGemeente(code, name, province, region, caller()));
    }

    public void renameOrganisation() {
        run("admin.renamed", () -> administration.renameOrganisation(code, name, caller()));
    }

    public void assignRegion() {
        run("admin.regionAssigned", () -> administration.assignRegion(code, region, caller()));
    }

    public void addRegion() {
        run("admin.region.added", () -> administration.addRegion(code, name, caller()));
    }

    public void renameRegion() {
        run("admin.renamed", () -> administration.renameRegion(code, name, caller()));
    }

    public void addPartner() {
        run("admin.partner.added", () -> administration.addPartner(code, name, kind, caller()));
    }

    public void retirePartner() {
        run("admin.partner.retired", () -> administration.retirePartner(code, caller()));
    }

    public void addTheme() {
        run("admin.theme.added", () -> themes.addTheme(code, name, nameEn, description, descriptionEn, caller()));
    }

    public void renameTheme() {
        run("admin.renamed", () -> themes.renameTheme(code, name, nameEn, caller()));
    }

    public void retireTheme() {
        run("admin.theme.retired", () -> themes.retireTheme(code, caller()));
    }

    private Caller caller() {
        return currentUser.caller().orElseThrow();
    }

    private void run(String doneKey, Supplier<?> act) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            act.get();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.get(context, doneKey), null));
            code = null;
            name = null;
            nameEn = null;
        } catch (InvalidInputException e) {
            e.fieldErrors(language.getLocale()).values().forEach(message -> context.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null)));
        } catch (RuleException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        } catch (AccessDeniedException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        } catch (NotFoundException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }
}
